// SPDX-License-Identifier: MIT
#include "importers/yaml_importer.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "graph/iri.hpp"
#include "graph/knowledge_graph.hpp"
#include "importers/load.hpp"

namespace kgforge::importers {
namespace {

using graph::KnowledgeGraph;
using graph::NodeId;

constexpr const char* kHead = "kgforge: 1\nbase: https://example.org/kb/\n";
const std::string kKgf(graph::ns::kKgf);
const std::string kXsd(graph::ns::kXsd);

struct Loaded {
  std::optional<KnowledgeGraph> graph;
  Diagnostics diags;
};

Loaded load(const std::vector<SourceText>& sources) {
  Loaded out;
  out.graph = load_sources(sources, out.diags);
  return out;
}
Loaded load(const std::string& text) { return load({{"kb.yaml", text}}); }

// The formatted error lines (notes and warnings left out).
std::vector<std::string> errors(const Diagnostics& diags) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diags.items()) {
    if (d.severity == Severity::kError) out.push_back(format_text(d));
  }
  return out;
}

// Loads `text`, expects it to fail with exactly one error, and returns that error's
// "path:line:column: ... [code]" text.
std::string only_error(const std::string& text) {
  const Loaded r = load(text);
  EXPECT_FALSE(r.graph.has_value());
  const std::vector<std::string> e = errors(r.diags);
  EXPECT_EQ(e.size(), 1u) << ::testing::PrintToString(e);
  return e.empty() ? "" : e.front();
}

// "kb.yaml:3:7" and "[code]" both appear in `line`.
void expect_at(const std::string& line, const std::string& where, const std::string& code) {
  EXPECT_EQ(line.rfind("kb.yaml:" + where + ": error: ", 0), 0u) << line;
  EXPECT_NE(line.find("[" + code + "]"), std::string::npos) << line;
}

// --- a good KB --------------------------------------------------------------------------

constexpr const char* kGood = R"(kgforge: 1
base: https://example.org/kb/
prefixes:
  wd: http://www.wikidata.org/entity/
sources:
  - id: article
    title: An article
    url: https://example.org/article
    date: 2020-02-29
    publisher: The Times
    sections:
      - id: history
        title: History
