// SPDX-License-Identifier: MIT
#include "importers/lexical.hpp"

#include <algorithm>
#include <cctype>

#include "graph/iri.hpp"

namespace kgforge::importers {

namespace {

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return c >= '0' && c <= '9'; });
}

int number(std::string_view s) {
  int n = 0;
  for (char c : s) n = n * 10 + (c - '0');
  return n;
}

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

// YYYY, YYYY-MM, YYYY-MM-DD by shape only.
bool date_shaped(std::string_view t) {
  if (t.size() != 4 && t.size() != 7 && t.size() != 10) return false;
  if (!all_digits(t.substr(0, 4))) return false;
  if (t.size() >= 7 && (t[4] != '-' || !all_digits(t.substr(5, 2)))) return false;
  if (t.size() == 10 && (t[7] != '-' || !all_digits(t.substr(8, 2)))) return false;
  return true;
}

bool is_integer(std::string_view t) {
  if (!t.empty() && (t[0] == '-' || t[0] == '+')) t.remove_prefix(1);
  return all_digits(t);
}

bool is_decimal(std::string_view t) {
  if (!t.empty() && (t[0] == '-' || t[0] == '+')) t.remove_prefix(1);
  const std::size_t dot = t.find('.');
  if (dot == std::string_view::npos) return all_digits(t);
  const std::string_view whole = t.substr(0, dot);
  const std::string_view frac = t.substr(dot + 1);
  if (whole.empty() && frac.empty()) return false;
  return (whole.empty() || all_digits(whole)) && (frac.empty() || all_digits(frac));
}

bool is_double(std::string_view t) {
  if (t == "INF" || t == "-INF" || t == "+INF" || t == "NaN") return true;
  const std::size_t e = t.find_first_of("eE");
  if (e == std::string_view::npos) return is_decimal(t);
  return is_decimal(t.substr(0, e)) && is_integer(t.substr(e + 1));
}

// [+-]?YYYY-MM-DDThh:mm:ss(.s+)?(Z|[+-]hh:mm)?
bool is_date_time(std::string_view t) {
  const std::size_t tpos = t.find('T');
  if (tpos != 10 || parse_date(t.substr(0, 10)) != DateKind::kDate) return false;
  std::string_view time = t.substr(11);
  if (time.size() < 8 || time[2] != ':' || time[5] != ':') return false;
  if (!all_digits(time.substr(0, 2)) || !all_digits(time.substr(3, 2)) || !all_digits(time.substr(6, 2))) return false;
  if (number(time.substr(0, 2)) > 24 || number(time.substr(3, 2)) > 59 || number(time.substr(6, 2)) > 60) return false;
  time.remove_prefix(8);
  if (!time.empty() && time[0] == '.') {
    std::size_t n = 1;
    while (n < time.size() && std::isdigit(static_cast<unsigned char>(time[n]))) ++n;
    if (n == 1) return false;
    time.remove_prefix(n);
  }
  if (time.empty() || time == "Z") return true;
  return time.size() == 6 && (time[0] == '+' || time[0] == '-') && all_digits(time.substr(1, 2)) && time[3] == ':' &&
         all_digits(time.substr(4, 2));
}

}  // namespace

std::optional<DateKind> parse_date(std::string_view t) {
  if (!date_shaped(t)) return std::nullopt;
  const int year = number(t.substr(0, 4));
  if (t.size() == 4) return DateKind::kYear;
  const int month = number(t.substr(5, 2));
  if (month < 1 || month > 12) return std::nullopt;
  if (t.size() == 7) return DateKind::kYearMonth;
  const int day = number(t.substr(8, 2));
  if (day < 1 || day > days_in_month(year, month)) return std::nullopt;
  return DateKind::kDate;
}

std::string date_datatype(DateKind kind) {
  const std::string xsd(graph::ns::kXsd);
  switch (kind) {
    case DateKind::kDate: return xsd + "date";
    case DateKind::kYearMonth: return xsd + "gYearMonth";
    case DateKind::kYear: return xsd + "gYear";
  }
  return xsd + "date";
}

PlainType classify_plain(std::string_view t) {
  if (t.size() == 10 || t.size() == 7) {
    if (date_shaped(t)) {
      const std::optional<DateKind> kind = parse_date(t);
      if (!kind) return PlainType::kBadDate;
      return *kind == DateKind::kDate ? PlainType::kDate : PlainType::kYearMonth;
    }
  }
  if (t == "true" || t == "false") return PlainType::kBoolean;
  if (is_integer(t)) return PlainType::kInteger;
  if (is_decimal(t)) return PlainType::kDecimal;
  return PlainType::kString;
}

std::optional<std::string> lexical_problem(std::string_view datatype_iri, std::string_view lex) {
  if (datatype_iri.substr(0, graph::ns::kXsd.size()) != graph::ns::kXsd) return std::nullopt;
  const std::string_view local = datatype_iri.substr(graph::ns::kXsd.size());
  bool ok = true;
  if (local == "string" || local == "normalizedString" || local == "token") {
    ok = true;
  } else if (local == "date") {
    ok = parse_date(lex) == DateKind::kDate;
  } else if (local == "gYearMonth") {
    ok = parse_date(lex) == DateKind::kYearMonth;
  } else if (local == "gYear") {
    ok = parse_date(lex) == DateKind::kYear;
  } else if (local == "integer" || local == "long" || local == "int" || local == "short") {
    ok = is_integer(lex);
  } else if (local == "nonNegativeInteger") {
    ok = is_integer(lex) && lex[0] != '-';
  } else if (local == "positiveInteger") {
    ok = is_integer(lex) && lex[0] != '-' && lex.find_first_not_of("+0") != std::string_view::npos;
  } else if (local == "decimal") {
    ok = is_decimal(lex);
  } else if (local == "double" || local == "float") {
    ok = is_double(lex);
  } else if (local == "boolean") {
    ok = lex == "true" || lex == "false" || lex == "1" || lex == "0";
  } else if (local == "dateTime") {
    ok = is_date_time(lex);
  } else if (local == "anyURI") {
    ok = lex.find_first_of(" <>\"{}|\\^`") == std::string_view::npos;
  } else {
    return std::nullopt;
  }
  if (ok) return std::nullopt;
  return "'" + std::string(lex) + "' is not a valid xsd:" + std::string(local);
}

std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates) {
  const std::optional<std::string> match = closest(word, candidates);
  return match ? " (did you mean '" + *match + "'?)" : "";
}

}  // namespace kgforge::importers
