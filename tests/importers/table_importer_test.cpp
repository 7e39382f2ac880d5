// SPDX-License-Identifier: MIT
#include "importers/table_importer.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "exporters/table_exporter.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/names.hpp"
#include "graph/view.hpp"
#include "graph/vocab.hpp"
#include "importers/csv_reader.hpp"
#include "importers/load.hpp"
#include "importers/ontology_loader.hpp"
#include "ontology/column_names.hpp"
#include "ontology/ontology.hpp"

namespace kgforge::importers {
namespace {

using graph::KnowledgeGraph;
using graph::NodeId;

const std::string kKgf(vocab::ns::kKgf);
const std::string kXsd(vocab::ns::kXsd);
const std::string kBiolink(vocab::ns::kBiolink);
const std::string kColumn(vocab::ns::kKgfColumn);

const ontology::Ontology& onto() {
  static const ontology::Ontology o = bundled_ontology();
  return o;
}

struct Loaded {
  std::optional<KnowledgeGraph> graph;
  Diagnostics diags;
};

Loaded load(const std::vector<SourceText>& sources) {
  Loaded out;
  ImportOptions options;
  options.ontology = &onto();
  out.graph = load_sources(sources, out.diags, options);
  return out;
}

std::vector<std::string> lines(const Diagnostics& diags, Severity severity) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diags.items()) {
    if (d.severity == severity) out.push_back(format_text(d));
  }
  return out;
}

std::vector<CsvField> record(const std::string& text, char delimiter = ',') {
  std::istringstream in(text);
  CsvReader reader(in, delimiter);
  std::vector<CsvField> fields;
  EXPECT_TRUE(reader.next(fields));
  EXPECT_TRUE(reader.problems().empty());
  return fields;
}

std::string attribute(const KnowledgeGraph& g, NodeId n, std::string_view property, std::string* datatype = nullptr) {
  std::string out;
  g.for_each_property(n, [&](const graph::NodeProperty& p) {
    if (p.role == graph::Role::kAttribute && g.str(p.predicate) == property) {
      out = std::string(g.str(p.value.text));
      if (datatype != nullptr) *datatype = std::string(g.str(p.value.datatype));
    }
  });
  return out;
}

// --- the CSV reader ----------------------------------------------------------------------

TEST(CsvReaderTest, QuotesDelimitersLineBreaksBomAndCrlf) {
  const std::vector<CsvField> f = record("\xEF\xBB\xBFid,\"a, \"\"b\"\"\r\nc\",plain\r\n");
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[0].text, "id");
  EXPECT_EQ(f[0].column, 1u);  // the BOM is no character of the field
  EXPECT_EQ(f[1].text, "a, \"b\"\r\nc");
  EXPECT_EQ(f[2].text, "plain");
  EXPECT_EQ(f[2].line, 2u);
  EXPECT_EQ(f[2].column, 4u);
}

TEST(CsvReaderTest, ColumnsCountCharactersAndBlankLinesAreSkipped) {
  std::istringstream in("a\n\n\r\nZoë,x\n");
  CsvReader reader(in, ',');
  std::vector<CsvField> f;
  ASSERT_TRUE(reader.next(f));
  ASSERT_TRUE(reader.next(f));
  EXPECT_EQ(reader.record_line(), 4u);
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].column, 5u);
  EXPECT_FALSE(reader.next(f));
}

TEST(CsvReaderTest, AnUnclosedQuoteAndTextAfterAQuoteAreLocated) {
  std::istringstream in("a,\"b\"x,c\nd,\"never closed\n");
  CsvReader reader(in, ',');
  std::vector<CsvField> f;
  ASSERT_TRUE(reader.next(f));
  EXPECT_EQ(f[1].text, "bx");
  ASSERT_TRUE(reader.next(f));
  ASSERT_EQ(reader.problems().size(), 2u);
  EXPECT_EQ(reader.problems()[0].line, 1u);
  EXPECT_EQ(reader.problems()[0].column, 6u);
  EXPECT_EQ(reader.problems()[1].line, 2u);
  EXPECT_EQ(reader.problems()[1].column, 3u);
}

TEST(CsvReaderTest, TabSeparatedKeepsCommas) {
  const std::vector<CsvField> f = record("a,b\tc\n", '\t');
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].text, "a,b");
}

// --- node and edge tables -------------------------------------------------------------

