// SPDX-License-Identifier: MIT
#include "graph/iri.hpp"

#include <array>
#include <cstdint>

namespace kgforge::graph {

namespace {

bool is_unreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '~';
}

bool is_hex(unsigned char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'); }

// Length of the UTF-8 sequence starting at s[i], or 0 if it is not well-formed.
std::size_t utf8_length(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  std::size_t len = 0;
  std::uint32_t min = 0;
  if (c < 0x80) return c == 0 ? 0 : 1;
  if ((c & 0xE0) == 0xC0) {
    len = 2;
    min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3;
    min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4;
    min = 0x10000;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  std::uint32_t cp = c & (0x7F >> len);
  for (std::size_t k = 1; k < len; ++k) {
    const auto d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (d & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

}  // namespace

bool is_valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) - 1u < 0x7Fu) {  // ASCII, not NUL: the usual case
      ++i;
      continue;
    }
    const std::size_t len = utf8_length(s, i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

bool has_iri_scheme(std::string_view iri) {
  const auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (iri.empty() || !alpha(iri[0])) return false;
  for (std::size_t i = 1; i < iri.size(); ++i) {
    const char c = iri[i];
    if (c == ':') return true;
    if (!alpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return false;
  }
  return false;
}

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

namespace {

// Non-ASCII characters that are not RFC 3987 ucschar, or that RFC 3987 §4.1 says an
// IRI must not hold (bidi formatting), or that readers take for line breaks (rdflib's
// N-Triples reader splits at U+0085, U+2028, U+2029): C1 controls, LRM/RLM, bidi
// embeddings, overrides and isolates, U+2028/9, U+FEFF, U+FFF0..U+FFFF.
bool encoded_in_iris(std::string_view seq) {
  std::uint32_t cp = static_cast<unsigned char>(seq[0]) & (0x7F >> seq.size());
  for (std::size_t k = 1; k < seq.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(seq[k]) & 0x3F);
  return (cp >= 0x80 && cp < 0xA0) || cp == 0x200E || cp == 0x200F || (cp >= 0x2028 && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF || (cp >= 0xFFF0 && cp <= 0xFFFF);
}

}  // namespace

std::string mint_iri_suffix(std::string_view id) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(id.size());
  for (std::size_t i = 0; i < id.size();) {
    const auto c = static_cast<unsigned char>(id[i]);
    const std::size_t len = c >= 0x80 ? utf8_length(id, i) : 0;
    if (len > 1 && !encoded_in_iris(id.substr(i, len))) {
      out.append(id.substr(i, len));
      i += len;
      continue;
    }
    if (len > 1) {  // a character IRIs must not hold raw: each of its bytes as %XX
      for (std::size_t k = 0; k < len; ++k) {
        const auto b = static_cast<unsigned char>(id[i + k]);
        out += '%';
        out += kHex[b >> 4];
        out += kHex[b & 0xF];
      }
      i += len;
      continue;
    }
    if (is_unreserved(c)) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
    ++i;
  }
  return out;
}

namespace {

// Bytes that need no check in an IRI: printable ASCII but <>"{}|^`\ and '%'.
constexpr std::array<bool, 256> make_plain_iri_bytes() {
  std::array<bool, 256> t{};
  for (int c = 0x21; c < 0x7F; ++c) t[c] = true;
  for (const char c : std::string_view("<>\"{}|^`\\%")) t[static_cast<unsigned char>(c)] = false;
  return t;
}
constexpr std::array<bool, 256> kPlainIriByte = make_plain_iri_bytes();

}  // namespace

std::optional<std::string> iri_problem(std::string_view iri) {
  if (iri.empty()) return "empty IRI";
  bool plain = true;  // the usual case, checked in one pass: only the scheme is left to check
  for (const char c : iri) plain = plain && kPlainIriByte[static_cast<unsigned char>(c)];
  if (!plain && !is_valid_utf8(iri)) return "not valid UTF-8";
  std::size_t colon = iri.find(':');
  if (colon == std::string_view::npos || colon == 0)
    return "no scheme (an absolute IRI starts with a scheme such as http:)";
  const auto first = static_cast<unsigned char>(iri[0]);
  if (!((first >= 'A' && first <= 'Z') || (first >= 'a' && first <= 'z'))) return "the scheme must start with a letter";
  for (std::size_t i = 1; i < colon; ++i) {
    const auto c = static_cast<unsigned char>(iri[i]);
    if (!(is_unreserved(c) || c == '+') || c == '_' || c == '~') return "invalid character in the scheme";
  }
  for (std::size_t i = 0; !plain && i < iri.size(); ++i) {
    const auto c = static_cast<unsigned char>(iri[i]);
    if (c <= 0x20 || c == 0x7F) return c == ' ' ? "space in IRI" : "control character in IRI";
    switch (c) {
      case '<':
      case '>':
      case '"':
      case '{':
      case '}':
      case '|':
      case '^':
      case '`':
      case '\\':
        return std::string("character '") + static_cast<char>(c) + "' is not allowed in an IRI";
      case '%':
        if (i + 2 >= iri.size() || !is_hex(iri[i + 1]) || !is_hex(iri[i + 2]))
          return "'%' not followed by two hex digits";
        break;
      default:
        break;
    }
  }
  return std::nullopt;
}

bool is_language_tag(std::string_view tag) {
  std::size_t run = 0;
  bool first = true;
  for (const char ch : tag) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '-') {
      if (run == 0) return false;
      run = 0;
      first = false;
      continue;
    }
    const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    const bool digit = c >= '0' && c <= '9';
    if (!(letter || (!first && digit)) || ++run > 8) return false;
  }
  return run > 0;
}

bool is_ncname(std::string_view s) {
  if (s.empty()) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c >= 0x80;
    const bool follow = letter || (c >= '0' && c <= '9') || c == '-' || c == '.';
    if (i == 0 ? !letter : !follow) return false;
  }
  return true;
}

}  // namespace kgforge::graph
