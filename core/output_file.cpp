// SPDX-License-Identifier: MIT
#include "core/output_file.hpp"

#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <streambuf>

#include "core/error.hpp"

namespace kgforge {

namespace {

// --- the temporaries a signal must remove -----------------------------------------------
// A fixed table, so the handler needs no allocation and no lock: a slot's path is
// written before `used` is set, and `used` is cleared before the slot is reused.
constexpr std::size_t kSlots = 64;
struct Slot {
  std::atomic<int> used{0};
  char path[PATH_MAX];
};
std::array<Slot, kSlots> g_slots;
std::mutex g_slots_mutex;  // between threads only; never taken in the handler
static_assert(std::atomic<int>::is_always_lock_free);

constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};

extern "C" void remove_temporaries(int sig) {
  for (Slot& s : g_slots) {
    if (s.used.load() != 0) ::unlink(s.path);  // unlink is async-signal-safe
  }
  ::signal(sig, SIG_DFL);
  ::raise(sig);  // blocked while in the handler; delivered with the default action on return
}

void install_handlers() {
  static std::once_flag once;
  std::call_once(once, [] {
    for (int sig : kSignals) {
      struct sigaction old {};
      if (::sigaction(sig, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) continue;  // e.g. nohup
      struct sigaction sa {};
      sa.sa_handler = remove_temporaries;
      sigemptyset(&sa.sa_mask);
      for (int other : kSignals) sigaddset(&sa.sa_mask, other);
      sa.sa_flags = SA_RESETHAND;
      ::sigaction(sig, &sa, nullptr);
    }
  });
}

int register_temporary(const std::string& path) {
  if (path.size() >= PATH_MAX) return -1;
  install_handlers();
  const std::lock_guard<std::mutex> lock(g_slots_mutex);
  for (std::size_t i = 0; i < kSlots; ++i) {
    if (g_slots[i].used.load() != 0) continue;
    std::memcpy(g_slots[i].path, path.c_str(), path.size() + 1);
    g_slots[i].used.store(1);
    return static_cast<int>(i);
  }
  return -1;  // more than kSlots at once: still removed on error, not on a signal
}

void unregister_temporary(int slot) {
  if (slot < 0) return;
  const std::lock_guard<std::mutex> lock(g_slots_mutex);
  g_slots[static_cast<std::size_t>(slot)].used.store(0);
}

std::string random_hex() {
  unsigned char bytes[8];
  std::size_t got = 0;
  while (got < sizeof bytes) {
    const ssize_t n = ::getrandom(bytes + got, sizeof bytes - got, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw Error(std::string("cannot get random bytes for a temporary file name: ") + std::strerror(errno));
    got += static_cast<std::size_t>(n);
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char b : bytes) {
    out += kHex[b >> 4];
    out += kHex[b & 15];
  }
  return out;
}

}  // namespace

// An unbuffered-by-iostream file descriptor writer with its own 64 KiB buffer that
// remembers the errno of the first failed write().
class OutputFile::Buffer : public std::streambuf {
 public:
  explicit Buffer(int fd) : fd_(fd) { setp(data_.data(), data_.data() + data_.size()); }
  ~Buffer() override { close_fd(); }
  int error() const { return error_; }
  int fd() const { return fd_; }
  int close_fd() {
    if (fd_ < 0) return 0;
    const int rc = ::close(fd_);
    fd_ = -1;
    return rc;
  }

 protected:
  int_type overflow(int_type ch) override {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(ch, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(ch);
      pbump(1);
    }
    return traits_type::not_eof(ch);
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    if (n >= static_cast<std::streamsize>(data_.size())) {  // large writes bypass the buffer
      if (!drain() || !write_all(s, static_cast<std::size_t>(n))) return 0;
      return n;
    }
    return std::streambuf::xsputn(s, n);
  }
  int sync() override { return drain() ? 0 : -1; }

 private:
  bool drain() {
    const std::size_t n = static_cast<std::size_t>(pptr() - pbase());
    setp(data_.data(), data_.data() + data_.size());
    return write_all(data_.data(), n);
  }
  bool write_all(const char* p, std::size_t n) {
    if (error_ != 0) return false;
    while (n > 0) {
      const ssize_t w = ::write(fd_, p, n);
      if (w < 0 && errno == EINTR) continue;
      if (w <= 0) {
        error_ = w < 0 ? errno : EIO;
        return false;
      }
      p += w;
      n -= static_cast<std::size_t>(w);
    }
    return true;
  }

  int fd_;
  int error_ = 0;
  std::array<char, 1 << 16> data_{};
};

OutputFile::OutputFile(std::string path) : path_(std::move(path)), out_(nullptr) {
  const std::size_t slash = path_.rfind('/');
  const std::string dir = slash == std::string::npos ? "" : path_.substr(0, slash + 1);
  const std::string name = slash == std::string::npos ? path_ : path_.substr(slash + 1);
  struct stat target {};
  const bool exists = ::stat(path_.c_str(), &target) == 0;
  int fd = -1;
  for (int attempt = 0; attempt < 16 && fd < 0; ++attempt) {
    temp_ = dir + "." + name + "." + random_hex() + ".tmp";
    fd = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd < 0 && errno != EEXIST) break;
  }
  if (fd < 0) throw IoError(path_, std::string("cannot create a temporary file beside it: ") + std::strerror(errno));
  slot_ = register_temporary(temp_);
  buffer_ = std::make_unique<Buffer>(fd);
  out_.rdbuf(buffer_.get());
  if (exists && S_ISREG(target.st_mode) && ::fchmod(fd, target.st_mode & 07777) != 0) {
    const int err = errno;
    buffer_.reset();
    ::unlink(temp_.c_str());
    unregister_temporary(slot_);
    throw IoError(path_, std::string("cannot give the temporary file the mode of the old one: ") + std::strerror(err));
  }
}

OutputFile::~OutputFile() {
  if (committed_) return;
  out_.rdbuf(nullptr);
  buffer_.reset();  // closes
  ::unlink(temp_.c_str());
  unregister_temporary(slot_);
}

int OutputFile::error() const { return buffer_ ? buffer_->error() : 0; }

void OutputFile::throw_if_failed() const {
  if (error() != 0) throw IoError(path_, std::string("cannot write: ") + std::strerror(error()));
}

void OutputFile::finish() {
  if (finished_) return;
  out_.flush();
  throw_if_failed();
  if (!out_) throw IoError(path_, "cannot write: the output stream failed");
  if (::fsync(buffer_->fd()) != 0) throw IoError(path_, std::string("cannot write: ") + std::strerror(errno));
  if (buffer_->close_fd() != 0) throw IoError(path_, std::string("cannot write: ") + std::strerror(errno));
  finished_ = true;
}

namespace {

// Holds off the signals whose handler removes temporaries, for the renames of a set.
class SignalsHeld {
 public:
  SignalsHeld() {
    sigset_t set;
    sigemptyset(&set);
    for (const int sig : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&set, sig);
    ::sigprocmask(SIG_BLOCK, &set, &old_);
  }
  ~SignalsHeld() { ::sigprocmask(SIG_SETMASK, &old_, nullptr); }
  SignalsHeld(const SignalsHeld&) = delete;
  SignalsHeld& operator=(const SignalsHeld&) = delete;

