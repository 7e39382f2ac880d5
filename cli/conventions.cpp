// SPDX-License-Identifier: MIT
#include "cli/conventions.hpp"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.hpp"
#include "core/error.hpp"
#include "core/progress.hpp"
#include "core/text.hpp"

namespace kgforge::cli {

namespace {

// A message line by line: a message may list several problems, one a line, while the
// control characters inside each line (from ids in the input) are escaped.
std::string printable_lines(std::string_view text) {
  std::string out;
  for (std::size_t start = 0;;) {
    const std::size_t end = text.find('\n', start);
    out += printable(text.substr(start, end == std::string_view::npos ? text.npos : end - start));
    if (end == std::string_view::npos) return out;
    out += '\n';
    start = end + 1;
  }
}

}  // namespace

int exit_code_for_current_exception(CLI::App& app) {
  try {
    throw;
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  } catch (const ExitCode& e) {
    return e.code;
  } catch (const ParseError& e) {
    std::cerr << printable_lines(e.what()) << '\n';
    return kExitDataErr;
  } catch (const IoError& e) {
    std::cerr << "kgforge: error: " << printable_lines(e.what()) << '\n';
    return kExitIoErr;
  } catch (const UsageError& e) {  // FormatError too
    std::cerr << "kgforge: error: " << printable_lines(e.what()) << '\n';
    return kExitUsage;
  } catch (const std::filesystem::filesystem_error& e) {  // creating a folder, a file's size...
    std::cerr << "kgforge: error: " << printable(e.path1().string()) << ": " << e.code().message() << '\n';
    return kExitIoErr;
  } catch (const std::exception& e) {
    std::cerr << "kgforge: error: " << printable_lines(e.what()) << '\n';
    return kExitDataErr;
  }
}

namespace {

bool g_quiet = false;

// The subcommand `name` names (its name or an alias), or nullptr.
const CLI::App* find_subcommand(const CLI::App& app, std::string_view name) {
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    if (sub->check_name(std::string(name))) return sub;
  }
  return nullptr;
}

std::string display_name(const CLI::App& app) {
  return app.get_parent() == nullptr ? app.get_name() : app.get_parent()->get_name() + " " + app.get_name();
}

void unknown(std::string_view what, std::string_view name, const std::vector<std::string>& known,
             const std::string& help) {
  std::vector<std::string_view> candidates(known.begin(), known.end());
  std::cerr << "kgforge: unknown " << what << " '" << name << "'";
  if (const auto near = suggest_nearest(name, candidates)) {
    std::cerr << "; did you mean '" << *near << "'?\n";
  } else {
    std::cerr << "; see '" << help << " --help'\n";
  }
}

// Checks the options in args[from..]: false (after printing) at the first unknown one.
bool check_options(const CLI::App& app, const std::vector<std::string>& args, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to; ++i) {
    const std::string& a = args[i];
    if (a == "--") return true;
    if (a.size() < 2 || a[0] != '-' || std::isdigit(static_cast<unsigned char>(a[1])) || a[1] == '.') continue;
    const bool is_long = a[1] == '-';
    const std::string name = is_long ? a.substr(0, a.find('=')) : a.substr(0, 2);
    const CLI::Option* opt = app.get_option_no_throw(name);
    if (opt == nullptr) {
      std::vector<std::string> known;
      for (const CLI::Option* o : app.get_options()) {
        for (const std::string& l : o->get_lnames()) known.push_back("--" + l);
      }
      unknown("option", is_long ? name : a, is_long ? known : std::vector<std::string>{}, display_name(app));
      return false;
    }
    // An option that takes a value, written as a separate word: skip the value.
    if (opt->get_expected_min() > 0 && (is_long ? a.find('=') == std::string::npos : a.size() == 2)) ++i;
  }
  return true;
}

}  // namespace

void add_quiet_flag(CLI::App* app) {
  app->add_flag("-q,--quiet", g_quiet, "Print errors only: no warnings, notes, summaries, 'wrote' lines or progress");
}