TEST(TableImporterTest, GephiNodeAndEdgeTablesInEitherOrder) {
  const std::string nodes =
      "Id,Label,category,foundingDate,staffCount\n"
      "ceop,CEOP Command,LawEnforcementUnit,2006-04,120\n"
      "nca,National Crime Agency,LawEnforcementAgency,2013,\n";
  const std::string edges =
      "Source,Target,Type,Label,since,weight\n"
      "ceop,nca,Directed,partOf,2013-10-07,2.5\n";
  for (const bool edges_first : {false, true}) {
    std::vector<SourceText> sources = {{"nodes.csv", nodes}, {"edges.csv", edges}};
    if (edges_first) std::swap(sources[0], sources[1]);
    const Loaded r = load(sources);
    ASSERT_TRUE(r.graph) << ::testing::PrintToString(lines(r.diags, Severity::kError));
    const KnowledgeGraph& g = *r.graph;
    const std::optional<NodeId> ceop = g.find_by_id("ceop");
    ASSERT_TRUE(ceop);
    EXPECT_EQ(g.name(*ceop), "CEOP Command");
    ASSERT_EQ(g.classes(*ceop).size(), 1u);
    EXPECT_EQ(g.str(g.classes(*ceop)[0]), kKgf + "LawEnforcementUnit");
    std::string datatype;
    EXPECT_EQ(attribute(g, *ceop, kKgf + "foundingDate", &datatype), "2006-04");
    EXPECT_EQ(datatype, kXsd + "gYearMonth");  // the ontology's kgf:PartialDate
    EXPECT_EQ(attribute(g, *ceop, kKgf + "staffCount", &datatype), "120");
    EXPECT_EQ(datatype, kXsd + "integer");
    EXPECT_EQ(attribute(g, *g.find_by_id("nca"), kKgf + "foundingDate", &datatype), "2013");
    EXPECT_EQ(datatype, kXsd + "gYear");
    ASSERT_EQ(g.edge_count(), 1u);
    const graph::EdgeRef e = g.edges().front();
    EXPECT_EQ(g.predicate(e), kKgf + "partOf");
    EXPECT_EQ(g.target(e), *g.find_by_id("nca"));
    std::vector<std::string> q;
    g.for_each_qualifier(e, [&](const graph::Qualifier& x) {
      q.push_back(std::string(g.str(x.predicate)) + "=" + std::string(g.str(x.value.text)) + "^" +
                  std::string(g.str(x.value.datatype)));
    });
    EXPECT_EQ(q, (std::vector<std::string>{kKgf + "since=2013-10-07^" + kXsd + "date",
                                           kColumn + "weight=2.5^" + kXsd + "decimal"}));
  }
}

TEST(TableImporterTest, PlainEdgeListMakesItsNodes) {
  const Loaded r = load({{"edges.csv", "from,to\na,b\nb,c\na,c\n"}});
  ASSERT_TRUE(r.graph);
  EXPECT_EQ(r.graph->node_count(), 3u);
  EXPECT_EQ(r.graph->edge_count(), 3u);
  EXPECT_EQ(r.graph->predicate(r.graph->edges().front()), vocab::kgf::kRelatedTo);
  EXPECT_EQ(graph::display_id(*r.graph, *r.graph->find_by_id("b")), "b");
}

TEST(TableImporterTest, KgxPairWithBiolinkTermsAndLists) {
  const Loaded r = load({{"n.tsv",
                          "id\tcategory\tname\tprovided_by\tsynonym\n"
                          "HGNC:1\tbiolink:Gene|biolink:NamedThing\tA1BG\tinfores:hgnc\tA1B|ABG\n"
                          "HGNC:2\tbiolink:Gene\tA2M\t\t\n"},
                         {"e.tsv",
                          "subject\tpredicate\tobject\tknowledge_source\n"
                          "HGNC:1\tbiolink:interacts_with\tHGNC:2\tinfores:string|infores:biogrid\n"}});
  ASSERT_TRUE(r.graph) << ::testing::PrintToString(lines(r.diags, Severity::kError));
  const KnowledgeGraph& g = *r.graph;
  const std::optional<NodeId> a = g.find_node("HGNC:1");
  ASSERT_TRUE(a);
  EXPECT_EQ(g.classes(*a).size(), 2u);
  EXPECT_EQ(attribute(g, *a, kBiolink + "provided_by"), "infores:hgnc");
  int aliases = 0;
  g.for_each_property(*a, [&](const graph::NodeProperty& p) { aliases += p.role == graph::Role::kAlias; });
  EXPECT_EQ(aliases, 2);
  const graph::EdgeRef e = g.edges().front();
  EXPECT_EQ(g.predicate(e), kBiolink + "interacts_with");
  EXPECT_EQ(g.qualifiers(e).size(), 2u);
}

