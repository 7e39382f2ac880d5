// SPDX-License-Identifier: MIT
#include "exporters/attribute_keys.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdint>

#include "exporters/export_view.hpp"
#include "graph/names.hpp"
#include "graph/vocab.hpp"
#include "graph/xsd.hpp"

namespace kgforge::exporters {

AttrType xsd_attr_type(std::string_view datatype) {
  if (const std::optional<xsd::IntegerType> t = xsd::integer_type(datatype)) {
    const bool fits_int = t->bits != 0 && (t->is_signed ? t->bits <= 32 : t->bits < 32);
    return fits_int ? AttrType::kInt : AttrType::kLong;
  }
  switch (xsd::numeric_kind(datatype)) {
    case xsd::NumericKind::kDecimal:
    case xsd::NumericKind::kDouble:
    case xsd::NumericKind::kFloat:
      return AttrType::kDouble;
    case xsd::NumericKind::kBoolean:
      return AttrType::kBoolean;
    default:
      break;
  }
  return AttrType::kString;
}

const char* attr_type_name(AttrType type, TypeNames names) {
  switch (type) {
    case AttrType::kBoolean:
      return "boolean";
    case AttrType::kInt:
      return names == TypeNames::kGexf ? "integer" : "int";
    case AttrType::kLong:
      return "long";
    case AttrType::kDouble:
      return "double";
    case AttrType::kString:
      break;
  }
  return "string";
}

std::optional<std::string> format_as(AttrType type, std::string_view lexical) {
  char buf[64];
  if (type == AttrType::kString) return std::string(lexical);
  if (type == AttrType::kBoolean) {
    if (lexical == "true" || lexical == "1") return std::string("true");
    if (lexical == "false" || lexical == "0") return std::string("false");
    return std::nullopt;
  }
  if (type == AttrType::kInt || type == AttrType::kLong) {
    const std::optional<std::int64_t> v = xsd::to_int64(lexical);
    if (!v || (type == AttrType::kInt && (*v < INT32_MIN || *v > INT32_MAX))) return std::nullopt;
    return std::string(buf, std::to_chars(buf, buf + sizeof buf, *v).ptr);
  }
  const std::optional<double> value = xsd::to_double(lexical);
  if (!value) return std::nullopt;
  const double d = *value;
  if (std::isnan(d)) return std::string("NaN");
  if (std::isinf(d)) return std::string(d > 0 ? "INF" : "-INF");
  return std::string(buf, std::to_chars(buf, buf + sizeof buf, d).ptr);
}

std::string AttrKey::full_desc(const graph::KnowledgeGraph& graph) const {
  std::string out = desc;
  if (has_iri && !has_literal)
    out += " (IRIs)";
  else if (!has_iri && datatype != 0 && !mixed_datatypes)
    out += " (datatype " + std::string(graph.str(datatype)) + ")";
  if (list && desc.find("JSON") == std::string::npos) out += "; JSON array of strings";
  return out;
}

AttrKeySet::AttrKeySet(const graph::KnowledgeGraph& graph, const ontology::Ontology* onto, std::set<std::string> taken)
    : graph_(graph), onto_(onto), names_(std::move(taken)) {}

std::size_t AttrKeySet::builtin(std::string name, std::string desc, bool list) {
  AttrKey key;
  key.name = std::move(name);
  key.desc = std::move(desc);
  key.list = list;
  keys_.push_back(std::move(key));
  return keys_.size() - 1;
}

std::size_t AttrKeySet::for_property(graph::Sym predicate) {
  if (predicate < direct_.size() && direct_[predicate] != 0) return direct_[predicate] - 1;
  auto [it, added] = by_sym_.try_emplace(predicate, keys_.size());
  if (predicate < (1u << 20)) {  // a flat cache for the (few, early-interned) property Syms
    if (direct_.size() <= predicate) direct_.resize(predicate + 1, 0);
    direct_[predicate] = it->second + 1;
  }
  if (!added) return it->second;
  const std::string_view iri = graph_.str(predicate);
  AttrKey key;
  key.name = unique_name(iri);
  key.desc = std::string(iri);
  if (onto_ != nullptr) {
    const ontology::PropertyInfo* info = onto_->find_property(iri);
    if (info != nullptr && info->range.size() == 1 && !xsd::local_name(info->range[0]).empty()) {
      key.wanted = xsd_attr_type(info->range[0]);
    }
  }
  keys_.push_back(std::move(key));
  return it->second;
}

void AttrKeySet::observe(std::size_t k, const graph::Value& v) {
  AttrKey& key = keys_[k];
  AttrType candidate = AttrType::kString;
  if (v.is_literal() && v.language == 0 && v.datatype != 0) candidate = xsd_attr_type(graph_.str(v.datatype));
  if (!v.is_literal()) {
    key.has_iri = true;
  } else {
    key.has_literal = true;
    if (v.language != 0 || v.datatype == 0 || (key.datatype != 0 && key.datatype != v.datatype))
      key.mixed_datatypes = true;
    else
      key.datatype = v.datatype;
  }
  if (key.wanted) candidate = *key.wanted;
  if (candidate != AttrType::kString && (!v.is_literal() || !format_as(candidate, graph_.str(v.text))))
    key.conflict = true;
  if (!key.typed)
    key.type = candidate, key.typed = true;
  else if (key.type != candidate)
    key.conflict = true;
}

// A name pandas, NetworkX, igraph and R take as it is: the short name (graph::compact_name) with
// anything but ASCII letters, digits and '_' made '_' (schema:foundingDate ->
// schema_foundingDate), "p_" before a leading digit or '_', "kgf_" before a reserved
// name (kgf:source -> kgf_source), and _2, _3, ... after a name already taken.
std::string AttrKeySet::unique_name(std::string_view iri) {
  // (A name the GraphML reader did not find in the ontology keeps the name it had there.)
  std::string name = iri.starts_with(vocab::ns::kGraphmlTerms)
                         ? std::string(iri.substr(vocab::ns::kGraphmlTerms.size()))
                         : graph::compact_name(iri, graph_.prefixes(), {.brackets = false});
  for (char& c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (!(std::isalnum(u) && u < 0x80)) c = '_';
  }
  if (name.empty() || name[0] == '_' || std::isdigit(static_cast<unsigned char>(name[0]))) name = "p_" + name;
  if (std::find(std::begin(kReservedColumnNames), std::end(kReservedColumnNames), name) !=
      std::end(kReservedColumnNames))
    name = "kgf_" + name;
  std::string candidate = name;
  for (int n = 2; !names_.insert(candidate).second; ++n) candidate = name + "_" + std::to_string(n);
  return candidate;
}

}  // namespace kgforge::exporters
