// SPDX-License-Identifier: MIT
#include "core/diagnostics.hpp"

#include <algorithm>
#include <cstdio>
#include <string_view>

namespace kgforge {

const char* to_string(Severity severity) {
  switch (severity) {
    case Severity::kNote: return "note";
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
  }
  return "error";
}

std::string format_text(const Diagnostic& d) {
  std::string out = to_string(d.where);
  if (!out.empty()) out += ": ";
  out += to_string(d.severity);
  out += ": ";
  out += d.message;
  if (!d.code.empty()) out += " [" + d.code + "]";
  return out;
}

std::string json_quote(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
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
