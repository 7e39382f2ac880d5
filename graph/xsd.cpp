// SPDX-License-Identifier: MIT
#include "graph/xsd.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <limits>

#include "graph/iri.hpp"
#include "graph/vocab.hpp"

namespace kgforge::xsd {

namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view s) {
  for (char c : s) {
    if (!digit(c)) return false;
  }
  return true;
}

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

// An optional time zone: Z or (+|-)hh:mm (at most 14:00); must end the string.
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
  if (out) *out = negative ? -y : y;
  return true;
}

bool date_part(std::string_view& s) {
  long long y = 0;
  int m = 0, d = 0;
  if (!year(s, &y) || !eat(s, '-') || !two(s, 1, 12, &m) || !eat(s, '-') || !two(s, 1, 31, &d)) return false;
  return d <= days_in_month(y, m);
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
  return h < 24 || (m == 0 && sec == 0 && fraction_zero);  // 24:00:00 is the end of the day
}

// Splits an optional sign; returns the rest. `negative` is set for '-'.
std::string_view strip_sign(std::string_view s, bool& negative) {
  negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  return s;
}

enum class Sign { kAny, kNonNegative, kPositive, kNonPositive, kNegative };

bool is_integer(std::string_view s, Sign sign) {
  bool negative = false;
  s = strip_sign(s, negative);
  if (s.empty() || !all_digits(s)) return false;
  const bool zero = s.find_first_not_of('0') == std::string_view::npos;
  switch (sign) {
    case Sign::kNonNegative:
      return !negative || zero;
    case Sign::kPositive:
      return !negative && !zero;
    case Sign::kNonPositive:
      return negative || zero;
    case Sign::kNegative:
      return negative && !zero;
    case Sign::kAny:
      break;
  }
  return true;
}

bool is_decimal(std::string_view s) {
  bool negative = false;
  s = strip_sign(s, negative);
  const std::size_t whole = digits(s, 0);
  std::size_t fraction = 0;
  if (eat(s, '.')) fraction = digits(s, 0);
  return s.empty() && whole + fraction > 0;
}

bool is_special_double(std::string_view s) { return s == "INF" || s == "-INF" || s == "+INF" || s == "NaN"; }

bool is_double(std::string_view s) {
  if (is_special_double(s)) return true;
  const std::size_t e = s.find_first_of("eE");
  if (e == std::string_view::npos) return is_decimal(s);
  return is_decimal(s.substr(0, e)) && is_integer(s.substr(e + 1), Sign::kAny);
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

bool is_any_uri(std::string_view s) {
  for (unsigned char c : s) {
    if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '\\' || c == '^' ||
        c == '`') {
      return false;
    }
  }
  return true;
}

// One row per checked datatype: its local name and its lexical check.
struct Checked {
  std::string_view local;
  bool (*valid)(std::string_view);
};

bool any_text(std::string_view) { return true; }

constexpr Checked kChecked[] = {
    {"string", any_text},
    {"normalizedString", any_text},
    {"token", any_text},
    {"boolean", [](std::string_view s) { return s == "true" || s == "false" || s == "1" || s == "0"; }},
    {"integer", [](std::string_view s) { return is_integer(s, Sign::kAny); }},
    {"long", [](std::string_view s) { return is_integer(s, Sign::kAny); }},
    {"int", [](std::string_view s) { return is_integer(s, Sign::kAny); }},
    {"short", [](std::string_view s) { return is_integer(s, Sign::kAny); }},
    {"byte", [](std::string_view s) { return is_integer(s, Sign::kAny); }},
    {"nonNegativeInteger", [](std::string_view s) { return is_integer(s, Sign::kNonNegative); }},
    {"unsignedLong", [](std::string_view s) { return is_integer(s, Sign::kNonNegative); }},
    {"unsignedInt", [](std::string_view s) { return is_integer(s, Sign::kNonNegative); }},
    {"unsignedShort", [](std::string_view s) { return is_integer(s, Sign::kNonNegative); }},
    {"unsignedByte", [](std::string_view s) { return is_integer(s, Sign::kNonNegative); }},
    {"positiveInteger", [](std::string_view s) { return is_integer(s, Sign::kPositive); }},
    {"nonPositiveInteger", [](std::string_view s) { return is_integer(s, Sign::kNonPositive); }},
    {"negativeInteger", [](std::string_view s) { return is_integer(s, Sign::kNegative); }},
    {"decimal", is_decimal},
    {"double", is_double},
    {"float", is_double},
    {"date", [](std::string_view s) { return date_part(s) && timezone_and_end(s); }},
    {"dateTime", [](std::string_view s) { return date_part(s) && eat(s, 'T') && time_part(s) && timezone_and_end(s); }},
    {"time", [](std::string_view s) { return time_part(s) && timezone_and_end(s); }},
    {"gYear", [](std::string_view s) { return year(s, nullptr) && timezone_and_end(s); }},
    {"gYearMonth",
     [](std::string_view s) { return year(s, nullptr) && eat(s, '-') && two(s, 1, 12) && timezone_and_end(s); }},
    {"gMonth", [](std::string_view s) { return eat(s, '-') && eat(s, '-') && two(s, 1, 12) && timezone_and_end(s); }},
    {"gDay",
     [](std::string_view s) {
       return eat(s, '-') && eat(s, '-') && eat(s, '-') && two(s, 1, 31) && timezone_and_end(s);
     }},
    {"gMonthDay",
     [](std::string_view s) {
       int m = 0, d = 0;
       return eat(s, '-') && eat(s, '-') && two(s, 1, 12, &m) && eat(s, '-') && two(s, 1, 31, &d) &&
              d <= days_in_month(2000, m) && timezone_and_end(s);
     }},
    {"duration", is_duration},
    {"anyURI", is_any_uri},
    {"language", graph::is_language_tag},
};

