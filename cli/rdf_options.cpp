// SPDX-License-Identifier: MIT
#include "cli/rdf_options.hpp"

#include <CLI/CLI.hpp>

#include "ontology/entailment.hpp"

namespace kgforge::cli {

void add_rdf_options(CLI::App* sub, RdfCliOptions& options) {
  options.entail_option =
      sub->add_option("--entail", options.entail,
                      "RDF: also write the triples the ontology's alignment entails (super-classes, "
                      "super-properties, inverses); =schema,org,foaf,prov,... picks the vocabularies "
                      "(default: all). Write --entail=LIST, or --entail after the input files")
          ->expected(0, 1);  // one value, split here: CLI11's delimiter would make it several
  sub->add_option("--qualifiers", options.qualifiers,
                  "RDF: how relation qualifiers are written: reify (rdf:Statement, default) or star "
                  "(RDF-star annotations {| ... |}; Turtle and TriG only)")
      ->transform(CLI::IsMember({"reify", "star"}, CLI::ignore_case));
}

void apply_rdf_options(const RdfCliOptions& options, exporters::ExportOptions& out) {
  out.star_qualifiers = options.qualifiers == "star";
  if (options.entail_option == nullptr || options.entail_option->count() == 0) return;
  out.entail = true;
  std::vector<std::string> names;
  for (const std::string& value : options.entail) {
    std::size_t start = 0;
    for (std::size_t comma; (comma = value.find(',', start)) != std::string::npos; start = comma + 1) {
      names.push_back(value.substr(start, comma - start));
    }
    names.push_back(value.substr(start));
  }
  out.entail_namespaces = ontology::entailment_namespaces(names);
}

}  // namespace kgforge::cli
