// SPDX-License-Identifier: MIT
// The conventions every kgforge subcommand follows, in one place: the exit-code table
// and the mapping of error kinds onto it, -q, "did you mean" for unknown commands and
// options, and the progress line on a terminal (README.md, "Usage").
#ifndef KGFORGE_CLI_CONVENTIONS_HPP
#define KGFORGE_CLI_CONVENTIONS_HPP

namespace CLI {
class App;
}

namespace kgforge::cli {

// The exit-code table (sysexits.h for 65 and 74).
inline constexpr int kExitOk = 0;
inline constexpr int kExitInputErrors = 1;  ///< the input has errors (diagnostics were printed)
inline constexpr int kExitNotFound = 1;     ///< path: there is no path (the message says so)
inline constexpr int kExitUsage = 2;        ///< unknown command, option, format, class, entity...
inline constexpr int kExitDataErr = 65;     ///< data that cannot be read or written as its format
inline constexpr int kExitIoErr = 74;       ///< a file that cannot be opened, read or written

struct ExitCodeRow {
  int code;
  const char* meaning;
};
/// What each exit code means, for --help, the man page and README.md.
inline constexpr ExitCodeRow kExitCodeTable[] = {
    {kExitOk, "success"},
    {kExitInputErrors,
     "the input has errors (located diagnostics were printed; nothing was written); for path: there is no path"},
    {kExitUsage, "usage: an unknown command, option, format, class, prefix or entity, or a missing argument"},
    {kExitDataErr, "the data cannot be read or written as asked (e.g. a value the output format cannot hold)"},
    {kExitIoErr, "I/O: a file that cannot be opened, read or written (the message names it and says why)"},
};

/// Thrown by commands to end with an exit code once they have printed why.
struct ExitCode {
  int code;
};

/// Prints the exception being handled (call only inside a catch block) and returns its
/// exit code: CLI11 parse errors 2 (help and --version 0), ExitCode its code,
/// UsageError/FormatError 2, ParseError 65, IoError and filesystem errors 74, any
/// other error 65.
int exit_code_for_current_exception(CLI::App& app);

/// Adds -q,--quiet to `app` (every subcommand gets it, and the top level).
void add_quiet_flag(CLI::App* app);
/// True under -q: print errors only; no warnings, notes, summaries, "wrote" lines or progress.
bool quiet();

/// Looks at argv before CLI11 parses it: an unknown subcommand or option is reported
/// with the nearest known name ("kgforge: unknown command 'biuld'; did you mean
/// 'build'?"). Returns false when it printed such an error (exit 2).
bool check_names(const CLI::App& app, int argc, const char* const* argv);

/// Installs the progress line on stderr when stderr is a terminal, -q is not given and
/// the environment has no CI variable. A task's line appears once it has run for a
/// second (KGFORGE_PROGRESS_DELAY_MS overrides that, for tests). Call once the command
/// line is parsed.
void install_progress();

}  // namespace kgforge::cli

#endif  // KGFORGE_CLI_CONVENTIONS_HPP
