// SPDX-License-Identifier: MIT
#include "core/progress.hpp"

#include <algorithm>
#include <atomic>
#include <utility>

namespace kgforge {

namespace {
std::atomic<ProgressReporter*> g_reporter{nullptr};
}  // namespace

void set_progress_reporter(ProgressReporter* reporter) { g_reporter.store(reporter); }
ProgressReporter* progress_reporter() { return g_reporter.load(); }

Progress::Progress(std::string task, std::string unit, std::uint64_t total)
    : reporter_(progress_reporter()),
      task_(std::move(task)),
      unit_(std::move(unit)),
      total_(total),
      stride_(total == 0 ? 4096 : std::max<std::uint64_t>(1, total / 256)),
      next_(0) {
  if (reporter_ != nullptr) report();
}

Progress::~Progress() {
  if (reporter_ != nullptr) reporter_->finish(task_);
}

void Progress::report() {
  reporter_->update(task_, unit_, done_, total_);
  next_ = done_ + stride_;
}

}  // namespace kgforge
