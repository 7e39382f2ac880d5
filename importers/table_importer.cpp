// SPDX-License-Identifier: MIT
// Reads node and edge tables: a header row names the columns; each column takes a role
// (id, name, category, source, target, predicate, ...) by its header's synonyms or by
// a --*-column flag, and every other column is an attribute (node table) or a
// qualifier (edge table) whose values the ontology types (docs/tables.md).
#include "importers/table_importer.hpp"

#include <algorithm>
#include <functional>
#include <istream>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>

#include "core/text.hpp"
#include "graph/iri.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/names.hpp"
#include "graph/vocab.hpp"
#include "graph/xsd.hpp"
#include "importers/csv_reader.hpp"
#include "importers/lexical.hpp"
#include "ontology/column_names.hpp"
#include "ontology/ontology.hpp"

namespace kgforge::importers {

namespace {

using graph::KnowledgeGraph;
using graph::NodeId;
using graph::Value;
using ontology::fold_header;

// Where the nodes of a table go when nothing gives them a base (no --base, no YAML base).
constexpr std::string_view kDefaultBase = "urn:kgforge:table:";

enum class Role {
  kAttribute,  // node attribute or edge qualifier
  kId,
  kIri,
  kName,
  kCategory,
  kDescription,
  kAlias,
  kSameAs,
  kSource,
  kTarget,
  kPredicate,
  kIgnored,    // an edge table's own id column (relations have no id), an unnamed column (pandas' index)
  kDirection,  // Gephi's Type: Directed / Undirected
  kInterval,   // Gephi's Time Interval: <[start, end]>
};

struct Synonym {
  std::string_view folded;  // fold_header() of the header
  Role role;
};

// Node tables: KGX (id, category, name, description, synonym, same_as, iri), Gephi (Id, Label).
constexpr Synonym kNodeSynonyms[] = {
    {"id", Role::kId},
    {"nodeid", Role::kId},
    {"iri", Role::kIri},
    {"uri", Role::kIri},
    {"name", Role::kName},
    {"label", Role::kName},
    {"category", Role::kCategory},
    {"categories", Role::kCategory},
    {"class", Role::kCategory},
    {"classes", Role::kCategory},
    {"type", Role::kCategory},
    {"types", Role::kCategory},
    {"description", Role::kDescription},
    {"synonym", Role::kAlias},
    {"synonyms", Role::kAlias},
    {"alias", Role::kAlias},
    {"aliases", Role::kAlias},
    {"sameas", Role::kSameAs},
};

// Edge tables: KGX (subject, predicate, object), Gephi (Source, Target, Type, Label,
// Time Interval), edge lists (source, target; from, to).
constexpr Synonym kEdgeSynonyms[] = {
    {"subject", Role::kSource},      {"source", Role::kSource},      {"from", Role::kSource},
    {"object", Role::kTarget},       {"target", Role::kTarget},      {"to", Role::kTarget},
    {"predicate", Role::kPredicate}, {"relation", Role::kPredicate}, {"edgelabel", Role::kPredicate},
    {"id", Role::kIgnored},          {"type", Role::kDirection},     {"timeinterval", Role::kInterval},
    {"timeset", Role::kInterval},
};

// Gephi's edge Label is the predicate when no predicate column is given.
constexpr std::string_view kEdgeLabel = "label";

// Gephi's start / end columns: the relation's period.
struct DateSynonym {
  std::string_view folded;
  std::string_view property;
};
constexpr DateSynonym kDateSynonyms[] = {
    {"start", vocab::kgf::kSince},
    {"end", vocab::kgf::kUntil},
};

struct Column {
  Role role = Role::kAttribute;
  std::string header;
  std::uint32_t column = 0;               // where the header cell is
  graph::Sym property = 0;                // attributes: the property IRI
  bool object = false;                    // the ontology links it to a resource
  std::vector<std::string> datatypes;     // the ontology's datatypes for it (empty: typed by the value)
  std::vector<graph::Sym> datatype_syms;  // datatypes, interned (0 for xsd:string)
  bool split = true;                      // values are `|` lists
};

// Text -> Sym for the cells of one column that name terms (categories, predicates): each
// distinct text is expanded once, however many rows repeat it. Heterogeneous lookup, so
// a hit makes no string.
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using TermCache = std::unordered_map<std::string, graph::Sym, TextHash, std::equal_to<>>;
constexpr std::size_t kTermCacheMax = 4096;  // distinct terms remembered per table

struct Table {
  std::string name;
  graph::Sym file = 0;  // the name, interned once
  std::unique_ptr<CsvReader> reader;
  std::vector<Column> columns;
  bool edges = false;
  bool kgx = false;
  bool readable = true;
  std::uint32_t header_line = 1;
  TermCache classes;     // category text -> class IRI
  TermCache predicates;  // predicate text -> predicate IRI
};

// A reference to a node by id in a node attribute, resolved once every node table is read.
struct PendingRef {
  NodeId node;
  graph::Sym property;
  std::string text;
  TextLocation where;
  graph::Location loc;
};

// Splits a cell into its `|` list items; `\|` is a '|' and `\\` a '\' inside an item.
std::vector<std::string> split_list(const std::string& cell, bool split) {
  std::vector<std::string> items;
  std::string item;
  for (std::size_t i = 0; i < cell.size(); ++i) {
    const char c = cell[i];
    if (split && c == '\\' && i + 1 < cell.size() && (cell[i + 1] == '|' || cell[i + 1] == '\\')) {
      item += cell[++i];
    } else if (split && c == '|') {
      items.push_back(std::move(item));
      item.clear();
    } else {
      item += c;
    }
  }
  items.push_back(std::move(item));
  std::erase_if(items, [](const std::string& s) { return s.empty(); });
  return items;
}

std::string trim(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return std::string(s);
}

bool is_date_type(std::string_view datatype) {
  const std::string_view local = xsd::local_name(datatype);
  return local == "date" || local == "dateTime" || local == "gYear" || local == "gYearMonth" || local == "time";
}

class TableReader {
 public:
  TableReader(KnowledgeGraph& g, Diagnostics& diags, const ImportOptions& options)
      : g_(g), diags_(diags), options_(options), onto_(options.ontology) {}
  void read(const std::vector<TableSource>& sources);

