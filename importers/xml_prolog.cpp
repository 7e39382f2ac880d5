// SPDX-License-Identifier: MIT
#include "importers/xml_prolog.hpp"

#include <cctype>

namespace kgforge::importers {

namespace {

bool is_name_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return std::isalnum(u) || c == '_' || c == '-' || c == '.' || c == ':' || u >= 0x80;
}

bool keyword_at(std::string_view t, std::size_t j, std::string_view word) {
  return t.compare(j, word.size(), word) == 0 && (j == 0 || !is_name_byte(t[j - 1])) &&
         (j + word.size() >= t.size() || !is_name_byte(t[j + word.size()]));
}

}  // namespace

PrologScan scan_xml_prolog(std::string_view t, PrologRules rules) {
  constexpr std::size_t npos = std::string_view::npos;
  std::size_t i = t.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  for (;;) {
    while (i < t.size() && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r')) ++i;
    if (i >= t.size()) return {};
    if (t.compare(i, 2, "<?") == 0) {
      const std::size_t e = t.find("?>", i);
      if (e == npos) return {};
      i = e + 2;
    } else if (t.compare(i, 4, "<!--") == 0) {
      const std::size_t e = t.find("-->", i);
      if (e == npos) return {};
      i = e + 3;
    } else if (t.compare(i, 9, "<!DOCTYPE") == 0) {
      bool subset = false;
      for (std::size_t j = i + 9; j < t.size(); ++j) {
        const char c = t[j];
        if (c == '"' || c == '\'') {
          const std::size_t e = t.find(c, j + 1);
          if (e == npos) return {};
          j = e;
        } else if (t.compare(j, 4, "<!--") == 0) {
          const std::size_t e = t.find("-->", j);
          if (e == npos) return {};
          j = e + 2;
        } else if (c == '[') {
          subset = true;
        } else if (c == ']') {
          subset = false;
        } else if (c == '>' && !subset) {
          return {true, 0, {}};
        } else if (rules.refuse_entities && subset && t.compare(j, 8, "<!ENTITY") == 0) {
          return {true, j,
                  "the DOCTYPE declares an entity (<!ENTITY): entities are not read in this format; write the "
                  "text out"};
        } else if ((keyword_at(t, j, "SYSTEM") || keyword_at(t, j, "PUBLIC")) &&
                   (subset || !rules.allow_external_dtd)) {
          return {true, j,
                  "the DOCTYPE refers to an external " + std::string(subset ? "entity" : "DTD") + " (" +
                      std::string(t.substr(j, 6)) +
                      "): kgforge does not read files or URLs named by a document; define entities inline "
                      "or write the text out"};
        }
      }
      return {};
    } else {
      return {true, 0, {}};  // the root element (or something the parser will report)
    }
  }
}

TextLocation offset_location(const std::string& path, std::string_view text, std::size_t at) {
  TextLocation where{path, 1, 1};
  for (std::size_t i = 0; i < at && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++where.line;
      where.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++where.column;
    }
  }
  return where;
}

}  // namespace kgforge::importers
