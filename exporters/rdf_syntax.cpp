// SPDX-License-Identifier: MIT
#include "exporters/rdf_syntax.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>

#include "graph/iri.hpp"

namespace kgforge::exporters::rdf {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// Decodes one UTF-8 sequence at s[i] (valid UTF-8 assumed); advances i.
char32_t decode_utf8(std::string_view s, std::size_t& i) {
  const auto c = static_cast<unsigned char>(s[i]);
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  char32_t cp = extra == 3 ? (c & 0x07u) : extra == 2 ? (c & 0x0Fu) : extra == 1 ? (c & 0x1Fu) : c;
  ++i;
  for (; extra > 0 && i < s.size(); --extra, ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3Fu);
  return cp;
}

// Turtle PN_CHARS_BASE beyond ASCII.
bool is_name_start_cp(char32_t cp) {
  return (cp >= 0xC0 && cp <= 0xD6) || (cp >= 0xD8 && cp <= 0xF6) || (cp >= 0xF8 && cp <= 0x2FF) ||
         (cp >= 0x370 && cp <= 0x37D) || (cp >= 0x37F && cp <= 0x1FFF) || (cp >= 0x200C && cp <= 0x200D) ||
         (cp >= 0x2070 && cp <= 0x218F) || (cp >= 0x2C00 && cp <= 0x2FEF) || (cp >= 0x3001 && cp <= 0xD7FF) ||
         (cp >= 0xF900 && cp <= 0xFDCF) || (cp >= 0xFDF0 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0xEFFFF);
}

// The further non-ASCII characters of PN_CHARS.
bool is_name_cp(char32_t cp) {
  return is_name_start_cp(cp) || cp == 0xB7 || (cp >= 0x300 && cp <= 0x36F) || (cp >= 0x203F && cp <= 0x2040);
}

void append_uchar(std::string& out, unsigned char c) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out += "\\u00";
  out += kHex[c >> 4];
  out += kHex[c & 0x0F];
}

// Escapes one byte that needs it in a short string; false if `c` needs none.
bool append_short_escape(std::string& out, unsigned char c) {
  switch (c) {
    case '"':
      out += "\\\"";
      return true;
    case '\\':
      out += "\\\\";
      return true;
    case '\n':
      out += "\\n";
      return true;
    case '\r':
      out += "\\r";
      return true;
    case '\t':
      out += "\\t";
      return true;
    case '\b':
      out += "\\b";
      return true;
    case '\f':
      out += "\\f";
      return true;
    default:
      break;
  }
  if (c < 0x20 || c == 0x7F) {
    append_uchar(out, c);
    return true;
  }
  return false;
}

bool needs_short_escape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\' || c == 0x7F; }

}  // namespace

bool is_turtle_local_name(std::string_view local) {
  std::size_t i = 0;
  bool first = true;
  while (i < local.size()) {
    const char c = local[i];
    if (static_cast<unsigned char>(c) >= 0x80) {
      const char32_t cp = decode_utf8(local, i);
      if (first ? !is_name_start_cp(cp) : !is_name_cp(cp)) return false;
    } else {
      const bool ok = is_ascii_letter(c) || c == '_' || (!first && (is_digit(c) || c == '-'));
      if (!ok) return false;
      ++i;
    }
    first = false;
  }
  return true;
}

bool is_turtle_prefix(std::string_view prefix) {
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    const char c = prefix[i];
    const bool ok = is_ascii_letter(c) || (i > 0 && (is_digit(c) || c == '_' || c == '-'));
    if (!ok) return false;
  }
  return true;
}

bool is_blank_label(std::string_view label) {
  if (label.empty() || !is_ascii_letter(label[0])) return false;
  for (char c : label) {
    if (!is_ascii_letter(c) && !is_digit(c)) return false;
  }
  return true;
}

// Python's str.splitlines() (so rdflib's N-Triples reader) breaks lines at U+0085
// NEL, U+2028 and U+2029: they are written as \u escapes. Returns the length of
// the UTF-8 sequence at text[i] when it is one of them, else 0.
namespace {
std::size_t line_separator_at(std::string_view text, std::size_t i, const char*& escape) {
  const auto b = [&](std::size_t k) { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0u; };
  if (b(0) == 0xC2 && b(1) == 0x85) {
    escape = "\\u0085";
    return 2;
  }
  if (b(0) == 0xE2 && b(1) == 0x80 && (b(2) == 0xA8 || b(2) == 0xA9)) {
    escape = b(2) == 0xA8 ? "\\u2028" : "\\u2029";
    return 3;
  }
  return 0;
}
}  // namespace

void append_ntriples_string(std::string& out, std::string_view text) {
  out += '"';
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == 0xC2 || c == 0xE2) {
      const char* escape = nullptr;
      if (const std::size_t len = line_separator_at(text, i, escape)) {
        out.append(text.substr(start, i - start));
        out += escape;
        i += len - 1;
        start = i + 1;
      }
      continue;
    }
    if (!needs_short_escape(c)) continue;
    out.append(text.substr(start, i - start));
    append_short_escape(out, c);
    start = i + 1;
  }
  out.append(text.substr(start));
  out += '"';
}

void append_turtle_string(std::string& out, std::string_view text) {
  if (text.find('\n') == std::string_view::npos) {
    append_ntriples_string(out, text);
    return;
  }
  out += "\"\"\"";
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const char* escape = nullptr;
    if (const std::size_t len = line_separator_at(text, i, escape)) {
      out += escape;
      i += len - 1;
    } else if (c == '\n') {
      out += '\n';
    } else if (c == '"') {
      // A quote is safe unless another follows it (a run could close the string), it is
      // the last character (it would merge with the closing quotes), or an escape follows
      // it: serd 0.30 takes the character after a lone quote in a long string as it is,
      // so `"\r` would come back as a quote, a backslash and an r (found by fuzz_roundtrip).
      const char* next_escape = nullptr;
      const bool risky = i + 1 == text.size() || text[i + 1] == '"' ||
                         (text[i + 1] != '\n' && needs_short_escape(static_cast<unsigned char>(text[i + 1]))) ||
                         line_separator_at(text, i + 1, next_escape) != 0;
      out += risky ? "\\\"" : "\"";
    } else if (!append_short_escape(out, c)) {
      out += static_cast<char>(c);
    }
  }
  out += "\"\"\"";
}

PrefixRule::PrefixRule(const std::vector<graph::Prefix>& prefixes) : prefixes_(prefixes) {
  for (std::size_t i = 0; i < prefixes_.size(); ++i) by_length_.push_back(static_cast<std::int16_t>(i));
  std::stable_sort(by_length_.begin(), by_length_.end(),
                   [&](std::int16_t a, std::int16_t b) { return prefixes_[a].iri.size() > prefixes_[b].iri.size(); });
}

std::int16_t PrefixRule::match(std::string_view iri) const {
  for (std::int16_t i : by_length_) {
    const std::string& ns = prefixes_[i].iri;
    if (iri.size() >= ns.size() && iri.compare(0, ns.size(), ns) == 0 && is_turtle_local_name(iri.substr(ns.size()))) {
      return i;
    }
  }
  return -1;
}

bool ends_in_ncname(std::string_view iri) {
  std::size_t start = iri.size();
  while (start > 0) {
    const auto c = static_cast<unsigned char>(iri[start - 1]);
    const bool name_char = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
                           c == '-' || c == '.' || c >= 0x80;
    if (!name_char) break;
    --start;
  }
  return graph::is_ncname(iri.substr(start));
}

}  // namespace kgforge::exporters::rdf
