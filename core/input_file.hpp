// SPDX-License-Identifier: MIT
// Opening an input file: refusing what is not a regular file, reading it whole (bounded)
// or as a stream (bounded only when it is not a regular file).
#ifndef KGFORGE_CORE_INPUT_FILE_HPP
#define KGFORGE_CORE_INPUT_FILE_HPP

#include <cstdint>
#include <istream>
#include <memory>
#include <string>

namespace kgforge {

/// The default bound on one input file (--max-input-size): 1 GiB, about twice the
/// YAML of the largest graph kgforge is built for (1M entities, 5M relations).
inline constexpr std::uint64_t kDefaultMaxInputBytes = std::uint64_t{1} << 30;

/// Reads the whole of `path`, or of standard input when `path` is "-". A path that
/// is not a regular file (a FIFO, a device such as /dev/zero, a directory, a socket)
/// is refused without blocking on it; a file (or stdin) longer than `max_bytes` is
/// refused once that many bytes are read. Throws IoError naming the path and the
/// reason (strerror for system errors).
std::string read_input_file(const std::string& path, std::uint64_t max_bytes = kDefaultMaxInputBytes);

/// An input opened for streaming: a regular file, or standard input for "-". As
/// read_input_file() it refuses, without blocking, a path that is not a regular file.
/// Its text is never held whole: stream() reads it in 256 KiB blocks, reporting the
/// bytes as the progress of "reading NAME" (core/progress.hpp; the total is known for
/// a regular file). A regular file (also stdin redirected from one) is not bounded;
/// stdin from a pipe or terminal is cut at `max_bytes`: the stream then ends early and
/// throw_if_failed() throws. Callers call throw_if_failed() after reading.
class InputFile {
 public:
  /// Throws IoError if `path` cannot be opened or is not a regular file.
  explicit InputFile(const std::string& path, std::uint64_t max_bytes = kDefaultMaxInputBytes);
  ~InputFile();
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;

  /// The path, or "<stdin>" for "-" (the name diagnostics use).
  const std::string& name() const;
  /// The size of a regular file; 0 for a pipe or terminal.
  std::uint64_t size() const;
  std::istream& stream();
  /// The whole text instead of stream() (for formats read whole), refusing a file or
  /// stdin longer than `max_bytes` as read_input_file() does. Throws IoError.
  std::string read_whole(std::uint64_t max_bytes);
  /// Throws IoError (the path and strerror, or the --max-input-size bound) if reading failed.
  void throw_if_failed() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Parses a size such as "1048576", "512K", "64M", "2G" (powers of 1024); throws
/// std::invalid_argument on anything else or on 0.
std::uint64_t parse_byte_size(const std::string& text);

}  // namespace kgforge

#endif  // KGFORGE_CORE_INPUT_FILE_HPP