entities:
  - id: acme
    type: Company
    name: Acme Ltd
    aliases: [Acme, "ACME"]
    description: A maker of everything.
    same_as: [https://en.wikipedia.org/wiki/Acme_Corporation, wd:Q123]
    attributes:
      foundingDate: 1949-05
      employees: 120
      motto: {value: colour, lang: en-GB}
      founded: {value: "1949", datatype: xsd:gYear}
      quoted: "2013-10-07"
      schema:url: https://acme.example
    source: article#history
    relations:
      - predicate: partnerOf
        to: globex
        since: 2004
        until: 2010-06
        source: [article, article#history]
        role: supplier
        qualifiers:
          confidence: 0.9
  - id: globex
    types: [Company, schema:Organization]
    name: Globex
  - id: Virtual Global Taskforce
    type: <http://example.org/ns#Alliance>
    name: VGT
relations:
  - from: globex
    predicate: fundedBy
    to: acme
    date: 2012-06-01
    note: a one-off grant
)";

std::string attribute(const KnowledgeGraph& g, NodeId n, const std::string& predicate, std::string* datatype = nullptr,
                      std::string* language = nullptr) {
  std::string out = "<none>";
  g.for_each_property(n, [&](const graph::NodeProperty& p) {
    if (p.role != graph::Role::kAttribute || g.str(p.predicate) != predicate) return;
    out = std::string(g.str(p.value.text));
    if (datatype) *datatype = std::string(g.str(p.value.datatype));
    if (language) *language = std::string(g.str(p.value.language));
  });
  return out;
}

TEST(YamlImporterTest, GoodKbBuildsNodesWithIrisClassesAndNames) {
  const Loaded r = load(kGood);
  ASSERT_TRUE(r.graph.has_value()) << ::testing::PrintToString(errors(r.diags));
  const KnowledgeGraph& g = *r.graph;
  EXPECT_EQ(g.base_iri(), "https://example.org/kb/");
  const std::optional<NodeId> acme = g.find_node("https://example.org/kb/acme");
  ASSERT_TRUE(acme.has_value());
  EXPECT_EQ(g.name(*acme), "Acme Ltd");
  EXPECT_EQ(g.find_by_id("acme"), acme);
  ASSERT_EQ(g.classes(*acme).size(), 1u);
  EXPECT_EQ(g.str(g.classes(*acme)[0]), kKgf + "Company");
  const NodeId globex = *g.find_by_id("globex");
  ASSERT_EQ(g.classes(globex).size(), 2u);
  EXPECT_EQ(g.str(g.classes(globex)[1]), "http://schema.org/Organization");
  const std::optional<NodeId> vgt = g.find_node("https://example.org/kb/Virtual%20Global%20Taskforce");
  ASSERT_TRUE(vgt.has_value());
  EXPECT_EQ(g.str(g.classes(*vgt)[0]), "http://example.org/ns#Alliance");
  EXPECT_EQ(g.node(*acme).where.line, 15u);
  EXPECT_EQ(g.node(*acme).where.column, 5u);
  EXPECT_EQ(g.str(g.node(*acme).where.file), "kb.yaml");
}

TEST(YamlImporterTest, GoodKbKeepsAliasesDescriptionSameAsAndSource) {
  const Loaded r = load(kGood);
  ASSERT_TRUE(r.graph.has_value());
  const KnowledgeGraph& g = *r.graph;
  const NodeId acme = *g.find_by_id("acme");
  std::vector<std::string> aliases, same_as;
  std::string description;
  g.for_each_property(acme, [&](const graph::NodeProperty& p) {
    if (p.role == graph::Role::kAlias) aliases.emplace_back(g.str(p.value.text));
    if (p.role == graph::Role::kSameAs) same_as.emplace_back(g.str(p.value.text));
    if (p.role == graph::Role::kDescription) description = g.str(p.value.text);
  });
  EXPECT_EQ(aliases, (std::vector<std::string>{"Acme", "ACME"}));
  EXPECT_EQ(same_as, (std::vector<std::string>{"https://en.wikipedia.org/wiki/Acme_Corporation",
                                               "http://www.wikidata.org/entity/Q123"}));
  EXPECT_EQ(description, "A maker of everything.");
  EXPECT_EQ(attribute(g, acme, kKgf + "source"), "https://example.org/kb/article/history");
}

TEST(YamlImporterTest, AttributeValuesAreTypedByHowTheyAreWritten) {
  const Loaded r = load(kGood);
  ASSERT_TRUE(r.graph.has_value());
  const KnowledgeGraph& g = *r.graph;
  const NodeId acme = *g.find_by_id("acme");
  std::string dt, lang;
  EXPECT_EQ(attribute(g, acme, kKgf + "foundingDate", &dt), "1949-05");
  EXPECT_EQ(dt, kXsd + "gYearMonth");
  EXPECT_EQ(attribute(g, acme, kKgf + "employees", &dt), "120");
  EXPECT_EQ(dt, kXsd + "integer");
  EXPECT_EQ(attribute(g, acme, kKgf + "motto", &dt, &lang), "colour");
  EXPECT_EQ(dt, "");
  EXPECT_EQ(lang, "en-gb");
  EXPECT_EQ(attribute(g, acme, kKgf + "founded", &dt), "1949");
  EXPECT_EQ(dt, kXsd + "gYear");
  EXPECT_EQ(attribute(g, acme, kKgf + "quoted", &dt), "2013-10-07");
  EXPECT_EQ(dt, "");  // quoted: a plain string
  EXPECT_EQ(attribute(g, acme, "http://schema.org/url"), "https://acme.example");
}

TEST(YamlImporterTest, RelationsBecomeEdgesWithQualifiers) {
  const Loaded r = load(kGood);
  ASSERT_TRUE(r.graph.has_value());
  const KnowledgeGraph& g = *r.graph;
  const NodeId acme = *g.find_by_id("acme");
  const NodeId globex = *g.find_by_id("globex");
  const std::vector<graph::EdgeRef> out = g.out_edges(acme);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(g.predicate(out[0]), kKgf + "partnerOf");
  EXPECT_EQ(g.target(out[0]), globex);
  EXPECT_EQ(g.edge(out[0]).where.line, 30u);
  std::vector<std::string> q;
  g.for_each_qualifier(out[0], [&](const graph::Qualifier& x) {
    q.push_back(std::string(g.str(x.predicate)).substr(kKgf.size()) + "=" + std::string(g.str(x.value.text)) + "^" +
                std::string(g.str(x.value.datatype)));
  });
  EXPECT_EQ(q, (std::vector<std::string>{"since=2004^" + kXsd + "gYear", "until=2010-06^" + kXsd + "gYearMonth",
                                         "source=https://example.org/kb/article^",
                                         "source=https://example.org/kb/article/history^", "role=supplier^",
                                         "confidence=0.9^" + kXsd + "decimal"}));
  const std::vector<graph::EdgeRef> funded = g.out_edges(globex);
  ASSERT_EQ(funded.size(), 1u);
  EXPECT_EQ(g.predicate(funded[0]), kKgf + "fundedBy");
  EXPECT_EQ(g.target(funded[0]), acme);
  EXPECT_EQ(g.qualifiers(funded[0]).size(), 2u);  // date, note
}

TEST(YamlImporterTest, SourcesAndSectionsBecomeDocumentNodes) {
  const Loaded r = load(kGood);
  ASSERT_TRUE(r.graph.has_value());
  const KnowledgeGraph& g = *r.graph;
  const NodeId doc = *g.find_node("https://example.org/kb/article");
  EXPECT_EQ(g.name(doc), "An article");
  EXPECT_TRUE(g.has_class(doc, g.strings().find(kKgf + "SourceDocument")));
  std::string dt;
  EXPECT_EQ(attribute(g, doc, kKgf + "url", &dt), "https://example.org/article");
  EXPECT_EQ(dt, kXsd + "anyURI");
  EXPECT_EQ(attribute(g, doc, kKgf + "date", &dt), "2020-02-29");
  EXPECT_EQ(dt, kXsd + "date");
  EXPECT_EQ(attribute(g, doc, kKgf + "publisher"), "The Times");
  const NodeId section = *g.find_node("https://example.org/kb/article/history");
  EXPECT_EQ(g.name(section), "History");
  EXPECT_TRUE(g.has_class(section, g.strings().find(kKgf + "DocumentSection")));
  const std::vector<graph::EdgeRef> part = g.out_edges(section);
  ASSERT_EQ(part.size(), 1u);
  EXPECT_EQ(g.predicate(part[0]), kKgf + "sectionOf");
  EXPECT_EQ(g.target(part[0]), doc);
}

TEST(YamlImporterTest, PrefixesAreWellKnownPlusDeclared) {
  const Loaded r = load(kGood);
  ASSERT_TRUE(r.graph.has_value());
  std::vector<std::string> names;
  for (const graph::Prefix& p : r.graph->prefixes()) names.push_back(p.prefix);
  EXPECT_NE(std::find(names.begin(), names.end(), "kgf"), names.end());
  EXPECT_NE(std::find(names.begin(), names.end(), "schema"), names.end());
  EXPECT_EQ(names.back(), "wd");
}

// --- one test per diagnostic code --------------------------------------------------------

TEST(YamlImporterTest, YamlSyntaxIsLocated) {
  expect_at(only_error(std::string(kHead) + "entities: [a, b\nrelations: []\n"), "4:10", "yaml-syntax");
}

TEST(YamlImporterTest, UnknownKeyGetsSuggestion) {
  const std::string e =
      only_error(std::string(kHead) + "entities:\n  - id: a\n    type: T\n    name: A\n    descripton: x\n");
  expect_at(e, "7:5", "unknown-key");
  EXPECT_NE(e.find("did you mean 'description'?"), std::string::npos) << e;
}

TEST(YamlImporterTest, MissingKeyPointsAtTheEntity) {
  const std::string e = only_error(std::string(kHead) + "entities:\n  - id: a\n    type: T\n");
  expect_at(e, "4:5", "missing-key");
  EXPECT_NE(e.find("'name'"), std::string::npos);
}

TEST(YamlImporterTest, MissingBaseIsReported) {
  expect_at(only_error("kgforge: 1\nentities: []\n"), "1:1", "missing-key");
}

TEST(YamlImporterTest, EmptyFileIsNotAKnowledgeBase) {
  expect_at(only_error(""), "1:1", "wrong-kind");
  expect_at(only_error("# only a comment\n"), "1:1", "wrong-kind");
  expect_at(only_error("- a\n- b\n"), "1:1", "wrong-kind");
}

TEST(YamlImporterTest, AnEmptyTypeListIsMissingTheType) {
  expect_at(only_error(std::string(kHead) + "entities:\n  - {id: a, types: [], name: A}\n"), "4:5", "missing-key");
}

TEST(YamlImporterTest, WrongKindIsReported) {
  expect_at(only_error(std::string(kHead) + "entities:\n  - id: a\n    type: T\n    name: [A, B]\n"), "6:11",
            "wrong-kind");
  expect_at(only_error(std::string(kHead) + "entities: acme\n"), "3:11", "wrong-kind");
}

TEST(YamlImporterTest, DuplicateKeyCitesTheFirst) {
  const std::string e =
      only_error(std::string(kHead) + "entities:\n  - id: a\n    type: T\n    name: A\n    name: B\n");
  expect_at(e, "7:5", "duplicate-key");
  EXPECT_NE(e.find("line 6, column 5"), std::string::npos) << e;
}

TEST(YamlImporterTest, DuplicateIdInOneFileCitesBothPlaces) {
  const Loaded r =
      load(std::string(kHead) + "entities:\n  - {id: a, type: T, name: A}\n  - {id: a, type: T, name: B}\n");
  ASSERT_FALSE(r.graph.has_value());
  const std::vector<std::string> e = errors(r.diags);
  ASSERT_EQ(e.size(), 1u);
  expect_at(e[0], "5:10", "duplicate-id");
  EXPECT_NE(e[0].find("first defined at kb.yaml:4:10"), std::string::npos) << e[0];
  bool note = false;
  for (const Diagnostic& d : r.diags.items()) {
    if (d.severity == Severity::kNote && format_text(d).rfind("kb.yaml:4:10: note:", 0) == 0) note = true;
  }
  EXPECT_TRUE(note);
}

TEST(YamlImporterTest, SourceAndEntityShareOneIdSpace) {
  expect_at(
      only_error(std::string(kHead) + "sources:\n  - {id: x, title: X}\nentities:\n  - {id: x, type: T, name: X}\n"),
      "6:10", "duplicate-id");
}

TEST(YamlImporterTest, UnknownIdSuggestsAClosId) {
  const std::string e = only_error(std::string(kHead) +
                                   "entities:\n  - {id: globex, type: T, name: Globex}\n"
                                   "relations:\n  - {from: globex, predicate: p, to: globx}\n");
  expect_at(e, "6:38", "unknown-id");
  EXPECT_NE(e.find("did you mean 'globex'?"), std::string::npos) << e;
}

TEST(YamlImporterTest, UnknownIdSuggestsTheIdOfAName) {
  const std::string e = only_error(std::string(kHead) +
                                   "entities:\n  - {id: nca, type: T, name: National Crime Agency}\n"
                                   "relations:\n  - {from: nca, predicate: p, to: national crime agency}\n");
  expect_at(e, "6:35", "unknown-id");
  EXPECT_NE(e.find("did you mean 'nca', the id of the entity named 'National Crime Agency'?"), std::string::npos) << e;
}

TEST(YamlImporterTest, UnknownSourceAndSection) {
  const std::string head = std::string(kHead) +
                           "sources:\n  - id: article\n    title: A\n    sections:\n"
                           "      - id: history\nentities:\n  - id: a\n    type: T\n    name: A\n";
  expect_at(only_error(head + "    source: articel\n"), "12:13", "unknown-id");
  const std::string e = only_error(head + "    source: article#histroy\n");
  expect_at(e, "12:13", "unknown-id");
  EXPECT_NE(e.find("did you mean 'history'?"), std::string::npos) << e;
  EXPECT_TRUE(load(head + "    source: article#history\n").graph.has_value());
}

TEST(YamlImporterTest, BadIdIsReported) {
  expect_at(only_error(std::string(kHead) + "entities:\n  - {id: \"\", type: T, name: A}\n"), "4:10", "bad-id");
  expect_at(only_error(std::string(kHead) + "entities:\n  - {id: \"a\\tb\", type: T, name: A}\n"), "4:10", "bad-id");
}

TEST(YamlImporterTest, BadDateIsReported) {
  const std::string rel = std::string(kHead) +
                          "entities:\n  - {id: a, type: T, name: A}\nrelations:\n"
                          "  - from: a\n    predicate: p\n    to: a\n";
  expect_at(only_error(rel + "    since: 2013-02-29\n"), "9:12", "bad-date");
  expect_at(only_error(rel + "    date: October 2013\n"), "9:11", "bad-date");
  expect_at(only_error(rel + "    since: 2013-13\n"), "9:12", "bad-date");
  expect_at(only_error(rel + "    since: 2010\n    until: 2009\n"), "10:12", "bad-date");
  EXPECT_TRUE(load(rel + "    since: 2012-02-29\n    until: 2012\n").graph.has_value());
}

TEST(YamlImporterTest, BadIriIsReported) {
  expect_at(
      only_error(std::string(kHead) + "entities:\n  - {id: a, type: T, name: A, same_as: [\"http://x.org/a b\"]}\n"),
      "4:41", "bad-iri");
  expect_at(only_error("base: not an iri\n"), "1:7", "bad-iri");
}

TEST(YamlImporterTest, BadNameIsReported) {
  expect_at(only_error(std::string(kHead) + "entities:\n  - {id: a, type: 1Company, name: A}\n"), "4:19", "bad-name");
  const std::string e = only_error(std::string(kHead) + "entities:\n  - {id: a, type: foo:Company, name: A}\n");
  expect_at(e, "4:19", "bad-name");
  EXPECT_NE(e.find("unknown prefix 'foo'"), std::string::npos);
}

TEST(YamlImporterTest, BadLiteralIsReported) {
  const std::string head = std::string(kHead) + "entities:\n  - id: a\n    type: T\n    name: A\n    attributes:\n";
  expect_at(only_error(head + "      year: {value: \"20x6\", datatype: xsd:gYear}\n"), "8:21", "bad-literal");
  const std::string e = only_error(head + "      label: {value: colour, lang: en_GB}\n");
  expect_at(e, "8:36", "bad-literal");
  EXPECT_NE(e.find("did you mean 'en-GB'?"), std::string::npos);
}

// The XSD check is graph/xsd.hpp's, shared with the validator that checks Turtle input:
// a time zone is part of xsd:date's lexical space; a date that does not exist is not.
TEST(YamlImporterTest, ExplicitDatesFollowXsd) {
  const std::string head = std::string(kHead) + "entities:\n  - id: a\n    type: T\n    name: A\n    attributes:\n";
  const Loaded r = load(head + "      founded: {value: \"2013-01-01Z\", datatype: xsd:date}\n");
  ASSERT_TRUE(r.graph.has_value()) << ::testing::PrintToString(errors(r.diags));
  std::string datatype;
  EXPECT_EQ(attribute(*r.graph, *r.graph->find_node("https://example.org/kb/a"), kKgf + "founded", &datatype),
            "2013-01-01Z");
  EXPECT_EQ(datatype, kXsd + "date");
  const std::string e = only_error(head + "      founded: {value: \"2013-02-30Z\", datatype: xsd:date}\n");
  expect_at(e, "8:24", "bad-literal");
  EXPECT_NE(e.find("'2013-02-30Z' is not a valid xsd:date"), std::string::npos) << e;
}

TEST(YamlImporterTest, AliasesAreRefused) {
  expect_at(only_error(std::string(kHead) + "entities:\n  - &e {id: a, type: T, name: A}\nrelations: [*e]\n"), "5:13",
            "yaml-alias");
}

TEST(YamlImporterTest, AliasBombIsRefusedWithoutExpanding) {
  std::string bomb = std::string(kHead) + "x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (int i = 1; i < 10; ++i) {
    bomb += "x" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
    for (int k = 0; k < 9; ++k) bomb += std::string(k ? ", " : "") + "*a" + std::to_string(i - 1);
    bomb += "]\n";
  }
  const Loaded r = load(bomb);
  EXPECT_FALSE(r.graph.has_value());
  std::size_t aliases = 0;
  for (const Diagnostic& d : r.diags.items()) aliases += d.code == "yaml-alias";
  EXPECT_GT(aliases, 0u);
  EXPECT_LE(r.diags.error_count(), 100u);
}

