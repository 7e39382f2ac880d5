// SPDX-License-Identifier: MIT
#include "core/output_file.hpp"

#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "core/error.hpp"

namespace kgforge {

namespace {
std::atomic<unsigned> g_counter{0};
}

OutputFile::OutputFile(std::string path) : path_(std::move(path)) {
  temp_ = path_ + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(g_counter++);
  out_.open(temp_, std::ios::binary | std::ios::trunc);
  if (!out_) throw IoError(path_, std::string("cannot create file: ") + std::strerror(errno));
}

OutputFile::~OutputFile() {
  if (!committed_) {
    out_.close();
    std::remove(temp_.c_str());
  }
}

void OutputFile::commit() {
  out_.flush();
  if (!out_) throw IoError(path_, "write failed");
  out_.close();
  if (!out_) throw IoError(path_, "write failed on close");
  if (std::rename(temp_.c_str(), path_.c_str()) != 0) {
    const int err = errno;
    std::remove(temp_.c_str());
    throw IoError(path_, std::string("cannot rename temporary file: ") + std::strerror(err));
  }
  committed_ = true;
}

}  // namespace kgforge
