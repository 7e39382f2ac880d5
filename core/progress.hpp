// SPDX-License-Identifier: MIT
// Progress of long work (reading, validating, writing, analysis). The library reports
// through a Progress object; what is shown, and where, is up to the one process-wide
// ProgressReporter the program installs (the CLI installs a TTY line printer). With no
// reporter installed, a Progress costs a compare per call.
#ifndef KGFORGE_CORE_PROGRESS_HPP
#define KGFORGE_CORE_PROGRESS_HPP

#include <cstdint>
#include <string>
#include <string_view>

namespace kgforge {

/// Receives progress. Calls come from the thread that does the work.
class ProgressReporter {
 public:
  virtual ~ProgressReporter() = default;
  /// `task` ("reading kb.yaml") has done `done` of `total` units (total 0: unknown).
  /// `unit` names them ("entities", "bytes").
  virtual void update(std::string_view task, std::string_view unit, std::uint64_t done, std::uint64_t total) = 0;
  /// The task has ended, successfully or not.
  virtual void finish(std::string_view task) = 0;
};

/// Installs the reporter (nullptr: none, the default). Not owned.
void set_progress_reporter(ProgressReporter* reporter);
ProgressReporter* progress_reporter();

/// One task. Forwards to the reporter only every `total / 256` units (every 4096 if
/// the total is unknown), so it may be advanced once per entity.
class Progress {
 public:
  Progress(std::string task, std::string unit, std::uint64_t total);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void advance(std::uint64_t units = 1) {
    done_ += units;
    if (reporter_ != nullptr && done_ >= next_) report();
  }

 private:
  void report();

  ProgressReporter* reporter_;
  std::string task_;
  std::string unit_;
  std::uint64_t total_;
  std::uint64_t done_ = 0;
  std::uint64_t stride_;
  std::uint64_t next_;
};

}  // namespace kgforge

#endif  // KGFORGE_CORE_PROGRESS_HPP