TEST(YamlImporterTest, DeepNestingIsRefused) {
  const std::string deep = std::string(kHead) + "x: " + std::string(10000, '[') + std::string(10000, ']') + "\n";
  const std::string e = only_error(deep);
  expect_at(e, "3:67", "too-deep");  // the 64th '[' (column 4 + 63) would open level 65: the file is level 1
  const std::string block = std::string(kHead) + "x: " + [] {
    std::string s;
    for (int i = 0; i < 10000; ++i) s += "- ";
    return s + "y\n";
  }();
  EXPECT_EQ(errors(load(block).diags).size(), 1u);
}

TEST(YamlImporterTest, BadTextIsReported) {
  expect_at(only_error(std::string(kHead) + "entities:\n  - {id: a, type: T, name: \"A\\0B\"}\n"), "4:28", "bad-text");
  expect_at(only_error(std::string(kHead) + "entities:\n  - {id: a, type: T, name: A\xff}\n"), "4:29", "bad-text");
  expect_at(only_error(std::string(kHead) + "entities:\n  - {id: a, type: T, name: A\x04}\n"), "4:29", "bad-text");
}

TEST(YamlImporterTest, BadVersionIsReported) {
  expect_at(only_error("kgforge: 2\nbase: https://example.org/kb/\n"), "1:10", "bad-version");
}

