// SPDX-License-Identifier: MIT
#include "importers/lexical.hpp"

#include "graph/vocab.hpp"
#include "graph/xsd.hpp"

namespace kgforge::importers {

PlainType classify_plain(std::string_view t) {
  if ((t.size() == 10 || t.size() == 7) && xsd::is_plain_date_shaped(t)) {
    const std::optional<xsd::DateKind> kind = xsd::parse_plain_date(t);
    if (!kind) return PlainType::kBadDate;
    return *kind == xsd::DateKind::kDate ? PlainType::kDate : PlainType::kYearMonth;
  }
  if (t == "true" || t == "false") return PlainType::kBoolean;
  if (xsd::is_valid(vocab::xsd::kInteger, t)) return PlainType::kInteger;
  if (xsd::is_valid(vocab::xsd::kDecimal, t)) return PlainType::kDecimal;
  return PlainType::kString;
}

}  // namespace kgforge::importers