const Checked* find_checked(std::string_view datatype_iri) {
  const std::string_view local = local_name(datatype_iri);
  if (local.empty()) return nullptr;
  for (const Checked& c : kChecked) {
    if (c.local == local) return &c;
  }
  return nullptr;
}

std::string_view trim_leading_zeros(std::string_view s) {
  while (s.size() > 1 && s[0] == '0') s.remove_prefix(1);
  return s;
}

bool canonical_integer(std::string_view lexical, std::string& out) {
  if (!is_integer(lexical, Sign::kAny)) return false;
  bool negative = false;
  const std::string_view value = trim_leading_zeros(strip_sign(lexical, negative));
  out.clear();
  if (negative && value != "0") out += '-';
  out += value;
  return true;
}

bool canonical_decimal(std::string_view lexical, std::string& out) {
  if (!is_decimal(lexical)) return false;
  bool negative = false;
  const std::string_view body = strip_sign(lexical, negative);
  const std::size_t dot = body.find('.');
  std::string_view whole = body.substr(0, dot);
  std::string_view frac = dot == std::string_view::npos ? std::string_view() : body.substr(dot + 1);
  whole = whole.empty() ? "0" : trim_leading_zeros(whole);
  while (!frac.empty() && frac.back() == '0') frac.remove_suffix(1);
  if (frac.empty()) frac = "0";
  out.clear();
  if (negative && !(whole == "0" && frac == "0")) out += '-';
  out.append(whole).append(".").append(frac);
  return true;
}

// "1.5e+02" (from std::to_chars, scientific) -> "1.5E2"; "1e+00" -> "1.0E0".
void xsd_scientific(std::string_view sci, std::string& out) {
  const std::size_t e = sci.find('e');
  const std::string_view mantissa = sci.substr(0, e);
  bool negative = false;
  const std::string_view exponent = trim_leading_zeros(strip_sign(sci.substr(e + 1), negative));
  out.assign(mantissa);
  if (mantissa.find('.') == std::string_view::npos) out += ".0";
  out += 'E';
  if (negative && exponent != "0") out += '-';
  out += exponent;
}

// Reads a finite xsd:double/float lexical form (special values excluded).
template <class Float>
std::optional<Float> parse_finite(std::string_view lexical) {
  if (is_special_double(lexical) || !is_double(lexical)) return std::nullopt;
  const std::string_view body = lexical[0] == '+' ? lexical.substr(1) : lexical;
  std::string buffer(body);
  if (buffer[0] == '.' || (buffer[0] == '-' && buffer.size() > 1 && buffer[1] == '.')) {
    buffer.insert(buffer[0] == '-' ? 1 : 0, "0");  // from_chars wants a digit before '.'
  }
  Float value{};
  const auto [end, ec] = std::from_chars(buffer.data(), buffer.data() + buffer.size(), value);
  if (ec != std::errc() || end != buffer.data() + buffer.size()) return std::nullopt;
  return value;
}

template <class Float>
bool canonical_floating(std::string_view lexical, std::string& out) {
  if (is_special_double(lexical)) {
    out.assign(lexical[0] == '+' ? lexical.substr(1) : lexical);
    return true;
  }
  const std::optional<Float> value = parse_finite<Float>(lexical);
  if (!value) return false;
  char text[64];
  const auto result = std::to_chars(text, text + sizeof text, *value, std::chars_format::scientific);
  xsd_scientific(std::string_view(text, static_cast<std::size_t>(result.ptr - text)), out);
  return true;
}

}  // namespace

std::string_view local_name(std::string_view datatype_iri) {
  if (datatype_iri.size() <= vocab::ns::kXsd.size() || !datatype_iri.starts_with(vocab::ns::kXsd)) return {};
  return datatype_iri.substr(vocab::ns::kXsd.size());
}

bool is_checked(std::string_view datatype_iri) { return find_checked(datatype_iri) != nullptr; }

bool is_valid(std::string_view datatype_iri, std::string_view lexical) {
  const Checked* c = find_checked(datatype_iri);
  return c == nullptr || c->valid(lexical);
}

std::optional<std::string> lexical_problem(std::string_view datatype_iri, std::string_view lexical) {
  if (is_valid(datatype_iri, lexical)) return std::nullopt;
  return "'" + std::string(lexical) + "' is not a valid " + display(datatype_iri);
}