TEST(YamlImporterTest, EmptyAttributeIsAWarningNotAnError) {
  const Loaded r = load(std::string(kHead) +
                        "entities:\n  - id: a\n    type: T\n    name: A\n    attributes:\n"
                        "      founded:\n");
  ASSERT_TRUE(r.graph.has_value());
  ASSERT_EQ(r.diags.items().size(), 1u);
  EXPECT_EQ(format_text(r.diags.items()[0]).rfind("kb.yaml:8:7: warning:", 0), 0u);
  EXPECT_EQ(r.diags.items()[0].code, "empty-value");
}

TEST(YamlImporterTest, FromUnderAnEntityIsAnUnknownKey) {
  const std::string e = only_error(std::string(kHead) +
                                   "entities:\n  - id: a\n    type: T\n    name: A\n"
                                   "    relations:\n      - {from: a, predicate: p, to: a}\n");
  expect_at(e, "8:10", "unknown-key");
  EXPECT_NE(e.find("implied"), std::string::npos);
}

TEST(YamlImporterTest, TenMistakesGiveTenLocatedErrorsInOneRun) {
  const std::string kb = std::string(kHead) +
                         "prefixs: {}\n"  // 3: unknown-key
                         "sources:\n"
                         "  - {id: doc, title: D, url: \"http://x.org/a b\"}\n"  // 5: bad-iri
                         "entities:\n"
                         "  - {id: a, type: T}\n"                     // 7: missing-key
                         "  - {id: a, type: T, name: A2}\n"           // 8: duplicate-id
                         "  - {id: b, type: 9T, name: B}\n"           // 9: bad-name
                         "  - {id: c, type: T, name: C, name: C2}\n"  // 10: duplicate-key
                         "  - {id: \"\", type: T, name: E}\n"         // 11: bad-id
                         "relations:\n"
                         "  - {from: a, predicate: p, to: bb}\n"                    // 13: unknown-id
                         "  - {from: a, predicate: p, to: b, since: 2013-02-30}\n"  // 14: bad-date
                         "  - just text\n";                                         // 15: wrong-kind
  const Loaded r = load(kb);
  EXPECT_FALSE(r.graph.has_value());
  const std::vector<std::string> e = errors(r.diags);
  ASSERT_EQ(e.size(), 10u) << ::testing::PrintToString(e);
  std::vector<std::string> codes;
  for (const Diagnostic& d : r.diags.items()) {
    if (d.severity == Severity::kError) codes.push_back(d.code);
  }
  std::sort(codes.begin(), codes.end());
  EXPECT_EQ(codes,
            (std::vector<std::string>{"bad-date", "bad-id", "bad-iri", "bad-name", "duplicate-id", "duplicate-key",
                                      "missing-key", "unknown-id", "unknown-key", "wrong-kind"}));
  for (const std::string& line : e) EXPECT_EQ(line.rfind("kb.yaml:", 0), 0u) << line;
}

