// SPDX-License-Identifier: MIT
// Writing a file all-or-nothing: into a temporary beside it, renamed on commit().
#ifndef KGFORGE_CORE_OUTPUT_FILE_HPP
#define KGFORGE_CORE_OUTPUT_FILE_HPP

#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace kgforge {

/// Creates a temporary file beside `path` (".NAME.XXXXXXXXXXXXXXXX.tmp", 64 random
/// bits, opened O_CREAT|O_EXCL|O_NOFOLLOW, so a planted file or symlink is never
/// written through) with the mode of an existing `path` (else 0666 less the umask).
/// finish() flushes, fsyncs and closes it; commit() finishes if needed and renames it
/// over `path`. If the object is destroyed without commit() (an exception, an
/// error), the temporary is removed and `path` is untouched. While it exists, the
/// temporary is registered for removal on SIGINT, SIGTERM and SIGHUP (the handler
/// unlinks every registered temporary, then re-raises the signal). SIGKILL cannot be
/// caught: a temporary may then remain, but `path` is untouched.
/// Every failure throws IoError naming `path` and strerror(errno).
class OutputFile {
 public:
  explicit OutputFile(std::string path);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  std::ostream& stream() { return out_; }
  const std::string& path() const { return path_; }
  const std::string& temp_path() const { return temp_; }
  /// errno of the first failed write, or 0.
  int error() const;
  /// Throws IoError(path, "cannot write: <strerror>") if a write has failed.
  void throw_if_failed() const;
  /// Flushes, fsyncs and closes the temporary; throws IoError on any failure.
  void finish();
  /// finish(), then renames the temporary over `path`.
  void commit();
  /// Commits a set of files all or nothing (build's outputs, a table export's two files):
  /// finishes every one, keeps each existing target as a hard link (".NAME.<hex>.old"),
  /// renames every temporary over its target with SIGINT, SIGTERM and SIGHUP held off,
  /// then removes the old copies. If a rename fails, the targets already replaced get
  /// their old contents back (a target that did not exist is removed again) and IoError
  /// names the path that failed. A SIGKILL during the renames may leave ".old" files.
  static void commit_all(const std::vector<std::unique_ptr<OutputFile>>& files);

 private:
  class Buffer;
  std::string path_;
  std::string temp_;
  std::unique_ptr<Buffer> buffer_;
  std::ostream out_;
  int slot_ = -1;  // in the signal handler's table
  bool finished_ = false;
  bool committed_ = false;
};

}  // namespace kgforge

#endif  // KGFORGE_CORE_OUTPUT_FILE_HPP