std::string display(std::string_view datatype_iri) {
  const std::string_view local = local_name(datatype_iri);
  if (!local.empty()) return "xsd:" + std::string(local);
  return "<" + std::string(datatype_iri) + ">";
}

bool is_leap_year(long long y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(long long y, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(y) ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

bool is_plain_date_shaped(std::string_view t) {
  if (t.size() != 4 && t.size() != 7 && t.size() != 10) return false;
  if (!all_digits(t.substr(0, 4))) return false;
  if (t.size() >= 7 && (t[4] != '-' || !all_digits(t.substr(5, 2)))) return false;
  if (t.size() == 10 && (t[7] != '-' || !all_digits(t.substr(8, 2)))) return false;
  return true;
}

std::optional<DateKind> parse_plain_date(std::string_view t) {
  if (!is_plain_date_shaped(t)) return std::nullopt;
  const int y = number(t.substr(0, 4));
  if (t.size() == 4) return DateKind::kYear;
  const int month = number(t.substr(5, 2));
  if (month < 1 || month > 12) return std::nullopt;
  if (t.size() == 7) return DateKind::kYearMonth;
  const int day = number(t.substr(8, 2));
  if (day < 1 || day > days_in_month(y, month)) return std::nullopt;
  return DateKind::kDate;
}

std::string_view datatype_of(DateKind kind) {
  switch (kind) {
    case DateKind::kYearMonth:
      return vocab::xsd::kGYearMonth;
    case DateKind::kYear:
      return vocab::xsd::kGYear;
    case DateKind::kDate:
      break;
  }
  return vocab::xsd::kDate;
}

std::optional<std::string> date_bound(std::string_view d, bool last) {
  const std::optional<DateKind> kind = parse_plain_date(d);
  if (!kind) return std::nullopt;
  std::string out(d);
  if (*kind == DateKind::kYear) out += last ? "-12" : "-01";
  if (*kind != DateKind::kDate) {
    const int days = last ? days_in_month(std::stoll(out.substr(0, 4)), std::stoi(out.substr(5, 2))) : 1;
    out += days < 10 ? "-0" + std::to_string(days) : "-" + std::to_string(days);
  }
  return out;
}

NumericKind numeric_kind(std::string_view datatype_iri) {
  const std::string_view local = local_name(datatype_iri);
  if (local == "decimal") return NumericKind::kDecimal;
  if (local == "double") return NumericKind::kDouble;
  if (local == "float") return NumericKind::kFloat;
  if (local == "boolean") return NumericKind::kBoolean;
  if (integer_type(datatype_iri)) return NumericKind::kInteger;
  return NumericKind::kNone;
}

bool canonical_lexical(std::string_view lexical, NumericKind kind, std::string& out) {
  switch (kind) {
    case NumericKind::kInteger:
      return canonical_integer(lexical, out);
    case NumericKind::kDecimal:
      return canonical_decimal(lexical, out);
    case NumericKind::kDouble:
      return canonical_floating<double>(lexical, out);
    case NumericKind::kFloat:
      return canonical_floating<float>(lexical, out);
    case NumericKind::kBoolean:
      if (lexical == "true" || lexical == "1") {
        out = "true";
      } else if (lexical == "false" || lexical == "0") {
        out = "false";
      } else {
        return false;
      }
      return true;
    case NumericKind::kNone:
      break;
  }
  out.assign(lexical);
  return true;
}

std::optional<IntegerType> integer_type(std::string_view datatype_iri) {
  struct Row {
    std::string_view local;
    IntegerType type;
  };
  static constexpr Row kIntegers[] = {
      {"integer", {0, true}},
      {"nonNegativeInteger", {0, true}},
      {"positiveInteger", {0, true}},
      {"nonPositiveInteger", {0, true}},
      {"negativeInteger", {0, true}},
      {"long", {64, true}},
      {"int", {32, true}},
      {"short", {16, true}},
      {"byte", {8, true}},
      {"unsignedLong", {64, false}},
      {"unsignedInt", {32, false}},
      {"unsignedShort", {16, false}},
      {"unsignedByte", {8, false}},
  };
  const std::string_view local = local_name(datatype_iri);
  for (const Row& r : kIntegers) {
    if (r.local == local) return r.type;
  }
  return std::nullopt;
}

std::optional<std::int64_t> to_int64(std::string_view lexical) {
  if (!is_integer(lexical, Sign::kAny)) return std::nullopt;
  if (lexical[0] == '+') lexical.remove_prefix(1);
  std::int64_t v = 0;
  const auto [end, ec] = std::from_chars(lexical.data(), lexical.data() + lexical.size(), v);
  if (ec != std::errc() || end != lexical.data() + lexical.size()) return std::nullopt;
  return v;
}

std::optional<double> to_double(std::string_view lexical) {
  if (lexical == "INF" || lexical == "+INF") return std::numeric_limits<double>::infinity();
  if (lexical == "-INF") return -std::numeric_limits<double>::infinity();
  if (lexical == "NaN") return std::numeric_limits<double>::quiet_NaN();
  return parse_finite<double>(lexical);
}

}  // namespace kgforge::xsd