TEST(YamlImporterTest, ErrorsStopAtTheLimit) {
  std::string kb = std::string(kHead) + "entities:\n";
  for (int i = 0; i < 50; ++i) kb += "  - {id: e" + std::to_string(i) + ", type: T, nme: X}\n";  // 2 errors each
  Diagnostics diags(10);
  EXPECT_FALSE(load_sources({{"kb.yaml", kb}}, diags).has_value());
  EXPECT_EQ(diags.error_count(), 10u);
  EXPECT_TRUE(diags.truncated());
}

// --- several files -----------------------------------------------------------------------

TEST(YamlImporterTest, SeveralFilesAreOneKb) {
  const Loaded r = load({{"a.yaml", std::string(kHead) + "entities:\n  - {id: a, type: T, name: A}\n"},
                         {"b.yaml",
                          "base: https://example.org/other/\nentities:\n  - {id: b, type: T, name: B}\n"
                          "relations:\n  - {from: b, predicate: knows, to: a}\n"}});
  ASSERT_TRUE(r.graph.has_value()) << ::testing::PrintToString(errors(r.diags));
  const KnowledgeGraph& g = *r.graph;
  EXPECT_EQ(g.base_iri(), "https://example.org/kb/");
  const std::optional<NodeId> a = g.find_node("https://example.org/kb/a");
  const std::optional<NodeId> b = g.find_node("https://example.org/other/b");
  ASSERT_TRUE(a && b);
  ASSERT_EQ(g.out_edges(*b).size(), 1u);
  EXPECT_EQ(g.target(g.out_edges(*b)[0]), *a);
  EXPECT_EQ(g.str(g.edge(g.out_edges(*b)[0]).where.file), "b.yaml");
}

