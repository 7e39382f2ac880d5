// SPDX-License-Identifier: MIT
// Diagnostics: the problems an operation found in its input, each located and coded.
#ifndef KGFORGE_CORE_DIAGNOSTICS_HPP
#define KGFORGE_CORE_DIAGNOSTICS_HPP

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/error.hpp"

namespace kgforge {

enum class Severity { kNote, kWarning, kError };

const char* to_string(Severity severity);

/// One problem. `code` is a stable kebab-case name ("duplicate-id") that tests and
/// scripts can rely on; `message` is lower-case with no final period. `subject` names
/// the term the problem is about (a class or property IRI, "predicate domain" for a
/// domain mismatch); whether problems with the same code and subject are one problem,
/// counted, is decided by the code alone (aggregated(), below).
struct Diagnostic {
  Severity severity = Severity::kError;
  TextLocation where;
  std::string code;
  std::string message;
  std::string subject;    ///< "" = this problem stands alone
  std::size_t count = 1;  ///< how many times it was found; `where` is the first place
};

/// The one place that says which problems are counted rather than repeated: a
/// diagnostic with one of these codes and a non-empty subject is merged with the
/// others of the same severity, code and subject. Returns the noun its count is
/// shown with ("uses" for unknown-class), or nullptr if the code is not aggregated
/// (a bad literal on each line is a problem of its own).
const char* aggregated(std::string_view code);

/// "path:line:column: error: message [code]", the compiler format editors jump to; a
/// counted problem adds "(250,124 uses; first here)" to the message.
std::string format_text(const Diagnostic& d);
/// One JSON object (no trailing newline) with keys severity, file, line, column, code,
/// message and count.
std::string format_json(const Diagnostic& d);
/// `n` with thousands separators: 250,124.
std::string with_commas(std::size_t n);
/// `s` made safe for a terminal: C0 and C1 control characters and DEL become
/// `\xNN` (`\x1b` for ESC), bidirectional overrides and isolates (U+202A..U+202E,
/// U+2066..U+2069) `\u{202E}`, bytes that are not UTF-8 `\xNN`, and a backslash
/// stays a backslash. Applied to every text diagnostic and error message printed.
std::string printable(std::string_view s);
/// Quotes and escapes `s` as a JSON string.
std::string json_quote(std::string_view s);

/// An ordered collection of diagnostics in bounded memory: at most `limit` distinct
/// errors and `warning_limit` distinct warnings are kept (a counted problem is one,
/// however often it recurs, and only kept problems are indexed). Problems past a
/// limit are counted but dropped and `truncated()` turns true; the caller may stop
/// early once `full()`.
class Diagnostics {
 public:
  explicit Diagnostics(std::size_t limit = 100, std::size_t warning_limit = 100)
      : limit_(limit), warning_limit_(warning_limit) {}

  void add(Diagnostic d);
  void error(TextLocation where, std::string code, std::string message, std::string subject = {});
  void warning(TextLocation where, std::string code, std::string message, std::string subject = {});
  void note(TextLocation where, std::string code, std::string message, std::string subject = {});
  /// For a counted problem (aggregated(code), non-empty subject) that add() would only
  /// count: one already kept whose first place is not after `where`, or one past the
  /// limit. Counts it as add() would and returns true, so that the caller need not make
  /// the message; else returns false and changes nothing (the caller then adds it).
  bool counted_again(Severity severity, std::string_view code, std::string_view subject, const TextLocation& where);
  /// Adds every diagnostic of `other` (counts kept), respecting this collection's limits.
  void merge(const Diagnostics& other);

  const std::vector<Diagnostic>& items() const { return items_; }
  /// Errors found and kept, every use of a counted problem included.
  std::size_t error_count() const { return errors_; }
  /// Warnings found and kept, every use of a counted problem included.
  std::size_t warning_count() const { return warnings_; }
  bool has_errors() const { return errors_ > 0; }
  bool truncated() const { return dropped_ > 0 || dropped_warnings_ > 0; }
  /// Errors found but not kept (past --max-errors).
  std::size_t dropped() const { return dropped_; }
  /// Warnings found but not kept (past --max-warnings).
  std::size_t dropped_warnings() const { return dropped_warnings_; }
  std::size_t limit() const { return limit_; }
  std::size_t warning_limit() const { return warning_limit_; }
  bool full() const { return distinct_errors_ >= limit_; }

  /// Turns every warning into an error (`--strict`).
  void promote_warnings();
  /// Sorts by file, line, column, keeping insertion order among equals.
  void sort();

 private:
  static std::string key_of(const Diagnostic& d);

  std::vector<Diagnostic> items_;
  static void key_into(std::string& key, Severity severity, std::string_view code, std::string_view subject);
  std::unordered_map<std::string, std::size_t> counted_;  // key_of -> index in items_
  std::string key_scratch_;                               // counted_again's key, reused
  std::size_t limit_;
  std::size_t warning_limit_;
  std::size_t errors_ = 0;
  std::size_t warnings_ = 0;
  std::size_t distinct_errors_ = 0;
  std::size_t distinct_warnings_ = 0;
  std::size_t dropped_ = 0;
  std::size_t dropped_warnings_ = 0;
};

}  // namespace kgforge

#endif  // KGFORGE_CORE_DIAGNOSTICS_HPP