 private:
  void error(const std::string& file, std::uint32_t line, std::uint32_t column, const char* code, std::string message) {
    diags_.error({file, line, column}, code, std::move(message));
  }
  void report_syntax(Table& t);
  void read_header(Table& t, const std::vector<CsvField>& header);
  std::optional<Role> forced_role(const std::string& header, bool edges) const;
  void type_column(Table& t, Column& c);
  bool row_fits(Table& t, std::vector<CsvField>& row);

  void read_node_row(Table& t, const std::vector<CsvField>& row);
  void read_edge_row(Table& t, const std::vector<CsvField>& row);
  void resolve_pending();

  std::optional<std::string> node_iri(const Table& t, const CsvField& id);
  std::optional<std::string> iri_of_reference(std::string_view text) const;
  std::optional<NodeId> find_id(std::string_view id) const;
  std::optional<NodeId> endpoint(Table& t, const CsvField& cell);
  std::string suggest(std::string_view id);
  std::optional<std::string> expand_term(const Table& t, const CsvField& cell, std::string_view item, bool is_class);
  std::optional<Value> literal(const Table& t, const Column& c, const CsvField& cell, const std::string& item);
  std::optional<std::pair<std::string, std::string>> interval(const Table& t, const CsvField& cell);

  KnowledgeGraph& g_;
  Diagnostics& diags_;
  const ImportOptions& options_;
  const ontology::Ontology* onto_;
  std::vector<graph::Prefix> prefixes_;
  std::string base_;
  bool strict_ = false;                         // an edge naming no known node is an error (else it makes the node)
  std::unordered_map<graph::Sym, NodeId> ids_;  // table id -> node (defined where the node's `where` says)
  std::vector<PendingRef> pending_;
  std::size_t suggestions_ = 0;
  std::unordered_map<std::string, bool> undirected_warned_;
  // Datatype IRIs of plainly typed values, interned on first use.
  graph::Sym xsd_date_ = 0, xsd_year_month_ = 0, xsd_integer_ = 0, xsd_decimal_ = 0, xsd_boolean_ = 0;
  graph::Sym datatype(graph::Sym& slot, std::string_view iri) {
    if (slot == 0) slot = g_.intern(iri);
    return slot;
  }
  std::optional<graph::Sym> term(Table& t, TermCache& cache, const CsvField& cell, std::string_view item,
                                 bool is_class);
};

// --- headers -------------------------------------------------------------------------

std::optional<Role> TableReader::forced_role(const std::string& header, bool edges) const {
  const ImportOptions::TableColumns& f = options_.table_columns;
  auto is = [&](const std::string& flag) { return !flag.empty() && fold_header(flag) == fold_header(header); };
  if (!edges && is(f.id)) return Role::kId;
  if (edges && is(f.source)) return Role::kSource;
  if (edges && is(f.target)) return Role::kTarget;
  if (edges && is(f.predicate)) return Role::kPredicate;
  return std::nullopt;
}

void TableReader::read_header(Table& t, const std::vector<CsvField>& header) {
  // Which kind of table: source and target columns make an edge table.
  bool source = false;
  bool target = false;
  bool id = false;
  bool subject = false;
  bool object = false;
  bool category = false;
  const ImportOptions::TableColumns& flags = options_.table_columns;
  for (const CsvField& h : header) {
    const std::string folded = fold_header(trim(h.text));
    auto flag = [&](const std::string& f) { return !f.empty() && fold_header(f) == folded; };
    source = source || folded == "subject" || folded == "source" || folded == "from" || flag(flags.source);
    target = target || folded == "object" || folded == "target" || folded == "to" || flag(flags.target);
    id = id || folded == "id" || folded == "nodeid" || flag(flags.id);
    subject = subject || folded == "subject";
    object = object || folded == "object";
    category = category || folded == "category";
  }
  if (source && target) {
    t.edges = true;
    t.kgx = subject && object;
  } else if (id) {
    t.kgx = category;
  } else {
    error(t.name, t.header_line, 1, "unknown-table",
          "this header names neither a node table (an 'id' column) nor an edge table ('source' and 'target', "
          "'subject' and 'object', or 'from' and 'to' columns); name the columns with --id-column, "
          "--source-column and --target-column");
    t.readable = false;
    return;
  }
  const std::string_view bare_ns = t.kgx ? vocab::ns::kBiolink : vocab::ns::kKgfColumn;
  bool has_predicate = false;
  std::vector<bool> taken(32, false);
  auto take = [&](Role r) {
    const auto i = static_cast<std::size_t>(r);
    if (taken[i]) return false;
    taken[i] = true;
    return true;
  };
  // Flags first, so a flag's column wins over a synonym.
  std::vector<std::optional<Role>> roles(header.size());
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (const std::optional<Role> r = forced_role(trim(header[i].text), t.edges); r && take(*r)) roles[i] = r;
  }
  // Then the synonyms, in the order of the table: "predicate" wins over "relation".
  for (const Synonym& s : t.edges ? std::span<const Synonym>(kEdgeSynonyms) : std::span<const Synonym>(kNodeSynonyms)) {
    const bool flagged =
        (s.role == Role::kId && !flags.id.empty()) || (s.role == Role::kSource && !flags.source.empty()) ||
        (s.role == Role::kTarget && !flags.target.empty()) || (s.role == Role::kPredicate && !flags.predicate.empty());
    if (flagged) continue;
    for (std::size_t i = 0; i < header.size(); ++i) {
      if (!roles[i] && fold_header(trim(header[i].text)) == s.folded && take(s.role)) roles[i] = s.role;
    }
  }
  for (const std::optional<Role>& r : roles) has_predicate = has_predicate || r == Role::kPredicate;
  for (std::size_t i = 0; i < header.size(); ++i) {
    Column c;
    c.header = trim(header[i].text);
    c.column = header[i].column;
    const std::string folded = fold_header(c.header);
    if (roles[i]) {
      c.role = *roles[i];
    } else if (c.header.empty()) {
      c.role = Role::kIgnored;  // pandas writes its index under an empty header
    } else if (t.edges && !has_predicate && folded == kEdgeLabel && take(Role::kPredicate)) {
      c.role = Role::kPredicate;
    } else {
      std::string property;
      for (const DateSynonym& d : kDateSynonyms) {
        if (t.edges && folded == d.folded) property = d.property;
      }
      if (property.empty()) {
        std::string problem;
        const std::optional<std::string> iri = ontology::column_property(c.header, onto_, bare_ns, prefixes_, &problem);
        if (!iri) {
          error(t.name, t.header_line, c.column, "bad-name",
                "bad column name '" + c.header + "': " + problem + " (a column is a property: a bare name, " +
                    "prefix:local or <IRI>)");
          c.role = Role::kIgnored;  // ignored from here on
          t.columns.push_back(std::move(c));
          continue;
        }
        property = *iri;
      }
      c.property = g_.intern(property);
      type_column(t, c);
    }
    c.split = c.role != Role::kId && c.role != Role::kIri && c.role != Role::kName && c.role != Role::kDescription &&
              c.role != Role::kSource && c.role != Role::kTarget && c.role != Role::kPredicate;
    t.columns.push_back(std::move(c));
  }
}

// What the ontology says of the column's property: a resource, or literals of some datatypes.
void TableReader::type_column(Table& /*t*/, Column& c) {
  if (onto_ == nullptr) return;
  const std::string_view iri = g_.str(c.property);
  const ontology::PropertyInfo* info = onto_->find_property(iri);
  if (info == nullptr) return;
  c.object = info->kind == ontology::PropertyInfo::Kind::kObject;
  if (info->kind != ontology::PropertyInfo::Kind::kDatatype) return;
  for (const ontology::PropertyInfo* p : onto_->lineage(iri)) {
    if (!p->datatypes.empty()) {
      c.datatypes = p->datatypes;
      for (const std::string& dt : c.datatypes)
        c.datatype_syms.push_back(dt == vocab::xsd::kString ? 0 : g_.intern(dt));
      break;
    }
  }
}

void TableReader::report_syntax(Table& t) {
  for (const CsvProblem& p : t.reader->problems()) error(t.name, p.line, p.column, "bad-csv", p.message);
  t.reader->problems().clear();
}

// A row longer than the header is an error; a shorter one is read with empty trailing
// cells, as pandas and KGX read it, and warned about.
bool TableReader::row_fits(Table& t, std::vector<CsvField>& row) {
  if (row.size() == t.columns.size()) return true;
  const std::string counts = "this row has " + std::to_string(row.size()) + " field" + (row.size() == 1 ? "" : "s") +
                             "; the header (line " + std::to_string(t.header_line) + ") has " +
                             std::to_string(t.columns.size());
  if (row.size() > t.columns.size()) {
    error(t.name, row.front().line, row[t.columns.size()].column, "ragged-row",
          counts + " (quote a field that holds the delimiter)");
    return false;
  }
  diags_.warning({t.name, row.front().line, row.back().column}, "short-row",
                 counts + "; the missing fields are read as empty");
  const CsvField last = row.back();
  row.resize(t.columns.size(), CsvField{std::string(), last.line, last.column});
  return true;
}

// --- ids, references, terms ---------------------------------------------------------

// An IRI written in a cell: <IRI>, prefix:local with a known prefix, or an absolute IRI
// (a CURIE whose prefix is unknown, such as KGX's HGNC:11603, is such an IRI).
std::optional<std::string> TableReader::iri_of_reference(std::string_view text) const {
  if (text.size() >= 2 && text.front() == '<' && text.back() == '>') {
    const std::string iri(text.substr(1, text.size() - 2));
    if (graph::iri_problem(iri)) return std::nullopt;
    return iri;
  }
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  if (!text.substr(colon).starts_with("://")) {
    const std::string_view ns = graph::prefix_iri(text.substr(0, colon), prefixes_);
    if (!ns.empty()) {
      std::string iri = std::string(ns) + std::string(text.substr(colon + 1));
      if (!graph::iri_problem(iri)) return iri;
    }
  }
  if (graph::iri_problem(text)) return std::nullopt;
  return std::string(text);
}

std::optional<std::string> TableReader::node_iri(const Table& t, const CsvField& id) {
  if (std::optional<std::string> iri = iri_of_reference(id.text)) return iri;
  std::string iri = base_ + graph::mint_iri_suffix(id.text);
  if (const std::optional<std::string> why = graph::iri_problem(iri)) {
    error(t.name, id.line, id.column, "bad-iri", "the id '" + id.text + "' gives no IRI: " + *why);
    return std::nullopt;
  }
  return iri;
}

std::optional<NodeId> TableReader::find_id(std::string_view id) const {
  if (const graph::Sym s = g_.strings().find(id); s != 0 || id.empty()) {
    if (const auto it = ids_.find(s); it != ids_.end()) return it->second;
  }
  if (id.find(':') == std::string_view::npos) {
    if (const std::optional<NodeId> n = g_.find_by_id(id)) return n;  // a YAML entity
  }
  if (const std::optional<std::string> iri = iri_of_reference(id)) return g_.find_node(*iri);
  return std::nullopt;
}

// Suggestions cost a pass over every id; a run makes at most a few dozen.
std::string TableReader::suggest(std::string_view id) {
  if (diags_.full() || ++suggestions_ > 20) return "";
  std::vector<std::string_view> candidates;
  candidates.reserve(ids_.size());
  for (const auto& entry : ids_) candidates.push_back(g_.str(entry.first));
  return did_you_mean(id, candidates);
}

std::optional<NodeId> TableReader::endpoint(Table& t, const CsvField& cell) {
  const std::string id = trim(cell.text);
  if (id.empty()) {
    error(t.name, cell.line, cell.column, "missing-id", "an edge needs a source and a target; this cell is empty");
    return std::nullopt;
  }
  if (const std::optional<NodeId> n = find_id(id)) return n;
  if (strict_) {
    error(t.name, cell.line, cell.column, "unknown-node", "no node has the id '" + id + "'" + suggest(id));
    return std::nullopt;
  }
  CsvField trimmed = cell;
  trimmed.text = id;
  const std::optional<std::string> iri = node_iri(t, trimmed);
  if (!iri) return std::nullopt;
  const NodeId n = g_.add_node(*iri, {t.file, cell.line, cell.column});
  ids_.emplace(g_.intern(id), n);
  return n;
}

// A category or predicate: a CURIE, an IRI, or a bare name (an ontology term: exactly,
// or by its folded name, "member_of" for memberOf; else a kgf: term, which validation judges).
std::optional<std::string> TableReader::expand_term(const Table& t, const CsvField& cell, std::string_view item,
                                                    bool is_class) {
  const char* what = is_class ? "category" : "predicate";
  if (item.find(':') == std::string_view::npos && !(item.starts_with('<') && item.ends_with('>'))) {
    const std::string exact = vocab::kgf_term(item);
    const bool known =
        onto_ != nullptr && (is_class ? onto_->find_class(exact) != nullptr : onto_->find_property(exact) != nullptr);
    if (!known && onto_ != nullptr) {
      const std::string folded = fold_header(item);
      if (is_class) {
        for (const ontology::ClassInfo& c : onto_->classes()) {
          if (c.iri.starts_with(vocab::ns::kKgf) && fold_header(c.iri.substr(vocab::ns::kKgf.size())) == folded)
            return c.iri;
        }
      } else {
        for (const ontology::PropertyInfo& p : onto_->properties()) {
          if (p.iri.starts_with(vocab::ns::kKgf) && fold_header(p.iri.substr(vocab::ns::kKgf.size())) == folded)
            return p.iri;
        }
      }
    }
  }
  graph::NameExpansion e = graph::expand_name(item, prefixes_);
  if (e.ok()) return std::move(e.iri);
  // A CURIE of a prefix nobody declared (KGX's RO:0002434) is taken as an IRI, as ids are.
  if (e.problem == graph::NameProblem::kUnknownPrefix && !graph::iri_problem(item)) return std::string(item);
  std::string hint;
  if (!is_class && t.edges) {
    for (const Column& c : t.columns) {
      if (c.role == Role::kPredicate && fold_header(c.header) == kEdgeLabel)
        hint = " (an edge table's Label is read as the predicate; name another column with --predicate-column)";
    }
  }
  error(t.name, cell.line, cell.column, e.problem == graph::NameProblem::kBadIri ? "bad-iri" : "bad-name",
        "bad " + std::string(what) + " '" + std::string(item) + "': " + e.message() + hint);
  return std::nullopt;
}

// expand_term, interned, through the table's cache of the texts already expanded (a
// failure is not cached: it is reported where it occurs).
std::optional<graph::Sym> TableReader::term(Table& t, TermCache& cache, const CsvField& cell, std::string_view item,
                                            bool is_class) {
  if (const auto it = cache.find(item); it != cache.end()) return it->second;
  const std::optional<std::string> iri = expand_term(t, cell, item, is_class);
  if (!iri) return std::nullopt;
  const graph::Sym sym = g_.intern(*iri);
  if (cache.size() < kTermCacheMax) cache.emplace(std::string(item), sym);
  return sym;
}

// A literal for an attribute or qualifier column: of the ontology's datatypes when it
// has some (the first the text fits), else typed by how it is written, as an unquoted
// YAML scalar is: an integer, a decimal, a double, a boolean, a date; else a string.
std::optional<Value> TableReader::literal(const Table& t, const Column& c, const CsvField& cell,
                                          const std::string& item) {
  if (!c.datatypes.empty()) {
    for (std::size_t i = 0; i < c.datatypes.size(); ++i) {
      if (!xsd::is_valid(c.datatypes[i], item)) continue;
      return Value::literal(g_.intern(item), c.datatype_syms[i]);
    }
    std::string wanted;
    bool dates = false;
    bool numbers = false;
    for (std::size_t i = 0; i < c.datatypes.size(); ++i) {
      wanted += (i == 0 ? "" : i + 1 == c.datatypes.size() ? " or " : ", ") + xsd::display(c.datatypes[i]);
      dates = dates || is_date_type(c.datatypes[i]);
      numbers = numbers || xsd::numeric_kind(c.datatypes[i]) != xsd::NumericKind::kNone;
    }
    const char* code = dates ? "bad-date" : numbers ? "bad-number" : "bad-literal";
    error(t.name, cell.line, cell.column, code,
          "'" + item + "' is not a valid value of column '" + c.header + "', which takes " + wanted +
              (dates ? " (dates are YYYY-MM-DD, YYYY-MM or YYYY, real ones)" : ""));
    return std::nullopt;
  }
  const graph::Sym lexical = g_.intern(item);
  switch (classify_plain(item)) {
    case PlainType::kDate:
      return Value::literal(lexical, datatype(xsd_date_, vocab::xsd::kDate));
    case PlainType::kYearMonth:
      return Value::literal(lexical, datatype(xsd_year_month_, vocab::xsd::kGYearMonth));
    case PlainType::kInteger:
      return Value::literal(lexical, datatype(xsd_integer_, vocab::xsd::kInteger));
    case PlainType::kDecimal:
      return Value::literal(lexical, datatype(xsd_decimal_, vocab::xsd::kDecimal));
    case PlainType::kBoolean:
      return Value::literal(lexical, datatype(xsd_boolean_, vocab::xsd::kBoolean));
    case PlainType::kBadDate:
      error(t.name, cell.line, cell.column, "bad-date",
            "'" + item + "' in column '" + c.header + "' is not a real date");
      return std::nullopt;
    case PlainType::kString:
      break;
  }
  const bool numeric_shape = item.find_first_of("eE") != std::string::npos && item.find_first_of("0123456789") == 0;
  if ((numeric_shape || item[0] == '-' || item[0] == '+' || item[0] == '.') &&
      xsd::is_valid(vocab::xsd::kDouble, item) && item != "INF" && item != "NaN")
    return Value::literal(lexical, g_.intern(vocab::xsd::kDouble));
  return Value::literal(lexical);
}

// Gephi's Time Interval: <[start, end]> (several spells: <[a, b]; [c, d]>). Bounds are
// dates (a date-time keeps its date); "-inf", "inf" and "" leave that end open.
std::optional<std::pair<std::string, std::string>> TableReader::interval(const Table& t, const CsvField& cell) {
  std::string s = trim(cell.text);
  if (s.starts_with('<') && s.ends_with('>')) s = s.substr(1, s.size() - 2);
  const std::size_t open = s.find_first_of("[(");
  const std::size_t close = s.find_first_of("])");
  const std::size_t comma = s.find(',');
  if (open == std::string::npos || close == std::string::npos || comma == std::string::npos || comma > close ||
      open > comma) {
    error(t.name, cell.line, cell.column, "bad-date",
          "'" + cell.text + "' is not a time interval: Gephi writes <[start, end]>");
    return std::nullopt;
  }
  if (s.find('[', close) != std::string::npos || s.find('(', close) != std::string::npos) {
    diags_.warning({t.name, cell.line, cell.column}, "several-spells",
                   "this interval has several spells; a relation has one period, so only the first is read");
  }
  auto bound = [&](std::string b) -> std::optional<std::string> {
    b = trim(b);
    const std::string l = lower(b);
    if (b.empty() || l == "inf" || l == "-inf" || l == "infinity" || l == "-infinity") return std::string();
    if (b.size() > 10 && b[10] == 'T') b = b.substr(0, 10);
    if (!xsd::parse_plain_date(b)) {
      error(t.name, cell.line, cell.column, "bad-date",
            "'" + b + "' in the time interval '" + cell.text +
                "' is not a date (YYYY-MM-DD, YYYY-MM or YYYY; Gephi's numeric time steps cannot be read)");
      return std::nullopt;
    }
    return b;
  };
  const std::optional<std::string> start = bound(s.substr(open + 1, comma - open - 1));
  const std::optional<std::string> end = bound(s.substr(comma + 1, close - comma - 1));
  if (!start || !end) return std::nullopt;
  return std::make_pair(*start, *end);
}

// --- rows ----------------------------------------------------------------------------

void TableReader::read_node_row(Table& t, const std::vector<CsvField>& row) {
  const CsvField* id = nullptr;
  const CsvField* iri_cell = nullptr;
  for (std::size_t i = 0; i < t.columns.size(); ++i) {
    if (t.columns[i].role == Role::kId) id = &row[i];
    if (t.columns[i].role == Role::kIri && !row[i].text.empty()) iri_cell = &row[i];
  }
  const std::string key = id ? trim(id->text) : std::string();
  if (id == nullptr || key.empty()) {
    const CsvField& at = id ? *id : row.front();
    error(t.name, at.line, at.column, "missing-id", "a node needs an id; this cell is empty");
    return;
  }
  const TextLocation here{t.name, id->line, id->column};
  const graph::Sym key_sym = g_.intern(key);
  if (const auto it = ids_.find(key_sym); it != ids_.end()) {
    const TextLocation first = g_.text_location(g_.node(it->second).where);
    diags_.error(here, "duplicate-id", "duplicate id '" + key + "' (first defined at " + to_string(first) + ")");
    diags_.note(first, "duplicate-id", "'" + key + "' is first defined here (and again at " + to_string(here) + ")");
    return;
  }
  std::optional<std::string> iri;
  if (iri_cell != nullptr) {
    const std::string text = trim(iri_cell->text);
    if (const std::optional<std::string> why = graph::iri_problem(text)) {
      error(t.name, iri_cell->line, iri_cell->column, "bad-iri", "bad IRI '" + text + "': " + *why);
      return;
    }
    iri = text;
  } else {
    CsvField trimmed = *id;
    trimmed.text = key;
    iri = node_iri(t, trimmed);
    if (!iri) return;
  }
  const graph::Location loc{t.file, id->line, id->column};
  const NodeId n = key.starts_with("_:") ? g_.add_blank_node(key.substr(2), loc) : g_.add_node(*iri, loc);
  g_.set_where(n, loc);
  ids_.emplace(key_sym, n);
  for (std::size_t i = 0; i < t.columns.size(); ++i) {
    const Column& c = t.columns[i];
    const CsvField& cell = row[i];
    if (cell.text.empty()) continue;
    const graph::Location at{t.file, cell.line, cell.column};
    switch (c.role) {
      case Role::kName:
        g_.set_name(n, cell.text);
        break;
      case Role::kDescription:
        g_.add_property(n, {graph::Role::kDescription, 0, Value::literal(g_.intern(cell.text)), at});
        break;
      case Role::kCategory:
        for (const std::string& item : split_list(cell.text, true)) {
          if (const std::optional<graph::Sym> cls = term(t, t.classes, cell, trim(item), true))
            g_.add_class(n, *cls, at);
        }
        break;
      case Role::kAlias:
        for (const std::string& item : split_list(cell.text, true))
          g_.add_property(n, {graph::Role::kAlias, 0, Value::literal(g_.intern(item)), at});
        break;
      case Role::kSameAs:
        for (const std::string& item : split_list(cell.text, true)) {
          if (const std::optional<std::string> link = iri_of_reference(trim(item))) {
            g_.add_property(n, {graph::Role::kSameAs, 0, Value::iri(g_.intern(*link)), at});
          } else {
            error(t.name, cell.line, cell.column, "bad-iri",
                  "'" + item + "' in column '" + c.header + "' is not an IRI (write <IRI> or prefix:local)");
          }
        }
        break;
      case Role::kAttribute:
        for (const std::string& item : split_list(cell.text, c.split)) {
          if (c.object) {
            pending_.push_back({n, c.property, trim(item), {t.name, cell.line, cell.column}, at});
          } else if (item.size() > 2 && item.front() == '<' && item.back() == '>' && c.datatypes.empty()) {
            if (const std::optional<std::string> ref = iri_of_reference(item)) {
              g_.add_property(n, {graph::Role::kAttribute, c.property, Value::iri(g_.intern(*ref)), at});
            } else {
              error(t.name, cell.line, cell.column, "bad-iri", "'" + item + "' is not an IRI");
            }
          } else if (const std::optional<Value> v = literal(t, c, cell, item)) {
            g_.add_property(n, {graph::Role::kAttribute, c.property, *v, at});
          }
        }
        break;
      default:
        break;
    }
  }
}

void TableReader::resolve_pending() {
  for (const PendingRef& r : pending_) {
    std::optional<std::string> iri;
    if (const std::optional<NodeId> n = find_id(r.text)) {
      iri = std::string(g_.iri(*n));
    } else {
      iri = iri_of_reference(r.text);
    }
    if (!iri) {
      diags_.error(r.where, "unknown-node",
                   "'" + r.text + "' names no node and is no IRI (" + std::string(g_.str(r.property)) +
                       " links to a resource)" + suggest(r.text));
      continue;
    }
    g_.add_property(r.node, {graph::Role::kAttribute, r.property, Value::iri(g_.intern(*iri)), r.loc});
  }
  pending_.clear();
}

void TableReader::read_edge_row(Table& t, const std::vector<CsvField>& row) {
  std::optional<NodeId> from;
  std::optional<NodeId> to;
  bool ok = true;
  std::optional<graph::Sym> predicate;
  std::vector<graph::Qualifier> qualifiers;
  for (std::size_t i = 0; i < t.columns.size(); ++i) {
    const Column& c = t.columns[i];
    const CsvField& cell = row[i];
    switch (c.role) {
      case Role::kSource:
        from = endpoint(t, cell);
        ok = ok && from;
        break;
      case Role::kTarget:
        to = endpoint(t, cell);
        ok = ok && to;
        break;
      case Role::kPredicate:
        if (!trim(cell.text).empty()) {
          predicate = term(t, t.predicates, cell, trim(cell.text), false);
          ok = ok && predicate;
        }
        break;
      case Role::kDirection: {
        const std::string d = lower(trim(cell.text));
        if (d.empty() || d == "directed") break;
        if (d == "undirected" || d == "mixed") {
          if (!undirected_warned_[t.name]) {
            diags_.warning({t.name, cell.line, cell.column}, "undirected-edge",
                           "Type '" + cell.text +
                               "': kgforge relations are directed, so this edge and the next undirected ones of "
                               "this table are read from Source to Target");
            undirected_warned_[t.name] = true;
          }
          break;
        }
        error(t.name, cell.line, cell.column, "bad-value",
              "Type '" + cell.text +
                  "' is not Directed or Undirected (Gephi's edge Type); name a relation column with "
                  "--predicate-column");
        ok = false;
        break;
      }
      case Role::kInterval:
        if (!trim(cell.text).empty()) {
          const std::optional<std::pair<std::string, std::string>> span = interval(t, cell);
          if (!span) {
            ok = false;
            break;
          }
          for (const auto& [bound, property] :
               {std::pair{span->first, vocab::kgf::kSince}, std::pair{span->second, vocab::kgf::kUntil}}) {
            if (bound.empty()) continue;
            const std::optional<xsd::DateKind> kind = xsd::parse_plain_date(bound);
            qualifiers.push_back(
                {g_.intern(property), Value::literal(g_.intern(bound), g_.intern(xsd::datatype_of(*kind)))});
          }
        }
        break;
      case Role::kAttribute:
        if (cell.text.empty()) break;
        for (const std::string& item : split_list(cell.text, c.split)) {
          if (c.object || (item.size() > 2 && item.front() == '<' && item.back() == '>' && c.datatypes.empty())) {
            std::optional<std::string> iri;
            if (const std::optional<NodeId> n = find_id(trim(item))) iri = std::string(g_.iri(*n));
            if (!iri) iri = iri_of_reference(trim(item));
            if (!iri) {
              error(t.name, cell.line, cell.column, "unknown-node",
                    "'" + item + "' in column '" + c.header + "' names no node and is no IRI" + suggest(item));
              ok = false;
              continue;
            }
            qualifiers.push_back({c.property, Value::iri(g_.intern(*iri))});
          } else if (const std::optional<Value> v = literal(t, c, cell, item)) {
            qualifiers.push_back({c.property, *v});
          } else {
            ok = false;
          }
        }
        break;
      default:
        break;
    }
  }
  if (!ok || !from || !to) return;
  const graph::Sym p = predicate ? *predicate : g_.intern(vocab::kgf::kRelatedTo);
  const graph::EdgeRef e = g_.add_edge(*from, p, *to, {t.file, row.front().line, row.front().column});
  for (const graph::Qualifier& q : qualifiers) g_.add_qualifier(e, q);
}

// --- the run -------------------------------------------------------------------------

void TableReader::read(const std::vector<TableSource>& sources) {
  prefixes_ = ontology::table_prefixes(g_.prefixes());
  base_ = !options_.base_iri.empty() ? options_.base_iri
          : !g_.base_iri().empty()   ? g_.base_iri()
                                     : std::string(kDefaultBase);
  strict_ = g_.node_count() > 0;
  std::vector<Table> tables;
  std::vector<CsvField> row;
  for (const TableSource& s : sources) {
    Table& t = tables.emplace_back();
    t.name = std::string(s.name);
    t.file = g_.intern(t.name);
    t.reader = std::make_unique<CsvReader>(*s.in, s.delimiter);
    if (!t.reader->next(row)) {
      error(t.name, 1, 1, "unknown-table", "the table is empty: its first line must name the columns");
      t.readable = false;
      continue;
    }
    t.header_line = t.reader->record_line();
    report_syntax(t);
    read_header(t, row);
    if (t.readable && !t.edges) strict_ = true;
  }
  if (g_.base_iri().empty()) g_.set_base_iri(base_);
  for (const Table& t : tables) {
    if (t.readable && t.kgx) {
      g_.add_prefix("biolink", vocab::ns::kBiolink);
      break;
    }
  }
  for (const bool edges : {false, true}) {
    for (Table& t : tables) {
      if (!t.readable || t.edges != edges) continue;
      while (t.reader->next(row)) {
        report_syntax(t);
        if (!row_fits(t, row)) continue;
        if (edges) {
          read_edge_row(t, row);
        } else {
          read_node_row(t, row);
        }
      }
      report_syntax(t);
    }
    if (!edges) resolve_pending();
  }
}

}  // namespace

char table_delimiter(std::string_view format) {
  if (format == "csv") return ',';
  if (format == "tsv") return '\t';
  return 0;
}

void read_tables(const std::vector<TableSource>& tables, graph::KnowledgeGraph& out, Diagnostics& diags,
                 const ImportOptions& options) {
  TableReader reader(out, diags, options);
  reader.read(tables);
}

void CsvImporter::read(std::istream& in, std::string_view source_name, graph::KnowledgeGraph& out, Diagnostics& diags,
                       const ImportOptions& options) const {
  read_tables({{source_name, &in, ','}}, out, diags, options);
}

void TsvImporter::read(std::istream& in, std::string_view source_name, graph::KnowledgeGraph& out, Diagnostics& diags,
                       const ImportOptions& options) const {
  read_tables({{source_name, &in, '\t'}}, out, diags, options);
}

}  // namespace kgforge::importers