TEST(YamlImporterTest, IdDefinedInTwoFilesCitesBoth) {
  const Loaded r = load({{"a.yaml", std::string(kHead) + "entities:\n  - {id: x, type: T, name: A}\n"},
                         {"b.yaml", std::string(kHead) + "entities:\n\n  - {id: x, type: T, name: B}\n"}});
  EXPECT_FALSE(r.graph.has_value());
  const std::vector<std::string> e = errors(r.diags);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].rfind("b.yaml:5:10: error: duplicate id 'x' (first defined at a.yaml:4:10)", 0), 0u) << e[0];
}

TEST(YamlImporterTest, ABadFileLoadsNothing) {
  Diagnostics diags;
  EXPECT_FALSE(load_sources({{"a.yaml", std::string(kHead) + "entities:\n  - {id: a, type: T, name: A}\n"},
                             {"b.yaml", "base: [\n"}},
                            diags)
                   .has_value());
  EXPECT_TRUE(diags.has_errors());
}

TEST(YamlImporterTest, UnknownExtensionIsReported) {
  const Loaded r = load({{"kb.txt", "base: x\n"}});
  EXPECT_FALSE(r.graph.has_value());
  ASSERT_EQ(r.diags.items().size(), 1u);
  EXPECT_EQ(r.diags.items()[0].code, "unknown-format");
}