bool quiet() { return g_quiet; }

bool check_names(const CLI::App& app, int argc, const char* const* argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  std::size_t i = 0;
  while (i < args.size() && args[i].size() > 1 && args[i][0] == '-') ++i;  // top-level options
  if (!check_options(app, args, 0, i)) return false;
  if (i == args.size()) return true;
  const CLI::App* sub = find_subcommand(app, args[i]);
  if (sub == nullptr) {
    std::vector<std::string> known;
    for (const CLI::App* s : app.get_subcommands([](const CLI::App* s) { return !s->get_group().empty(); })) {
      known.push_back(s->get_name());
      for (const std::string& alias : s->get_aliases()) known.push_back(alias);
    }
    unknown("command", args[i], known, app.get_name());
    return false;
  }
  return check_options(*sub, args, i + 1, args.size());
}

namespace {

// "kgforge: reading kb.yaml: 45% (90000/200000 items)", redrawn in place on stderr (for
// bytes also the rate and the time left: "45% (9.0 MB/20.0 MB), 30.1 MB/s, ETA 0:01"),
// first shown once a task has run for `delay` (a second), at most ten times a second.
// A shorter delay also shortens the redraw interval, so with KGFORGE_PROGRESS_DELAY_MS=0
// every report is drawn whatever the machine's speed (the tests rely on that).
class TtyProgress : public ProgressReporter {
 public:
  std::chrono::milliseconds delay{1000};

  void update(std::string_view task, std::string_view unit, std::uint64_t done, std::uint64_t total) override {
    const auto now = std::chrono::steady_clock::now();
    if (task != task_) {
      task_ = std::string(task);
      start_ = now;
      shown_ = false;
    }
    if (now - start_ < delay) return;
    if (shown_ && now - last_ < std::min(delay, std::chrono::milliseconds(100))) return;
    last_ = now;
    shown_ = true;
    std::string line = "kgforge: " + task_ + ": ";
    const bool bytes = unit == "bytes";
    auto amount = [&](std::uint64_t n) {
      return bytes ? std::to_string(n / 1000000) + "." + std::to_string(n / 100000 % 10) + " MB" : std::to_string(n);
    };
    if (total > 0) {
      line += std::to_string(done * 100 / total) + "% (" + amount(done) + "/" + amount(total) +
              (bytes ? ")" : " " + std::string(unit) + ")");
    } else {
      line += amount(done) + (bytes ? "" : " " + std::string(unit));
    }
    // Reading: the rate, and the time left when the size is known.
    const double seconds = std::chrono::duration<double>(now - start_).count();
    if (bytes && seconds > 0 && done > 0) {
      const double rate = static_cast<double>(done) / seconds;
      char text[64];
      std::snprintf(text, sizeof text, ", %.1f MB/s", rate / 1e6);
      line += text;
      if (total > done) {
        const auto left = static_cast<unsigned long>(static_cast<double>(total - done) / rate);
        std::snprintf(text, sizeof text, ", ETA %lu:%02lu", left / 60, left % 60);
        line += text;
      }
    }
    std::fprintf(stderr, "\r%s\033[K", line.c_str());
    std::fflush(stderr);
  }

  void finish(std::string_view task) override {
    if (task != task_) return;
    if (shown_) {
      std::fputs("\r\033[K", stderr);
      std::fflush(stderr);
    }
    task_.clear();
    shown_ = false;
  }

 private:
  std::string task_;
  std::chrono::steady_clock::time_point start_, last_;
  bool shown_ = false;
};

}  // namespace

void install_progress() {
  static TtyProgress printer;
  if (const char* ms = std::getenv("KGFORGE_PROGRESS_DELAY_MS"))
    printer.delay = std::chrono::milliseconds(std::atol(ms));
  const bool on = !g_quiet && std::getenv("CI") == nullptr && isatty(STDERR_FILENO) == 1;
  set_progress_reporter(on ? &printer : nullptr);
}

}  // namespace kgforge::cli
