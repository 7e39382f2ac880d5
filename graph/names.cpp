// SPDX-License-Identifier: MIT
#include "graph/names.hpp"

#include <algorithm>

#include "graph/iri.hpp"
#include "graph/vocab.hpp"

namespace kgforge::graph {

namespace {

bool local_ok(std::string_view local) {
  return std::all_of(local.begin(), local.end(), [](unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '-' ||
           c == '.' || c >= 0x80;
  });
}

NameExpansion checked(std::string iri) {
  if (std::optional<std::string> why = iri_problem(iri)) return {std::move(iri), NameProblem::kBadIri, *why};
  return {std::move(iri), NameProblem::kNone, {}};
}

}  // namespace

std::string_view prefix_iri(std::string_view prefix, const std::vector<Prefix>& declared) {
  for (auto it = declared.rbegin(); it != declared.rend(); ++it) {
    if (it->prefix == prefix) return it->iri;
  }
  for (const vocab::WellKnownPrefix& p : vocab::kWellKnownPrefixes) {
    if (p.prefix == prefix) return p.iri;
  }
  return {};
}

std::string NameExpansion::message() const {
  switch (problem) {
    case NameProblem::kUnknownPrefix:
      return "unknown prefix '" + detail + "'";
    case NameProblem::kBadLocalPart:
      return "the part after the prefix holds a character a name cannot";
    case NameProblem::kBadBareName:
      return "a bare name must be an XML name (letters, digits, '-', '_', '.'; not starting with a digit)";
    case NameProblem::kBadIri:
      return "bad IRI '" + iri + "': " + detail;
    case NameProblem::kNone:
      break;
  }
  return "";
}

NameExpansion expand_name(std::string_view name, const std::vector<Prefix>& declared) {
  if (name.size() >= 2 && name.front() == '<' && name.back() == '>')
    return checked(std::string(name.substr(1, name.size() - 2)));
  const std::size_t colon = name.find(':');
  if (colon == std::string_view::npos) {
    if (is_ncname(name)) return {vocab::kgf_term(name), NameProblem::kNone, {}};
    return {{}, NameProblem::kBadBareName, {}};
  }
  if (name.substr(colon).starts_with("://")) return checked(std::string(name));
  const std::string_view prefix = name.substr(0, colon);
  const std::string_view local = name.substr(colon + 1);
  const std::string_view ns = prefix_iri(prefix, declared);
  if (ns.empty()) return {{}, NameProblem::kUnknownPrefix, std::string(prefix)};
  if (!local_ok(local)) return {{}, NameProblem::kBadLocalPart, {}};
  return checked(std::string(ns) + std::string(local));
}

std::string compact_name(std::string_view iri, const std::vector<Prefix>& declared, CompactStyle style) {
  if (style.bare_kgf && iri.starts_with(vocab::ns::kKgf) && is_ncname(iri.substr(vocab::ns::kKgf.size()))) {
    return std::string(iri.substr(vocab::ns::kKgf.size()));
  }
  auto fits = [&](std::string_view ns) {
    return !ns.empty() && iri.starts_with(ns) && is_ncname(iri.substr(ns.size()));
  };
  for (auto it = declared.rbegin(); it != declared.rend(); ++it) {
    if (fits(it->iri) && prefix_iri(it->prefix, declared) == it->iri)
      return it->prefix + ":" + std::string(iri.substr(it->iri.size()));
  }
  for (const vocab::WellKnownPrefix& p : vocab::kWellKnownPrefixes) {
    if (fits(p.iri) && prefix_iri(p.prefix, declared) == p.iri)
      return std::string(p.prefix) + ":" + std::string(iri.substr(p.iri.size()));
  }
  return style.brackets ? "<" + std::string(iri) + ">" : std::string(iri);
}

std::string display_id(const KnowledgeGraph& graph, NodeId n) {
  const std::string_view iri = graph.iri(n);
  if (graph.node(n).blank) return "_:" + std::string(iri);
  const std::string& base = graph.base_iri();
  if (!base.empty() && iri.size() > base.size() && iri.starts_with(base) &&
      iri.find(':', base.size()) == std::string_view::npos && iri[base.size()] != '%') {
    // (cgraph reads a name that starts with '%' as an internal object number: "%20" and
    // "%20%20x" would become one node, so such ids are shown as the full IRI.)
    return std::string(iri.substr(base.size()));
  }
  return std::string(iri);
}

}  // namespace kgforge::graph