TEST(YamlImporterTest, ImporterIsRegistered) {
  const std::unique_ptr<Importer> importer = make_importer("yaml");
  ASSERT_NE(importer, nullptr);
  std::istringstream in(std::string(kHead) + "entities:\n  - {id: a, type: T, name: A}\n");
  KnowledgeGraph g;
  Diagnostics diags;
  importer->read(in, "x.yaml", g, diags, {});
  EXPECT_FALSE(diags.has_errors());
  EXPECT_TRUE(g.find_node("https://example.org/kb/a").has_value());
}

// --- an attribute value's own source ----------------------------------------------------

const std::string kSourced = std::string(KGFORGE_SOURCE_DIR) + "/tests/data/attribute_sources.yaml";

// The kgf:source qualifiers of each attribute value of `n`: "value -> iri iri".
std::vector<std::string> value_sources(const KnowledgeGraph& g, NodeId n) {
  std::vector<std::string> out;
  g.for_each_property(n, [&](const graph::NodeProperty& p) {
    if (p.role != graph::Role::kAttribute || g.str(p.predicate) == kKgf + "source") return;
    std::string line = std::string(g.str(p.value.text)) + " ->";
    g.for_each_qualifier(p, [&](const graph::Qualifier& q) {
      EXPECT_EQ(g.str(q.predicate), kKgf + "source");
      line += " " + std::string(g.str(q.value.text));
    });
    out.push_back(line);
  });
  return out;
}

