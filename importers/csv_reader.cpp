// SPDX-License-Identifier: MIT
#include "importers/csv_reader.hpp"

#include <istream>

namespace kgforge::importers {

namespace {
constexpr std::size_t kBlock = 1 << 16;
constexpr int kEnd = -1;
}  // namespace

CsvReader::CsvReader(std::istream& in, char delimiter) : in_(in), delimiter_(delimiter), buffer_(kBlock) {
  refill();
  if (end_ >= 3 && buffer_[0] == '\xEF' && buffer_[1] == '\xBB' && buffer_[2] == '\xBF') {
    pos_ = 3;  // a UTF-8 byte order mark (Excel writes one)
    consumed_ = 3;
  }
}

void CsvReader::refill() {
  pos_ = 0;
  end_ = 0;
  if (eof_) return;
  in_.read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  end_ = static_cast<std::size_t>(in_.gcount());
  if (end_ == 0) eof_ = true;
}

int CsvReader::peek() {
  if (pos_ == end_) refill();
  if (pos_ == end_) return kEnd;
  return static_cast<unsigned char>(buffer_[pos_]);
}

int CsvReader::get() {
  const int c = peek();
  if (c == kEnd) return c;
  ++pos_;
  ++consumed_;
  if (c == '\n') {
    ++line_;
    column_ = 1;
  } else if (c == '\r') {
    if (peek() != '\n') {  // a lone CR ends a line too; in CRLF the LF counts it
      ++line_;
      column_ = 1;
    }
  } else if ((c & 0xC0) != 0x80) {
    ++column_;  // one column per character: UTF-8 continuation bytes do not count
  }
  return c;
}

bool CsvReader::next(std::vector<CsvField>& fields) {
  fields.clear();
  // Skip blank lines.
  for (int c = peek(); c == '\n' || c == '\r'; c = peek()) get();
  if (peek() == kEnd) return false;
  record_line_ = line_;
  std::size_t count = 0;
  auto new_field = [&]() -> CsvField& {
    if (count == fields.size()) fields.emplace_back();
    CsvField& f = fields[count++];
    f.text.clear();
    f.line = line_;
    f.column = column_;
    return f;
  };
  for (;;) {
    CsvField& field = new_field();
    int c = peek();
    if (c == '"') {
      const std::uint32_t open_line = line_;
      const std::uint32_t open_column = column_;
      get();
      bool closed = false;
      for (;;) {
        c = get();
        if (c == kEnd) break;
        if (c == '"') {
          if (peek() == '"') {
            get();
            field.text += '"';
            continue;
          }
          closed = true;
          break;
        }
        field.text += static_cast<char>(c);
      }
      if (!closed) {
        problems_.push_back({open_line, open_column, "the quoted field opened here is never closed"});
        fields.resize(count);
        return true;
      }
      c = peek();
      if (c != delimiter_ && c != '\n' && c != '\r' && c != kEnd) {
        problems_.push_back({line_, column_,
                             "text after the closing quote of a field (a quote inside a quoted field is "
                             "written twice: \"\")"});
        while ((c = peek()) != delimiter_ && c != '\n' && c != '\r' && c != kEnd)
          field.text += static_cast<char>(get());
      }
    } else {
      while ((c = peek()) != delimiter_ && c != '\n' && c != '\r' && c != kEnd) field.text += static_cast<char>(get());
    }
    c = peek();
    if (c == delimiter_) {
      get();
      continue;
    }
    if (c == '\r') {
      get();
      if (peek() == '\n') get();
    } else if (c == '\n') {
      get();
    }
    break;
  }
  fields.resize(count);
  return true;
}

}  // namespace kgforge::importers
