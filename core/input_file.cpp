// SPDX-License-Identifier: MIT
#include "core/input_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <streambuf>
#include <vector>

#include "core/error.hpp"
#include "core/progress.hpp"

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

// Opens `path` for reading ("-": stdin), refusing what is not a regular file without
// blocking on it. Returns the fd (owned by the caller unless it is stdin) and its stat.
int open_checked(const std::string& path, struct stat& st) {
  if (path == "-") {
    if (::fstat(STDIN_FILENO, &st) != 0) st = {};
    return STDIN_FILENO;
  }
  // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) throw IoError(path, std::string("cannot open: ") + std::strerror(errno));
  if (::fstat(fd, &st) != 0) {
    const int err = errno;
    ::close(fd);
    throw IoError(path, std::string("cannot read: ") + std::strerror(err));
  }
  if (!S_ISREG(st.st_mode)) {
    ::close(fd);
    throw IoError(path, std::string("is ") + kind_of(st.st_mode) +
                            ", not a regular file; kgforge reads only regular files (or '-' for standard input)");
  }
  const int flags = ::fcntl(fd, F_GETFL);
  if (flags >= 0) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  return fd;
}

}  // namespace

std::string read_input_file(const std::string& path, std::uint64_t max_bytes) {
  struct stat st {};
  const int fd = open_checked(path, st);
  const std::string name = path == "-" ? "<stdin>" : path;
  struct Closer {
    int fd;
    ~Closer() {
      if (fd != STDIN_FILENO) ::close(fd);
    }
  } closer{fd};
  const std::uint64_t size = S_ISREG(st.st_mode) ? static_cast<std::uint64_t>(st.st_size) : 0;
  if (size > max_bytes) throw IoError(name, too_large(max_bytes));
  return read_all(fd, name, max_bytes, size);
}

// --- InputFile ---------------------------------------------------------------------

namespace {

// Reads an fd in blocks, counting the bytes as progress; a read error or (for a
// bounded input) going over the bound ends the stream and is remembered.
class FdBuf : public std::streambuf {
 public:
  FdBuf(int fd, const std::string& name, std::uint64_t size, std::uint64_t bound)
      : fd_(fd), bound_(bound), progress_("reading " + name, "bytes", size), block_(1 << 18) {
    setg(block_.data(), block_.data(), block_.data());
  }
  std::string error;  // non-empty: why the stream ended early

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    if (!error.empty()) return traits_type::eof();
    ssize_t n = 0;
    do {
      n = ::read(fd_, block_.data(), block_.size());
    } while (n < 0 && errno == EINTR);
    if (n < 0) {
      error = std::string("cannot read: ") + std::strerror(errno);
      return traits_type::eof();
    }
    if (n == 0) return traits_type::eof();
    read_ += static_cast<std::uint64_t>(n);
    if (read_ > bound_) {
      error = too_large(bound_);
      return traits_type::eof();
    }
    progress_.advance(static_cast<std::uint64_t>(n));
    setg(block_.data(), block_.data(), block_.data() + n);
    return traits_type::to_int_type(*gptr());
  }

 private:
  int fd_;
  std::uint64_t bound_;
  std::uint64_t read_ = 0;
  Progress progress_;
  std::vector<char> block_;
};

}  // namespace

struct InputFile::Impl {
  std::string name;
  int fd = -1;
  std::uint64_t size = 0;
  std::unique_ptr<FdBuf> buf;
  std::istream stream{nullptr};
};

InputFile::InputFile(const std::string& path, std::uint64_t max_bytes) : impl_(std::make_unique<Impl>()) {
  struct stat st {};
  impl_->fd = open_checked(path, st);
  impl_->name = path == "-" ? "<stdin>" : path;
  const bool regular = S_ISREG(st.st_mode);
  impl_->size = regular ? static_cast<std::uint64_t>(st.st_size) : 0;
  impl_->buf = std::make_unique<FdBuf>(impl_->fd, impl_->name, impl_->size, regular ? ~std::uint64_t{0} : max_bytes);
  impl_->stream.rdbuf(impl_->buf.get());
}

InputFile::~InputFile() {
  if (impl_->fd != STDIN_FILENO) ::close(impl_->fd);
}

const std::string& InputFile::name() const { return impl_->name; }
std::uint64_t InputFile::size() const { return impl_->size; }
std::istream& InputFile::stream() { return impl_->stream; }

std::string InputFile::read_whole(std::uint64_t max_bytes) {
  if (impl_->size > max_bytes) throw IoError(impl_->name, too_large(max_bytes));
  return read_all(impl_->fd, impl_->name, max_bytes, impl_->size);
}

void InputFile::throw_if_failed() const {
  if (!impl_->buf->error.empty()) throw IoError(impl_->name, impl_->buf->error);
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