TEST(YamlImporterTest, AnAttributeValueCarriesItsOwnSources) {
  Loaded r;
  r.graph = load_files({kSourced}, r.diags, {});
  ASSERT_TRUE(r.graph.has_value()) << ::testing::PrintToString(errors(r.diags));
  const KnowledgeGraph& g = *r.graph;
  const NodeId acme = *g.find_by_id("acme");
  const std::string kb = "https://example.org/kb/";
  EXPECT_EQ(value_sources(g, acme),
            (std::vector<std::string>{"1949-05 -> " + kb + "article/history",
                                      "Acme Works -> " + kb + "article/lead " + kb + "article", "Acme Manufacturing ->",
                                      "Acme Werke -> " + kb + "article/history", "120 ->"}));
  // {value: 1949-05} is typed as the bare scalar: the source changes nothing else.
  std::string datatype, language;
  EXPECT_EQ(attribute(g, acme, kKgf + "foundingDate", &datatype), "1949-05");
  EXPECT_EQ(datatype, kXsd + "gYearMonth");
  EXPECT_EQ(attribute(g, acme, kKgf + "formerName", nullptr, &language), "Acme Werke");  // the last one
  EXPECT_EQ(language, "de-de");
  // The entity's own source is unchanged: one kgf:source attribute, the lead.
  EXPECT_EQ(attribute(g, acme, kKgf + "source"), kb + "article/lead");
}

TEST(YamlImporterTest, AnExplicitValueWithoutDatatypeIsTypedAsWritten) {
  const Loaded r = load(std::string(kHead) +
                        "entities:\n  - id: a\n    type: T\n    name: A\n    attributes:\n"
                        "      n: {value: 120}\n      q: {value: \"120\"}\n");
  ASSERT_TRUE(r.graph.has_value());
  std::string datatype;
  EXPECT_EQ(attribute(*r.graph, *r.graph->find_by_id("a"), kKgf + "n", &datatype), "120");
  EXPECT_EQ(datatype, kXsd + "integer");
  EXPECT_EQ(attribute(*r.graph, *r.graph->find_by_id("a"), kKgf + "q", &datatype), "120");
  EXPECT_EQ(datatype, "");
}

TEST(YamlImporterTest, BadAttributeSourcesAreLocatedAndAllReported) {
  const std::string kb = std::string(kHead) +
                         "sources:\n  - id: article\n    title: A\n    sections:\n      - id: history\n"
                         "entities:\n  - id: a\n    type: T\n    name: A\n    attributes:\n"
                         "      foundingDate: {value: 2013-02-30, source: articel}\n"  // line 13
                         "      formerName:\n"
                         "        - {value: X, source: [article#histroy, a]}\n"  // line 15
                         "    qualifiers: 1\n";
  const Loaded r = load(kb);
  EXPECT_FALSE(r.graph.has_value());
  std::vector<std::string> e = errors(r.diags);
  std::sort(e.begin(), e.end());  // by place
  ASSERT_EQ(e.size(), 5u) << ::testing::PrintToString(e);
  expect_at(e[0], "13:29", "bad-date");
  expect_at(e[1], "13:49", "unknown-id");  // checked although the value is bad too
  EXPECT_NE(e[1].find("did you mean 'article'?"), std::string::npos) << e[1];
  expect_at(e[2], "15:31", "unknown-id");
  EXPECT_NE(e[2].find("did you mean 'history'?"), std::string::npos) << e[2];
  expect_at(e[3], "15:48", "unknown-id");
  EXPECT_NE(e[3].find("is an entity, not a source"), std::string::npos) << e[3];
  expect_at(e[4], "16:5", "unknown-key");
}

TEST(YamlImporterTest, ASourceInAQualifierValueIsAnUnknownKey) {
  const std::string kb = std::string(kHead) +
                         "sources:\n  - {id: article, title: A}\n"
                         "entities:\n  - id: a\n    type: T\n    name: A\n    relations:\n"
                         "      - {predicate: p, to: a, qualifiers: {q: {value: x, source: article}}}\n";
  const std::string e = only_error(kb);
  expect_at(e, "10:58", "unknown-key");
  EXPECT_NE(e.find("'source'"), std::string::npos) << e;
}

}  // namespace
}  // namespace kgforge::importers
