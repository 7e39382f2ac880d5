// SPDX-License-Identifier: MIT
#include "ontology/datatypes.hpp"

#include <array>
#include <cctype>
#include <cstdint>

#include "graph/iri.hpp"

namespace kgforge::ontology {

namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

// Consumes [0-9]{min,} from s; returns the count (0 if fewer than min).
std::size_t digits(std::string_view& s, std::size_t min = 1) {
  std::size_t n = 0;
  while (n < s.size() && digit(s[n])) ++n;
  if (n < min) return 0;
  s.remove_prefix(n);
  return n;
}

bool eat(std::string_view& s, char c) {
  if (s.empty() || s.front() != c) return false;
  s.remove_prefix(1);
  return true;
}

int number(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// Two digits in [lo, hi].
bool two(std::string_view& s, int lo, int hi, int* out = nullptr) {
  if (s.size() < 2 || !digit(s[0]) || !digit(s[1])) return false;
  const int v = number(s.substr(0, 2));
  s.remove_prefix(2);
  if (out) *out = v;
  return v >= lo && v <= hi;
}

// An optional time zone: Z or (+|-)hh:mm; must end the string.
bool timezone_and_end(std::string_view s) {
  if (s.empty()) return true;
  if (s == "Z") return true;
  if (s.front() != '+' && s.front() != '-') return false;
  s.remove_prefix(1);
  int hours = 0;
  if (!two(s, 0, 14, &hours) || !eat(s, ':')) return false;
  int minutes = 0;
  if (!two(s, 0, 59, &minutes) || !s.empty()) return false;
  return hours < 14 || minutes == 0;
}

// -?YYYY (four or more digits, no leading zero beyond four); sets the year.
bool year(std::string_view& s, long long* out) {
  const bool negative = eat(s, '-');
  const std::string_view start = s;
  const std::size_t n = digits(s, 4);
  if (n == 0 || (n > 4 && start.front() == '0') || n > 9) return false;
  long long y = 0;
  for (char c : start.substr(0, n)) y = y * 10 + (c - '0');
  if (y == 0 && n == 4 && negative) return true;  // -0000 is allowed in XSD 1.1 as year 0
  if (out) *out = negative ? -y : y;
  return true;
}

bool leap(long long y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in(long long y, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && leap(y) ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

bool date_part(std::string_view& s) {
  long long y = 0;
  int m = 0, d = 0;
  if (!year(s, &y) || !eat(s, '-') || !two(s, 1, 12, &m) || !eat(s, '-') || !two(s, 1, 31, &d)) return false;
  return d <= days_in(y, m);
}

bool time_part(std::string_view& s) {
  int h = 0, m = 0, sec = 0;
  if (!two(s, 0, 24, &h) || !eat(s, ':') || !two(s, 0, 59, &m) || !eat(s, ':') || !two(s, 0, 59, &sec)) return false;
  bool fraction_zero = true;
  if (eat(s, '.')) {
    const std::string_view f = s;
    const std::size_t n = digits(s);
    if (n == 0) return false;
    for (char c : f.substr(0, n)) fraction_zero = fraction_zero && c == '0';
  }
  return h < 24 || (m == 0 && sec == 0 && fraction_zero);
}

bool is_integer(std::string_view s, int sign) {  // sign: 0 any, 1 >= 0, 2 > 0, -1 <= 0, -2 < 0
  bool negative = false;
  if (!s.empty() && (s.front() == '+' || s.front() == '-')) {
    negative = s.front() == '-';
    s.remove_prefix(1);
  }
  if (s.empty()) return false;
  bool zero = true;
  for (char c : s) {
    if (!digit(c)) return false;
    zero = zero && c == '0';
  }
  switch (sign) {
    case 1: return !negative || zero;
    case 2: return !negative && !zero;
    case -1: return negative || zero;
    case -2: return negative && !zero;
    default: return true;
  }
}

bool is_decimal(std::string_view s) {
  if (!s.empty() && (s.front() == '+' || s.front() == '-')) s.remove_prefix(1);
  const std::size_t whole = digits(s, 0);
  std::size_t fraction = 0;
  if (eat(s, '.')) fraction = digits(s, 0);
  return s.empty() && whole + fraction > 0;
}

bool is_double(std::string_view s) {
  if (s == "INF" || s == "-INF" || s == "+INF" || s == "NaN") return true;
  const std::size_t e = s.find_first_of("eE");
  if (e == std::string_view::npos) return is_decimal(s);
  return is_decimal(s.substr(0, e)) && is_integer(s.substr(e + 1), 0);
}

bool is_duration(std::string_view s) {
  eat(s, '-');
  if (!eat(s, 'P')) return false;
  bool any = false;
  auto component = [&](char designator) {
    std::string_view t = s;
    if (digits(t) == 0 || !eat(t, designator)) return;
    s = t;
    any = true;
  };
  component('Y');
  component('M');
  component('D');
  if (eat(s, 'T')) {
    const bool before = any;
    any = false;
    component('H');
    component('M');
    std::string_view t = s;  // seconds may have a fraction
    if (digits(t) > 0 && (eat(t, '.') ? digits(t) > 0 : true) && eat(t, 'S')) {
      s = t;
      any = true;
    }
    if (!any) return false;
    any = any || before;
  }
  return any && s.empty();
}

bool is_language(std::string_view s) {
  std::size_t run = 0;
  bool first = true;
  for (char c : s) {
    if (c == '-') {
      if (run == 0) return false;
      run = 0;
      first = false;
      continue;
    }
    const bool ok = std::isalpha(static_cast<unsigned char>(c)) || (!first && digit(c));
    if (!ok || ++run > 8) return false;
  }
  return run > 0;
}

bool is_any_uri(std::string_view s) {
  for (unsigned char c : s) {
    if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '\\' || c == '^' ||
        c == '`') {
      return false;
    }
  }
  return true;
}

bool check(std::string_view local, std::string_view s) {
  if (local == "string" || local == "normalizedString" || local == "token") return true;
  if (local == "boolean") return s == "true" || s == "false" || s == "1" || s == "0";
  if (local == "integer" || local == "long" || local == "int" || local == "short" || local == "byte") return is_integer(s, 0);
  if (local == "nonNegativeInteger" || local == "unsignedLong" || local == "unsignedInt" || local == "unsignedShort" ||
      local == "unsignedByte") {
    return is_integer(s, 1);
  }
  if (local == "positiveInteger") return is_integer(s, 2);
  if (local == "nonPositiveInteger") return is_integer(s, -1);
  if (local == "negativeInteger") return is_integer(s, -2);
  if (local == "decimal") return is_decimal(s);
  if (local == "double" || local == "float") return is_double(s);
  if (local == "date") return date_part(s) && timezone_and_end(s);
  if (local == "dateTime") return date_part(s) && eat(s, 'T') && time_part(s) && timezone_and_end(s);
  if (local == "time") return time_part(s) && timezone_and_end(s);
  if (local == "gYear") return year(s, nullptr) && timezone_and_end(s);
  if (local == "gYearMonth") return year(s, nullptr) && eat(s, '-') && two(s, 1, 12) && timezone_and_end(s);
  if (local == "gMonth") return eat(s, '-') && eat(s, '-') && two(s, 1, 12) && timezone_and_end(s);
  if (local == "gDay") return eat(s, '-') && eat(s, '-') && eat(s, '-') && two(s, 1, 31) && timezone_and_end(s);
  if (local == "gMonthDay") {
    int m = 0, d = 0;
    return eat(s, '-') && eat(s, '-') && two(s, 1, 12, &m) && eat(s, '-') && two(s, 1, 31, &d) &&
           d <= days_in(2000, m) && timezone_and_end(s);
  }
  if (local == "duration") return is_duration(s);
  if (local == "anyURI") return is_any_uri(s);
  if (local == "language") return is_language(s);
  return true;
}

constexpr std::string_view kChecked[] = {
    "string", "normalizedString", "token", "boolean", "integer", "long", "int", "short", "byte",
    "nonNegativeInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte", "positiveInteger",
    "nonPositiveInteger", "negativeInteger", "decimal", "double", "float", "date", "dateTime", "time", "gYear",
    "gYearMonth", "gMonth", "gDay", "gMonthDay", "duration", "anyURI", "language"};

}  // namespace

bool is_checked_datatype(std::string_view datatype_iri) {
  if (!datatype_iri.starts_with(graph::ns::kXsd)) return false;
  const std::string_view local = datatype_iri.substr(graph::ns::kXsd.size());
  for (std::string_view k : kChecked) {
    if (k == local) return true;
  }
  return false;
}

bool is_valid_lexical(std::string_view datatype_iri, std::string_view lexical) {
  if (!is_checked_datatype(datatype_iri)) return true;
  return check(datatype_iri.substr(graph::ns::kXsd.size()), lexical);
}

std::string datatype_display(std::string_view datatype_iri) {
  if (datatype_iri.starts_with(graph::ns::kXsd)) return "xsd:" + std::string(datatype_iri.substr(graph::ns::kXsd.size()));
  return "<" + std::string(datatype_iri) + ">";
}

}  // namespace kgforge::ontology