TEST(TableImporterTest, EveryProblemIsLocatedInOneRun) {
  const Loaded r = load({{"nodes.csv",
                          "id,name,foundingDate\n"
                          "alpha,Alpha,2013-02-30\n"
                          "beta,Beta,2010,extra\n"
                          "alpha,Again,\n"},
                         {"edges.csv",
                          "source,target,predicate\n"
                          "alpha,alhpa,memberOf\n"
                          "alpha,gamma,memberOf\n"
                          "\"alpha,beta\n"}});
  EXPECT_FALSE(r.graph);
  const std::vector<std::string> e = lines(r.diags, Severity::kError);
  auto has = [&](const std::string& prefix, const std::string& code) {
    for (const std::string& line : e) {
      if (line.rfind(prefix + ": error: ", 0) == 0 && line.find("[" + code + "]") != std::string::npos) return true;
    }
    ADD_FAILURE() << "no " << prefix << " [" << code << "] in " << ::testing::PrintToString(e);
    return false;
  };
  has("nodes.csv:2:13", "bad-date");
  has("nodes.csv:3:16", "ragged-row");
  has("nodes.csv:4:1", "duplicate-id");
  has("edges.csv:2:7", "unknown-node");
  has("edges.csv:3:7", "unknown-node");
  has("edges.csv:4:1", "bad-csv");
  bool suggested = false;
  for (const std::string& line : e) suggested = suggested || line.find("did you mean 'alpha'") != std::string::npos;
  EXPECT_TRUE(suggested) << ::testing::PrintToString(e);
}

TEST(TableImporterTest, AHeaderWithNoRoleIsAnErrorNamingTheFlags) {
  const Loaded r = load({{"x.csv", "a,b\n1,2\n"}});
  EXPECT_FALSE(r.graph);
  const std::vector<std::string> e = lines(r.diags, Severity::kError);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_NE(e[0].find("x.csv:1:1: error:"), std::string::npos);
  EXPECT_NE(e[0].find("--source-column"), std::string::npos);
}

TEST(TableImporterTest, FlagsMapOtherHeaders) {
  ImportOptions options;
  options.ontology = &onto();
  options.table_columns.source = "head";
  options.table_columns.target = "tail";
  options.table_columns.predicate = "rel";
  Diagnostics diags;
  const std::optional<KnowledgeGraph> g =
      load_sources({{"e.csv", "head,rel,tail,note\nx,worksFor,y,hello\n"}}, diags, options);
  ASSERT_TRUE(g);
  ASSERT_EQ(g->edge_count(), 1u);
  EXPECT_EQ(g->predicate(g->edges().front()), kKgf + "worksFor");
  EXPECT_EQ(g->qualifiers(g->edges().front()).size(), 1u);  // kgf:note
}

TEST(TableImporterTest, GephiTimeIntervalAndUndirectedType) {
  const Loaded r = load({{"e.csv",
                          "Source,Target,Type,Time Interval\n"
                          "a,b,Undirected,\"<[2001-05-01, 2003]>\"\n"}});
  ASSERT_TRUE(r.graph) << ::testing::PrintToString(lines(r.diags, Severity::kError));
  const graph::Period p = graph::period_of(*r.graph, r.graph->edges().front());
  EXPECT_EQ(p.since, "2001-05-01");
  EXPECT_EQ(p.until, "2003");
  EXPECT_EQ(lines(r.diags, Severity::kWarning).size(), 1u);
}

TEST(TableImporterTest, EdgesMayNameYamlEntities) {
  const Loaded r = load({{"kb.yaml",
                          "kgforge: 1\nbase: https://example.org/kb/\nentities:\n"
                          "  - {id: a, type: Person, name: Ann}\n  - {id: b, type: Organisation, name: Bee}\n"},
                         {"e.csv", "source,target,predicate\na,b,worksFor\n"}});
  ASSERT_TRUE(r.graph) << ::testing::PrintToString(lines(r.diags, Severity::kError));
  EXPECT_EQ(r.graph->node_count(), 2u);
  EXPECT_EQ(r.graph->edge_count(), 1u);
}

// --- column names ---------------------------------------------------------------------

TEST(ColumnNamesTest, HeadersAndPropertiesRoundTrip) {
  const std::vector<graph::Prefix> p = ontology::table_prefixes({});
  EXPECT_EQ(ontology::column_property("founding_date", &onto(), kColumn, p), kKgf + "foundingDate");
  EXPECT_EQ(ontology::column_property("Modularity Class", &onto(), kColumn, p), kColumn + "modularity_class");
  EXPECT_EQ(ontology::column_property("schema:email", &onto(), kColumn, p), "http://schema.org/email");
  EXPECT_EQ(ontology::column_property("nope:x", &onto(), kColumn, p), std::nullopt);
  for (const std::string& iri : {kKgf + "since", kKgf + "pagerank", kKgf + "source", kColumn + "weight",
                                 std::string("http://schema.org/email")}) {
    const std::string header = ontology::column_header(iri, &onto(), kColumn, {"source"});
    EXPECT_EQ(ontology::column_property(header, &onto(), kColumn, p), iri) << header;
  }
  EXPECT_EQ(ontology::column_header(kKgf + "since", &onto(), kColumn, {}), "since");
  EXPECT_EQ(ontology::column_header(kKgf + "source", &onto(), kColumn, {"source"}), "kgf:source");
}

}  // namespace
}  // namespace kgforge::importers
