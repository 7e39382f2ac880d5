// SPDX-License-Identifier: MIT
#include "exporters/markup.hpp"

#include <cstdint>

#include "core/diagnostics.hpp"

namespace kgforge::exporters {

namespace {

constexpr char kHex[] = "0123456789ABCDEF";

// Decodes the UTF-8 sequence at s[i]; returns its length (0 if malformed:
// truncated, overlong, a surrogate or above U+10FFFF) and sets `cp`.
std::size_t decode(std::string_view s, std::size_t i, std::uint32_t& cp) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  std::size_t len = 0;
  std::uint32_t min = 0;
  if ((b0 & 0xE0) == 0xC0)
    len = 2, cp = b0 & 0x1F, min = 0x80;
  else if ((b0 & 0xF0) == 0xE0)
    len = 3, cp = b0 & 0x0F, min = 0x800;
  else if ((b0 & 0xF8) == 0xF0)
    len = 4, cp = b0 & 0x07, min = 0x10000;
  else
    return 0;
  if (i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

std::string hex_cp(std::uint32_t cp) {
  std::string out = "U+";
  for (int shift = cp > 0xFFFF ? 16 : 12; shift >= 0; shift -= 4) out += kHex[(cp >> shift) & 0xF];
  return out;
}

}  // namespace

std::optional<std::string> xml_char_problem(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x80) {
      ++i;
      continue;
    }
    std::uint32_t cp = 0;
    const std::size_t len = decode(s, i, cp);
    if (len == 0) return "invalid UTF-8 at byte " + std::to_string(i);
    const bool bad = (cp < 0x20 && cp != 0x09 && cp != 0x0A && cp != 0x0D) || cp == 0xFFFE || cp == 0xFFFF;
    if (bad) return "character " + hex_cp(cp) + " at byte " + std::to_string(i);
    i += len;
  }
  return std::nullopt;
}

void append_xml_escaped(std::string& out, std::string_view s) {
  std::size_t run = 0;  // start of the pending run of plain bytes
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char* ref = nullptr;
    switch (s[i]) {
      case '&':
        ref = "&amp;";
        break;
      case '<':
        ref = "&lt;";
        break;
      case '>':
        ref = "&gt;";
        break;
      case '"':
        ref = "&quot;";
        break;
      case '\'':
        ref = "&apos;";
        break;
      case '\r':
        ref = "&#13;";
        break;
      case '\t':
        ref = "&#9;";
        break;
      case '\n':
        ref = "&#10;";
        break;
      default:
        continue;
    }
    out.append(s.substr(run, i - run));
    out.append(ref);
    run = i + 1;
  }
  out.append(s.substr(run));
}

void append_json_string(std::string& out, std::string_view s) { out += json_quote(s); }

void script_safe_json(std::string& json) {
  std::string out;
  out.reserve(json.size());
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (c == '<') {
      out += "\\u003c";
    } else if (c == '>') {
      out += "\\u003e";
    } else if (c == '&') {
      out += "\\u0026";
    } else if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' &&
               (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
      out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += c;
    }
  }
  json = std::move(out);
}

std::string json_array(const std::vector<std::string_view>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ',';
    append_json_string(out, items[i]);
  }
  out += ']';
  return out;
}

namespace {

enum class DotMode { kId, kText, kTooltip };

void append_dot(std::string& out, std::string_view s, DotMode mode) {
  out += '"';
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '&' && mode != DotMode::kId) {
      out += "&amp;";
    } else if (c == '\\' && mode == DotMode::kTooltip) {
      out += "\\\\\\\\";
    } else if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\n";
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out += c;
    }
  }
  out += '"';
}

}  // namespace

void append_dot_quoted(std::string& out, std::string_view s) { append_dot(out, s, DotMode::kId); }

void append_dot_text(std::string& out, std::string_view s) { append_dot(out, s, DotMode::kText); }

void append_dot_tooltip(std::string& out, std::string_view s) { append_dot(out, s, DotMode::kTooltip); }

std::string dot_quoted(std::string_view s) {
  std::string out;
  append_dot_quoted(out, s);
  return out;
}

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

namespace {

// Byte length of the first `n` code points of `s`.
std::size_t prefix_bytes(std::string_view s, std::size_t n) {
  std::size_t i = 0;
  for (std::size_t seen = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && seen++ == n) break;
  }
  return i;
}

void wrap_line(std::string_view line, std::size_t width, std::vector<std::string>& lines) {
  if (code_points(line) <= width) {
    lines.emplace_back(line);
    return;
  }
  std::string cur;
  bool started = false;
  std::size_t pos = 0;
  while (pos <= line.size()) {
    std::size_t end = line.find(' ', pos);
    if (end == std::string_view::npos) end = line.size();
    std::string_view word = line.substr(pos, end - pos);
    pos = end + 1;
    while (code_points(word) > width) {
      if (started) lines.push_back(std::move(cur)), cur.clear(), started = false;
      const std::size_t cut = prefix_bytes(word, width);
      lines.emplace_back(word.substr(0, cut));
      word.remove_prefix(cut);
    }
    if (!started) {
      cur.assign(word);
      started = true;
    } else if (code_points(cur) + 1 + code_points(word) <= width) {
      cur += ' ';
      cur.append(word);
    } else {
      lines.push_back(std::move(cur));
      cur.assign(word);
    }
  }
  if (started) lines.push_back(std::move(cur));
}

}  // namespace

std::string wrap_label(std::string_view s, std::size_t width) {
  std::string text;
  text.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\r') {
      text += s[i];
    } else {
      text += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    }
  }
  std::vector<std::string> lines;
  std::size_t pos = 0;
  while (true) {
    const std::size_t end = text.find('\n', pos);
    wrap_line(std::string_view(text).substr(pos, end == std::string::npos ? std::string::npos : end - pos), width,
              lines);
    if (end == std::string::npos) break;
    pos = end + 1;
  }
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) out += '\n';
    out += lines[i];
  }
  return out;
}

}  // namespace kgforge::exporters
