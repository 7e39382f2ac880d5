// SPDX-License-Identifier: MIT
// The typed attribute columns the network formats declare (GraphML <key>, GEXF
// <attribute>): one per property and domain, named for pandas, NetworkX, igraph and R,
// typed by the ontology's range or the values' datatypes, string when they disagree.
#ifndef KGFORGE_EXPORTERS_ATTRIBUTE_KEYS_HPP
#define KGFORGE_EXPORTERS_ATTRIBUTE_KEYS_HPP

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/knowledge_graph.hpp"
#include "ontology/ontology.hpp"

namespace kgforge::exporters {

/// A column's value type.
enum class AttrType { kBoolean, kInt, kLong, kDouble, kString };

/// A type's name as GraphML's attr.type and GEXF's attribute type give it (the same but
/// for GEXF's "integer", GraphML's "int").
enum class TypeNames { kGraphml, kGexf };
const char* attr_type_name(AttrType type, TypeNames names);

/// The type of an XSD datatype: integers long (int for those that fit in 32 signed bits:
/// xsd:int and narrower), decimal/double/float double, boolean boolean, else string.
AttrType xsd_attr_type(std::string_view datatype);

/// The value written for `lexical` under `type` (canonical integers, shortest round-trip
/// doubles, INF/-INF/NaN, true/false), or nullopt if it does not fit.
std::optional<std::string> format_as(AttrType type, std::string_view lexical);

/// Names the readers give a meaning of their own: nx.to_pandas_edgelist's `source`,
/// `target` and `key` columns, igraph's `id` (the GraphML id) and `name` (vertex names),
/// R igraph's `from` and `to` (as_data_frame). No column is called any of them.
inline constexpr std::string_view kReservedColumnNames[] = {"id", "key", "source", "target", "from", "to", "name"};

struct AttrKey {
  std::string name;                // the column's name
  std::string desc;                // what it holds (the property IRI for attributes)
  std::optional<AttrType> wanted;  // the ontology's datatype for the property
  AttrType type = AttrType::kString;
  bool typed = false;            // a value has been seen
  bool conflict = false;         // values disagree with each other or with `wanted`
  bool list = false;             // some element has several values
  bool used = false;             // some element in the view has a value
  graph::Sym datatype = 0;       // the one datatype of every literal value (0: none yet)
  bool mixed_datatypes = false;  // literals of different datatypes or with a language tag
  bool has_iri = false;          // some value is an IRI
  bool has_literal = false;      // some value is a literal
  std::string id;                // the format's key id, once declared

  AttrType final_type() const { return list || conflict || !typed ? AttrType::kString : type; }
  /// The description kgforge's GraphML reader reads back: desc, then " (datatype IRI)"
  /// when every value is a literal of that one datatype or " (IRIs)" when every value is
  /// an IRI, then "; JSON array of strings" for a list.
  std::string full_desc(const graph::KnowledgeGraph& graph) const;
};

/// The columns of one domain (node or edge): built-in ones, then one per property.
class AttrKeySet {
 public:
  /// `taken`: names no property column may get (the built-in columns and the format's own).
  AttrKeySet(const graph::KnowledgeGraph& graph, const ontology::Ontology* onto, std::set<std::string> taken);

  std::size_t builtin(std::string name, std::string desc, bool list);
  /// The column of a property IRI, created on first use.
  std::size_t for_property(graph::Sym predicate);
  /// Records one value of column `k`.
  void observe(std::size_t k, const graph::Value& v);

  void mark_list(std::size_t k) { keys_[k].list = true; }
  AttrKey& operator[](std::size_t k) { return keys_[k]; }
  const std::vector<AttrKey>& keys() const { return keys_; }
  std::vector<AttrKey>& keys() { return keys_; }

 private:
  std::string unique_name(std::string_view iri);

  const graph::KnowledgeGraph& graph_;
  const ontology::Ontology* onto_;
  std::set<std::string> names_;
  std::vector<AttrKey> keys_;
  std::unordered_map<graph::Sym, std::size_t> by_sym_;
  std::vector<std::size_t> direct_;  // Sym -> key + 1 (0: look in by_sym_)
};

}  // namespace kgforge::exporters

#endif  // KGFORGE_EXPORTERS_ATTRIBUTE_KEYS_HPP
