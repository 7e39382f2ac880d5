// SPDX-License-Identifier: MIT
// A streaming reader of delimited text (CSV, TSV): RFC 4180 quoting, a UTF-8 BOM,
// LF, CRLF or CR line ends. It holds one record at a time, never the whole input.
#ifndef KGFORGE_IMPORTERS_CSV_READER_HPP
#define KGFORGE_IMPORTERS_CSV_READER_HPP

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

namespace kgforge::importers {

/// One field of a record: its text (quotes removed, `""` read as `"`) and where it
/// starts (1-based line and column; columns count characters, not bytes).
struct CsvField {
  std::string text;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

/// A syntax problem: an unterminated quoted field, or text after a closing quote.
struct CsvProblem {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::string message;
};

/// Reads records from `in`, one at a time. Blank lines are skipped. A field that
/// starts with `"` is quoted and may hold the delimiter, quotes (doubled) and line
/// breaks; a `"` inside an unquoted field is kept as it is (as Python's csv and
/// pandas do). Problems do not stop reading: the reader recovers and goes on.
class CsvReader {
 public:
  CsvReader(std::istream& in, char delimiter);
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  /// Reads the next record into `fields` (reusing their storage). False at the end.
  bool next(std::vector<CsvField>& fields);
  /// The line and column where the last record read starts.
  std::uint32_t record_line() const { return record_line_; }
  /// The problems found so far (the caller may clear them after reporting).
  std::vector<CsvProblem>& problems() { return problems_; }
  /// Bytes consumed so far (for progress).
  std::uint64_t bytes_read() const { return consumed_; }

 private:
  int peek();
  int get();
  void refill();

  std::istream& in_;
  char delimiter_;
  std::vector<char> buffer_;
  std::size_t pos_ = 0;
  std::size_t end_ = 0;
  bool eof_ = false;
  std::uint64_t consumed_ = 0;
  std::uint32_t line_ = 1;
  std::uint32_t column_ = 1;
  std::uint32_t record_line_ = 0;
  std::vector<CsvProblem> problems_;
};

}  // namespace kgforge::importers

#endif  // KGFORGE_IMPORTERS_CSV_READER_HPP
