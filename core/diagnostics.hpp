// SPDX-License-Identifier: MIT
// Diagnostics: the problems an operation found in its input, each located and coded.
#ifndef KGFORGE_CORE_DIAGNOSTICS_HPP
#define KGFORGE_CORE_DIAGNOSTICS_HPP

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace kgforge {

enum class Severity { kNote, kWarning, kError };

const char* to_string(Severity severity);

/// One problem. `code` is a stable kebab-case name ("duplicate-id") that tests and
/// scripts can rely on; `message` is lower-case with no final period.
struct Diagnostic {
  Severity severity = Severity::kError;
  TextLocation where;
  std::string code;
  std::string message;
};

/// "path:line:column: error: message [code]", the compiler format editors jump to.
std::string format_text(const Diagnostic& d);
/// One JSON object (no trailing newline) with keys severity, file, line, column, code, message.
std::string format_json(const Diagnostic& d);
/// `s` made safe for a terminal: C0 and C1 control characters and DEL become
/// `\xNN` (`\x1b` for ESC), bidirectional overrides and isolates (U+202A..U+202E,
/// U+2066..U+2069) `\u{202E}`, bytes that are not UTF-8 `\xNN`, and a backslash
/// stays a backslash. Applied to every text diagnostic and error message printed.
std::string printable(std::string_view s);
/// Quotes and escapes `s` as a JSON string.
std::string json_quote(std::string_view s);

/// An ordered collection of diagnostics with a cap on how many are kept.
/// Once `limit` errors are stored, further errors are counted but dropped and
/// `truncated()` turns true; the caller may stop early.
class Diagnostics {
 public:
  explicit Diagnostics(std::size_t limit = 100) : limit_(limit) {}

  void add(Diagnostic d);
  void error(TextLocation where, std::string code, std::string message);
  void warning(TextLocation where, std::string code, std::string message);
  void note(TextLocation where, std::string code, std::string message);
  /// Appends every diagnostic of `other`, respecting this collection's limit.
  void merge(const Diagnostics& other);

  const std::vector<Diagnostic>& items() const { return items_; }
  std::size_t error_count() const { return errors_; }
  std::size_t warning_count() const { return warnings_; }
  bool has_errors() const { return errors_ > 0; }
  bool truncated() const { return dropped_ > 0; }
  std::size_t dropped() const { return dropped_; }
  std::size_t limit() const { return limit_; }
  bool full() const { return errors_ >= limit_; }

  /// Turns every warning into an error (`--strict`).
  void promote_warnings();
  /// Sorts by file, line, column, keeping insertion order among equals.
  void sort();

 private:
  std::vector<Diagnostic> items_;
  std::size_t limit_;
  std::size_t errors_ = 0;
  std::size_t warnings_ = 0;
  std::size_t dropped_ = 0;
};

}  // namespace kgforge

#endif  // KGFORGE_CORE_DIAGNOSTICS_HPP
