// SPDX-License-Identifier: MIT
// Writing a file all-or-nothing: into a temporary beside it, renamed on commit().
#ifndef KGFORGE_CORE_OUTPUT_FILE_HPP
#define KGFORGE_CORE_OUTPUT_FILE_HPP

#include <fstream>
#include <string>

namespace kgforge {

/// Opens "<path>.tmp-<pid>-<n>" for writing. commit() flushes, checks for write
/// errors and renames it over `path`; if the object is destroyed without commit()
/// (an exception, an error), the temporary is removed and `path` is untouched.
/// Throws IoError when the temporary cannot be created, written or renamed.
class OutputFile {
 public:
  explicit OutputFile(std::string path);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  std::ostream& stream() { return out_; }
  const std::string& path() const { return path_; }
  void commit();

 private:
  std::string path_;
  std::string temp_;
  std::ofstream out_;
  bool committed_ = false;
};

}  // namespace kgforge

#endif  // KGFORGE_CORE_OUTPUT_FILE_HPP