 private:
  sigset_t old_{};
};

std::string sibling(const std::string& path, const char* suffix) {
  const std::size_t slash = path.rfind('/');
  const std::string dir = slash == std::string::npos ? "" : path.substr(0, slash + 1);
  return dir + "." + path.substr(slash == std::string::npos ? 0 : slash + 1) + "." + random_hex() + suffix;
}

}  // namespace

void OutputFile::commit_all(const std::vector<std::unique_ptr<OutputFile>>& files) {
  for (const std::unique_ptr<OutputFile>& file : files) file->finish();
  const SignalsHeld held;
  // The old targets, kept as hard links ("" where there was none) until every rename is done.
  std::vector<std::string> old(files.size());
  auto drop_old = [&old] {
    for (const std::string& o : old) {
      if (!o.empty()) ::unlink(o.c_str());
    }
  };
  for (std::size_t i = 0; i < files.size(); ++i) {
    struct stat st {};
    if (::lstat(files[i]->path_.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
    old[i] = sibling(files[i]->path_, ".old");
    if (::link(files[i]->path_.c_str(), old[i].c_str()) != 0) {
      const int err = errno;
      old[i].clear();
      drop_old();
      throw IoError(files[i]->path_,
                    std::string("cannot keep the old file while the set is replaced: ") + std::strerror(err));
    }
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    OutputFile& file = *files[i];
    if (std::rename(file.temp_.c_str(), file.path_.c_str()) == 0) {
      file.committed_ = true;
      unregister_temporary(file.slot_);
      continue;
    }
    const int err = errno;
    std::string kept;                      // old copies that could not be put back stay, and are named
    for (std::size_t j = 0; j < i; ++j) {  // put the old set back
      if (old[j].empty()) {
        ::unlink(files[j]->path_.c_str());
      } else if (std::rename(old[j].c_str(), files[j]->path_.c_str()) == 0) {
        old[j].clear();
      } else {
        kept += "; the old " + files[j]->path_ + " is kept as " + old[j];
        old[j].clear();
      }
    }
    drop_old();
    throw IoError(file.path_, std::string("cannot rename the temporary file over it: ") + std::strerror(err) +
                                  (i > 0 && kept.empty() ? " (the outputs already replaced were restored)" : kept));
  }
  drop_old();
}

void OutputFile::commit() {
  finish();
  if (std::rename(temp_.c_str(), path_.c_str()) != 0) {
    throw IoError(path_, std::string("cannot rename the temporary file over it: ") + std::strerror(errno));
  }
  committed_ = true;
  unregister_temporary(slot_);
}

}  // namespace kgforge
