// SPDX-License-Identifier: MIT
#include "ontology/column_names.hpp"

#include "graph/iri.hpp"
#include "graph/names.hpp"
#include "graph/vocab.hpp"

namespace kgforge::ontology {

namespace {

// The kgf: property of the ontology whose local name folds to `folded`, or "".
std::string_view ontology_property(const Ontology* onto, const std::string& folded) {
  if (onto == nullptr || folded.empty()) return {};
  for (const PropertyInfo& p : onto->properties()) {
    const std::string_view iri = p.iri;
    if (iri.starts_with(vocab::ns::kKgf) && fold_header(iri.substr(vocab::ns::kKgf.size())) == folded) return iri;
  }
  return {};
}

// `header` as an XML name in lower case (Gephi's `Weight` and pandas' `weight` are one
// property): characters a name cannot hold become '_', and a name that
// would start with a digit, '-' or '.' gets a leading '_'.
std::string as_name(std::string_view header) {
  std::string out;
  for (const char ch : header) {
    const auto c = static_cast<unsigned char>(ch);
    const bool ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' ||
                    c == '-' || c == '.' || c >= 0x80;
    out += !ok ? '_' : (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : ch;
  }
  if (out.empty()) return "column";
  if ((out[0] >= '0' && out[0] <= '9') || out[0] == '-' || out[0] == '.') out.insert(out.begin(), '_');
  return out;
}

}  // namespace

std::string fold_header(std::string_view header) {
  std::string out;
  out.reserve(header.size());
  for (const char c : header) {
    if (c == ' ' || c == '_' || c == '-' || c == '.') continue;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

std::vector<graph::Prefix> table_prefixes(const std::vector<graph::Prefix>& declared) {
  std::vector<graph::Prefix> out;
  out.push_back({"biolink", std::string(vocab::ns::kBiolink)});
  out.insert(out.end(), declared.begin(), declared.end());  // a later declaration wins
  return out;
}

std::optional<std::string> column_property(std::string_view header, const Ontology* onto,
                                           std::string_view bare_namespace, const std::vector<graph::Prefix>& prefixes,
                                           std::string* problem) {
  if (header.find(':') != std::string_view::npos || (header.starts_with('<') && header.ends_with('>'))) {
    graph::NameExpansion e = graph::expand_name(header, prefixes);
    if (e.ok()) return std::move(e.iri);
    if (problem != nullptr) *problem = e.message();
    return std::nullopt;
  }
  if (const std::string_view iri = ontology_property(onto, fold_header(header)); !iri.empty()) {
    return std::string(iri);
  }
  return std::string(bare_namespace) + as_name(header);
}

std::string column_header(std::string_view property_iri, const Ontology* onto, std::string_view bare_namespace,
                          const std::vector<std::string_view>& reserved) {
  const std::vector<graph::Prefix> prefixes = table_prefixes({});
  auto reads_back = [&](const std::string& header) {
    const std::optional<std::string> iri = column_property(header, onto, bare_namespace, prefixes);
    return iri && *iri == property_iri;
  };
  auto is_reserved = [&](std::string_view header) {
    const std::string folded = fold_header(header);
    for (std::string_view r : reserved) {
      if (fold_header(r) == folded) return true;
    }
    return false;
  };
  for (std::string_view ns : {vocab::ns::kKgf, bare_namespace}) {
    if (ns.empty() || !property_iri.starts_with(ns)) continue;
    const std::string local(property_iri.substr(ns.size()));
    if (graph::is_ncname(local) && !is_reserved(local) && reads_back(local)) return local;
  }
  if (property_iri.starts_with(vocab::ns::kKgf)) {
    const std::string local(property_iri.substr(vocab::ns::kKgf.size()));
    if (graph::is_ncname(local)) return "kgf:" + local;
  }
  const std::string compact = graph::compact_name(property_iri, prefixes);
  if (compact.find(':') != std::string::npos && reads_back(compact)) return compact;
  return "<" + std::string(property_iri) + ">";
}

}  // namespace kgforge::ontology
