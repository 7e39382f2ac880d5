// SPDX-License-Identifier: MIT
#include "core/input_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "core/error.hpp"

namespace kgforge {

namespace {

const char* kind_of(mode_t mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

std::string too_large(std::uint64_t max_bytes) {
  return "longer than --max-input-size (" + std::to_string(max_bytes) + " bytes); raise it to read this file";
}

// Reads fd to its end, refusing more than max_bytes.
std::string read_all(int fd, const std::string& path, std::uint64_t max_bytes, std::uint64_t size_hint) {
  std::string text;
  if (size_hint > 0 && size_hint <= max_bytes) text.reserve(static_cast<std::size_t>(size_hint));
  char chunk[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw IoError(path, std::string("cannot read: ") + std::strerror(errno));
    if (n == 0) return text;
    if (text.size() + static_cast<std::uint64_t>(n) > max_bytes) throw IoError(path, too_large(max_bytes));
    text.append(chunk, static_cast<std::size_t>(n));
  }
}

}  // namespace

std::string read_input_file(const std::string& path, std::uint64_t max_bytes) {
  if (path == "-") return read_all(STDIN_FILENO, "<stdin>", max_bytes, 0);
  // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) throw IoError(path, std::string("cannot open: ") + std::strerror(errno));
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0) throw IoError(path, std::string("cannot read: ") + std::strerror(errno));
  if (!S_ISREG(st.st_mode)) {
    throw IoError(path, std::string("is ") + kind_of(st.st_mode) +
                            ", not a regular file; kgforge reads only regular files (or '-' for standard input)");
  }
  if (static_cast<std::uint64_t>(st.st_size) > max_bytes) throw IoError(path, too_large(max_bytes));
  const int flags = ::fcntl(fd, F_GETFL);
  if (flags >= 0) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  return read_all(fd, path, max_bytes, static_cast<std::uint64_t>(st.st_size));
}

std::uint64_t parse_byte_size(const std::string& text) {
  std::size_t end = 0;
  unsigned long long n = 0;
  try {
    n = std::stoull(text, &end);
  } catch (const std::exception&) {
    throw std::invalid_argument("not a size: '" + text + "' (a number of bytes, or with K, M or G)");
  }
  const std::string unit = text.substr(end);
  int shift = -1;
  if (unit.empty())
    shift = 0;
  else if (unit == "K" || unit == "k" || unit == "KiB")
    shift = 10;
  else if (unit == "M" || unit == "m" || unit == "MiB")
    shift = 20;
  else if (unit == "G" || unit == "g" || unit == "GiB")
    shift = 30;
  if (shift < 0 || n == 0 || text[0] == '-' || n > (~0ull >> shift)) {
    throw std::invalid_argument("not a size: '" + text + "' (a number of bytes, or with K, M or G)");
  }
  return static_cast<std::uint64_t>(n) << shift;
}

}  // namespace kgforge
