// SPDX-License-Identifier: MIT
#include "core/diagnostics.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string_view>

namespace kgforge {

namespace {

// True if `s` (2 to 4 bytes) is one well-formed UTF-8 sequence (no overlong form,
// no surrogate, at most U+10FFFF). core/ does not depend on graph/, hence this copy
// of the shape check.
bool graph_free_utf8(std::string_view s) {
  const auto b = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  for (std::size_t k = 1; k < s.size(); ++k) {
    if ((b(k) & 0xC0) != 0x80) return false;
  }
  if (s.size() == 3 && b(0) == 0xE0 && b(1) < 0xA0) return false;
  if (s.size() == 3 && b(0) == 0xED && b(1) >= 0xA0) return false;
  if (s.size() == 4 && (b(0) > 0xF4 || (b(0) == 0xF0 && b(1) < 0x90) || (b(0) == 0xF4 && b(1) >= 0x90))) return false;
  return true;
}

}  // namespace

const char* to_string(Severity severity) {
  switch (severity) {
    case Severity::kNote:
      return "note";
    case Severity::kWarning:
      return "warning";
    case Severity::kError:
      return "error";
  }
  return "error";
}

std::string printable(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  char buf[16];
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == 0x7F) {
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
      ++i;
      continue;
    }
    if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    const std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (len == 0 || i + len > s.size() || !graph_free_utf8(s.substr(i, len))) {
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
      ++i;
      continue;
    }
    std::uint32_t cp = c & (0x7F >> len);
    for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    if (cp >= 0x80 && cp <= 0x9F) {
      std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(cp));
      out += buf;
    } else if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
      std::snprintf(buf, sizeof buf, "\\u{%04X}", static_cast<unsigned>(cp));
      out += buf;
    } else {
      out.append(s.substr(i, len));
    }
    i += len;
  }
  return out;
}

std::string format_text(const Diagnostic& d) {
  std::string out = printable(to_string(d.where));
  if (!out.empty()) out += ": ";
  out += to_string(d.severity);
  out += ": ";
  out += printable(d.message);
  if (!d.code.empty()) out += " [" + printable(d.code) + "]";
  return out;
}

std::string json_quote(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

std::string format_json(const Diagnostic& d) {
  return "{\"severity\":" + json_quote(to_string(d.severity)) + ",\"file\":" + json_quote(d.where.path) +
         ",\"line\":" + std::to_string(d.where.line) + ",\"column\":" + std::to_string(d.where.column) +
         ",\"code\":" + json_quote(d.code) + ",\"message\":" + json_quote(d.message) + "}";
}

void Diagnostics::add(Diagnostic d) {
  if (d.severity == Severity::kError) {
    if (errors_ >= limit_) {
      ++dropped_;
      return;
    }
    ++errors_;
  } else if (d.severity == Severity::kWarning) {
    ++warnings_;
  }
  items_.push_back(std::move(d));
}

void Diagnostics::error(TextLocation where, std::string code, std::string message) {
  add({Severity::kError, std::move(where), std::move(code), std::move(message)});
}
void Diagnostics::warning(TextLocation where, std::string code, std::string message) {
  add({Severity::kWarning, std::move(where), std::move(code), std::move(message)});
}
void Diagnostics::note(TextLocation where, std::string code, std::string message) {
  add({Severity::kNote, std::move(where), std::move(code), std::move(message)});
}

void Diagnostics::merge(const Diagnostics& other) {
  for (const Diagnostic& d : other.items_) add(d);
  dropped_ += other.dropped_;
}

void Diagnostics::promote_warnings() {
  for (Diagnostic& d : items_) {
    if (d.severity == Severity::kWarning) {
      d.severity = Severity::kError;
      --warnings_;
      ++errors_;
    }
  }
}

void Diagnostics::sort() {
  std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.where.path != b.where.path) return a.where.path < b.where.path;
    if (a.where.line != b.where.line) return a.where.line < b.where.line;
    return a.where.column < b.where.column;
  });
}

}  // namespace kgforge
