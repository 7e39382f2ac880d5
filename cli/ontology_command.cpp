// SPDX-License-Identifier: MIT
// kgforge ontology [--to ttl|md] [-o FILE] : the ontology in use (bundled, plus
// --ontology files, or --ontology-only), as Turtle or as a Markdown reference.
#include <iostream>
#include <sstream>

#include <CLI/CLI.hpp>

#include "cli/command.hpp"
#include "cli/common.hpp"
#include "core/output_file.hpp"
#include "ontology/ontology_writer.hpp"

namespace kgforge::cli {

namespace {

class OntologyCommand : public Command {
 public:
  CLI::App* add_to(CLI::App& app) override {
    CLI::App* sub = app.add_subcommand("ontology", "Print the ontology in use as Turtle or as a Markdown reference");
    sub->footer("Examples: kgforge ontology --to md -o docs/ontology.md\n"
                "          kgforge ontology --ontology mine.ttl --to ttl");
    sub->add_option("--to", format_, "ttl (Turtle, the default) or md (Markdown)")
        ->transform(CLI::IsMember({"ttl", "turtle", "md", "markdown"}, CLI::ignore_case));
    sub->add_option("-o,--output", output_, "Output file ('-' or absent: stdout); written atomically");
    sub->add_option("--ontology", ontology_files_, "Turtle file of extra classes and properties (repeatable)");
    sub->add_option("--ontology-only", ontology_only_, "Turtle ontology that replaces the bundled one");
    return sub;
  }

  int run() override {
    Diagnostics diags;
    ontology::Ontology onto = ontology_only_.empty()
                                  ? ontology::Ontology::bundled()
                                  : ontology::Ontology::from_turtle(read_input(ontology_only_), ontology_only_, diags);
    for (const std::string& path : ontology_files_) onto.add(ontology::Ontology::from_turtle(read_input(path), path, diags));
    if (!diags.has_errors()) ontology::check_ontology(onto, diags);
    if (!diags.items().empty()) print_diagnostics(diags, "text");
    if (diags.has_errors()) return kExitInputErrors;
    std::ostringstream text;
    if (format_ == "md" || format_ == "markdown") {
      ontology::write_markdown(onto, text);
    } else {
      ontology::write_turtle(onto, text);
    }
    if (output_.empty() || output_ == "-") {
      std::cout << text.str() << std::flush;
      if (!std::cout) throw IoError("<stdout>", "write failed");
      return kExitOk;
    }
    OutputFile file(output_);
    file.stream() << text.str();
    file.commit();
    return kExitOk;
  }

 private:
  std::string format_ = "ttl";
  std::string output_;
  std::vector<std::string> ontology_files_;
  std::string ontology_only_;
};

}  // namespace

std::unique_ptr<Command> make_ontology_command() { return std::make_unique<OntologyCommand>(); }

}  // namespace kgforge::cli
