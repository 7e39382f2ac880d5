// SPDX-License-Identifier: MIT
// libFuzzer round-trip target: the input drives a random knowledge base (entities with
// hostile names, aliases, descriptions and attributes, attribute values' own sources and
// notes, relations, qualifiers). If the
// writers' checks (what `validate` runs) accept it, then every writer must succeed,
// and each RDF output read back must give the same graph: its N-Triples (canonical,
// sorted) equal the original's. A refusal by a writer after the checks passed, or a
// different graph, aborts (a finding).
#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "exporters/exportable.hpp"
#include "exporters/exporter.hpp"
#include "graph/iri.hpp"
#include "graph/knowledge_graph.hpp"
#include "importers/load.hpp"
#include "importers/ontology_loader.hpp"
#include "ontology/ontology.hpp"

namespace {

using kgforge::graph::KnowledgeGraph;
using kgforge::graph::NodeProperty;
using kgforge::graph::Role;
using kgforge::graph::Value;

const kgforge::ontology::Ontology& onto() {
  static const kgforge::ontology::Ontology o = kgforge::importers::bundled_ontology();
  return o;
}

std::string write(const KnowledgeGraph& g, const char* format) {
  kgforge::exporters::ExportOptions options;
  options.ontology = &onto();
  std::ostringstream out;
  try {
    kgforge::exporters::make_exporter(format)->write(g, options, out);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "writer %s refused a graph the checks passed: %s\n", format, e.what());
    std::abort();
  }
  return out.str();
}

// The N-Triples of one graph in a form where blank-node labels do not count: each blank
// node (a minted reification label) is replaced by the sorted list of its own triples,
// with itself written as _:x, and the lines are sorted. Two writes of isomorphic graphs
// (parallel relations read back in another order, so their statements minted other
// labels) give the same text; any changed, lost or added triple still shows.
std::string canonical(const std::string& ntriples) {
  std::vector<std::string> plain;
  std::map<std::string, std::vector<std::string>> by_blank;
  std::istringstream in(ntriples);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("_:", 0) == 0) {
      const std::size_t end = line.find(' ');
      by_blank[line.substr(0, end)].push_back("_:x" + line.substr(end));
    } else {
      plain.push_back(line);
    }
  }
  for (auto& [label, lines] : by_blank) {
    std::sort(lines.begin(), lines.end());
    std::string group = "[";
    for (const std::string& l : lines) group += l + " ; ";
    plain.push_back(group + "]");
  }
  std::sort(plain.begin(), plain.end());
  std::string out;
  for (const std::string& l : plain) out += l + "\n";
  return out;
}

[[noreturn]] void differ(const char* format, const std::string& want, const std::string& got) {
  std::fprintf(stderr, "round trip through %s changed the graph\n--- want\n%s--- got\n%s", format, want.c_str(),
               got.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider in(data, size);
  KnowledgeGraph g;
  const char* kgf = "https://w3id.org/kgforge/ns#";
  const std::string classes[] = {"Organisation", "Person", "Company", "Programme"};
  const std::string predicates[] = {"partnerOf", "worksFor", "fundedBy", "partOf"};
  const std::string attributes[] = {"note", "role", "website", "foundingDate"};
  const std::size_t n = in.ConsumeIntegralInRange<std::size_t>(1, 8);
  for (std::size_t i = 0; i < n; ++i) {
    const auto v = g.add_node("https://example.org/kb/e" + std::to_string(i));
    g.add_class(v, g.intern(kgf + classes[in.ConsumeIntegralInRange<int>(0, 3)]));
    if (in.ConsumeBool()) g.set_name(v, in.ConsumeRandomLengthString(64));
    if (in.ConsumeBool()) {
      g.add_property(v, {Role::kAlias, 0, Value::literal(g.intern(in.ConsumeRandomLengthString(32))), {}});
    }
    if (in.ConsumeBool()) {
      g.add_property(v, {Role::kDescription, 0, Value::literal(g.intern(in.ConsumeRandomLengthString(64))), {}});
    }
    if (in.ConsumeBool()) {
      const std::string p = kgf + attributes[in.ConsumeIntegralInRange<int>(0, 2)];
      const auto value = g.add_property(
          v, {Role::kAttribute, g.intern(p), Value::literal(g.intern(in.ConsumeRandomLengthString(32))), {}});
      // The value's own sources (an entity's IRI stands for a section) and a note.
      const int qualifiers = in.ConsumeIntegralInRange<int>(0, 2);
      for (int q = 0; q < qualifiers; ++q) {
        if (in.ConsumeBool()) {
          const std::string section = "https://example.org/kb/e" + std::to_string(in.ConsumeIntegralInRange<int>(0, 7));
          g.add_qualifier(value, {g.intern(std::string(kgf) + "source"), Value::iri(g.intern(section))});
        } else {
          g.add_qualifier(
              value, {g.intern(std::string(kgf) + "note"), Value::literal(g.intern(in.ConsumeRandomLengthString(16)))});
        }
      }
    }
  }
  const std::size_t m = in.ConsumeIntegralInRange<std::size_t>(0, 12);
  for (std::size_t i = 0; i < m; ++i) {
    const auto s = in.ConsumeIntegralInRange<std::uint32_t>(0, static_cast<std::uint32_t>(n - 1));
    const auto o = in.ConsumeIntegralInRange<std::uint32_t>(0, static_cast<std::uint32_t>(n - 1));
    const auto e = g.add_edge(s, g.intern(kgf + predicates[in.ConsumeIntegralInRange<int>(0, 3)]), o);
    if (in.ConsumeBool()) {
      g.add_qualifier(
          e, {g.intern(std::string(kgf) + "note"), Value::literal(g.intern(in.ConsumeRandomLengthString(32)))});
    }
  }
  kgforge::Diagnostics checks(1000);
  kgforge::exporters::check_exportable(g, checks);
  if (checks.has_errors()) return 0;  // refused where `validate` refuses: nothing more to hold

  const std::string want = write(g, "ntriples");
  for (const char* format : {"graphml", "dot"}) (void)write(g, format);
  const struct {
    const char* format;
    const char* name;
  } rdf[] = {{"turtle", "back.ttl"}, {"ntriples", "back.nt"}, {"rdfxml", "back.rdf"}};
  for (const auto& r : rdf) {
    const std::string text = write(g, r.format);
    kgforge::Diagnostics diags;
    const auto back = kgforge::importers::load_sources({{r.name, text}}, diags);
    if (!back) {
      std::string all;
      for (const kgforge::Diagnostic& d : diags.items()) all += kgforge::format_text(d) + "\n";
      differ(r.format, want, "(not readable)\n" + all + text);
    }
    const std::string got = write(*back, "ntriples");
    if (canonical(got) != canonical(want)) differ(r.format, want, got);
  }
  return 0;
}
