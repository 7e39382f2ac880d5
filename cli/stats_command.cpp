// SPDX-License-Identifier: MIT
// kgforge stats KB... [--format text|json]
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/command.hpp"
#include "cli/common.hpp"
#include "graph/names.hpp"
#include "graph/stats.hpp"

namespace kgforge::cli {

namespace {

// A kgf: class IRI -> "kgf:Person" when a prefix matches.
std::string shorten(const graph::KnowledgeGraph& g, std::string_view iri) {
  return graph::compact_name(iri, g.prefixes(), {.bare_kgf = false, .brackets = false});
}

void print_table(const graph::KnowledgeGraph& g, const char* title,
                 const std::vector<std::pair<std::string, std::size_t>>& rows) {
  std::cout << title << " (" << rows.size() << "):\n";
  for (const auto& [iri, count] : rows) std::cout << "  " << count << "\t" << shorten(g, iri) << '\n';
}

void print_json_rows(const char* key, const std::vector<std::pair<std::string, std::size_t>>& rows, bool last) {
  std::cout << "  " << json_quote(key) << ": {";
  for (std::size_t i = 0; i < rows.size(); ++i) {
    std::cout << (i ? ", " : "") << json_quote(rows[i].first) << ": " << rows[i].second;
  }
  std::cout << "}" << (last ? "\n" : ",\n");
}

class StatsCommand : public Command {
 public:
  CLI::App* add_to(CLI::App& app) override {
    CLI::App* sub = app.add_subcommand(
        "stats", "Print entities by class, relations by predicate, qualifiers, sources and components");
    sub->footer("Example: kgforge stats kb.yaml --format json");
    add_input_options(sub, input_, /*kb_required=*/false);
    add_report_format(sub, format_, {"text", "json"});
    return sub;
  }

  int run() override {
    const Loaded loaded = load_inputs(input_, /*allow_default_kb=*/true);
    const graph::KnowledgeGraph& g = loaded.graph;
    const graph::GraphStats s = graph::compute_stats(g);
    if (format_ == "json") {
      std::cout << "{\n  \"entities\": " << s.entities << ",\n  \"relations\": " << s.relations
                << ",\n  \"attributes\": " << s.attributes << ",\n  \"qualifiers\": " << s.qualifiers
                << ",\n  \"value_qualifiers\": " << s.value_qualifiers
                << ",\n  \"weak_components\": " << s.weak_components
                << ",\n  \"largest_component\": " << s.largest_component << ",\n  \"sources_cited\": " << s.cited.size()
                << ",\n";
      print_json_rows("classes", s.classes, false);
      print_json_rows("predicates", s.predicates, false);
      print_json_rows("qualifiers_by_predicate", s.qualifier_predicates, false);
      print_json_rows("cited", s.cited, true);
      std::cout << "}\n";
      return kExitOk;
    }
    std::cout << "entities:   " << s.entities << "\nrelations:  " << s.relations << "\nattributes: " << s.attributes
              << "\nqualifiers: " << s.qualifiers;
    if (s.value_qualifiers > 0) std::cout << " (and " << s.value_qualifiers << " on attribute values)";
    std::cout << "\ncomponents: " << s.weak_components << " (weakly connected; largest has " << s.largest_component
              << " entities)\n";
    print_table(g, "entities by class", s.classes);
    print_table(g, "relations by predicate", s.predicates);
    print_table(g, "qualifiers by predicate", s.qualifier_predicates);
    print_table(g, "sources cited (by relations, attribute values and entities)", s.cited);
    return kExitOk;
  }

 private:
  InputOptions input_;
  std::string format_;
};

}  // namespace

std::unique_ptr<Command> make_stats_command() { return std::make_unique<StatsCommand>(); }

}  // namespace kgforge::cli
