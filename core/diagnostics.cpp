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

const char* aggregated(std::string_view code) {
  // Problems about a term, which a large input repeats on every use of the term. The
  // subject each code is counted by is set where it is reported (ontology/validate.cpp):
  // the class or property IRI; the predicate and the class for a domain or range
  // mismatch; the predicate and the literal's datatype for a wrong datatype.
  struct Row {
    std::string_view code;
    const char* noun;
  };
  static constexpr Row kCounted[] = {
      {"unknown-class", "uses"},     {"unknown-property", "uses"}, {"domain-mismatch", "times"},
      {"range-mismatch", "times"},   {"wrong-datatype", "times"},  {"expected-resource", "times"},
      {"expected-literal", "times"},
  };
  for (const Row& r : kCounted) {
    if (r.code == code) return r.noun;
  }
  return nullptr;
}

std::string with_commas(std::size_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string format_text(const Diagnostic& d) {
  std::string out = printable(to_string(d.where));
  if (!out.empty()) out += ": ";
  out += to_string(d.severity);
  out += ": ";
  out += printable(d.message);
  if (d.count > 1) {
    const char* noun = aggregated(d.code);
    out += " (" + with_commas(d.count) + " " + (noun != nullptr ? noun : "times") + "; first here)";
  }
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
         ",\"code\":" + json_quote(d.code) + ",\"message\":" + json_quote(d.message) +
         ",\"count\":" + std::to_string(d.count) + "}";
}

void Diagnostics::key_into(std::string& key, Severity severity, std::string_view code, std::string_view subject) {
  key.assign(1, static_cast<char>('0' + static_cast<int>(severity)));
  key += code;
  key += '\0';
  key += subject;
}

std::string Diagnostics::key_of(const Diagnostic& d) {
  if (d.subject.empty() || aggregated(d.code) == nullptr) return {};
  std::string key;
  key_into(key, d.severity, d.code, d.subject);
  return key;
}

namespace {

// True if `a` comes before `b` in the same file.
bool earlier(const TextLocation& a, const TextLocation& b) {
  if (a.path != b.path) return false;
  return a.line != b.line ? a.line < b.line : a.column < b.column;
}

}  // namespace

void Diagnostics::add(Diagnostic d) {
  const std::size_t uses = d.count == 0 ? 1 : d.count;
  d.count = uses;
  std::string key = key_of(d);
  if (!key.empty()) {
    if (auto it = counted_.find(key); it != counted_.end()) {
      Diagnostic& kept = items_[it->second];
      kept.count += uses;
      if (earlier(d.where, kept.where)) {  // "first here" is the first place in the file
        kept.where = std::move(d.where);
        kept.message = std::move(d.message);
      }
      if (d.severity == Severity::kError) errors_ += uses;
      if (d.severity == Severity::kWarning) warnings_ += uses;
      return;
    }
  }
  if (d.severity == Severity::kError) {
    if (distinct_errors_ >= limit_) {
      dropped_ += uses;
      return;
    }
    ++distinct_errors_;
    errors_ += uses;
  } else if (d.severity == Severity::kWarning) {
    if (distinct_warnings_ >= warning_limit_) {
      dropped_warnings_ += uses;
      return;
    }
    ++distinct_warnings_;
    warnings_ += uses;
  }
  if (!key.empty()) counted_.emplace(std::move(key), items_.size());
  items_.push_back(std::move(d));
}

bool Diagnostics::counted_again(Severity severity, std::string_view code, std::string_view subject,
                                const TextLocation& where) {
  if (subject.empty() || aggregated(code) == nullptr) return false;
  key_into(key_scratch_, severity, code, subject);
  if (auto it = counted_.find(key_scratch_); it != counted_.end()) {
    Diagnostic& kept = items_[it->second];
    if (earlier(where, kept.where)) return false;  // add() takes this message as the first
    ++kept.count;
  } else if (severity == Severity::kError && distinct_errors_ >= limit_) {
    ++dropped_;
    return true;
  } else if (severity == Severity::kWarning && distinct_warnings_ >= warning_limit_) {
    ++dropped_warnings_;
    return true;
  } else {
    return false;
  }
  if (severity == Severity::kError) ++errors_;
  if (severity == Severity::kWarning) ++warnings_;
  return true;
}

void Diagnostics::error(TextLocation where, std::string code, std::string message, std::string subject) {
  add({Severity::kError, std::move(where), std::move(code), std::move(message), std::move(subject)});
}
void Diagnostics::warning(TextLocation where, std::string code, std::string message, std::string subject) {
  add({Severity::kWarning, std::move(where), std::move(code), std::move(message), std::move(subject)});
}
void Diagnostics::note(TextLocation where, std::string code, std::string message, std::string subject) {
  add({Severity::kNote, std::move(where), std::move(code), std::move(message), std::move(subject)});
}

void Diagnostics::merge(const Diagnostics& other) {
  for (const Diagnostic& d : other.items_) add(d);
  dropped_ += other.dropped_;
  dropped_warnings_ += other.dropped_warnings_;
}

void Diagnostics::promote_warnings() {
  for (Diagnostic& d : items_) {
    if (d.severity == Severity::kWarning) d.severity = Severity::kError;
  }
  errors_ += warnings_;
  distinct_errors_ += distinct_warnings_;
  dropped_ += dropped_warnings_;
  warnings_ = distinct_warnings_ = dropped_warnings_ = 0;
  counted_.clear();  // keys hold the severity
  for (std::size_t i = 0; i < items_.size(); ++i) {
    if (std::string key = key_of(items_[i]); !key.empty()) counted_.emplace(std::move(key), i);
  }
}

void Diagnostics::sort() {
  std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.where.path != b.where.path) return a.where.path < b.where.path;
    if (a.where.line != b.where.line) return a.where.line < b.where.line;
    return a.where.column < b.where.column;
  });
  counted_.clear();
  for (std::size_t i = 0; i < items_.size(); ++i) {
    if (std::string key = key_of(items_[i]); !key.empty()) counted_.emplace(std::move(key), i);
  }
}

}  // namespace kgforge
