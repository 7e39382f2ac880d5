// SPDX-License-Identifier: MIT
// kgforge build [KB...] [-o DIR] [--formats ...]: the main job. Loads and validates
// the KB (the bundled CEOP KB by default), prints its statistics and writes every
// requested format into DIR.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "cli/analysis_options.hpp"
#include "cli/command.hpp"
#include "cli/common.hpp"
#include "cli/rdf_options.hpp"
#include "core/formats.hpp"
#include "exporters/render_exporter.hpp"
#include "graph/stats.hpp"

namespace kgforge::cli {

namespace {

// The extensions of the formats written when --formats is not given: "ttl,nt,...".
std::string default_formats() {
  std::string out;
  for (const formats::Format& f : formats::all()) {
    if (f.write && f.default_build) out += (out.empty() ? "" : ",") + std::string(f.extensions.front());
  }
  return out;
}

class BuildCommand : public Command {
 public:
  CLI::App* add_to(CLI::App& app) override {
    CLI::App* sub = app.add_subcommand(
        "build", "Build the graph and write every export (default: the bundled CEOP KB into ./out/)");
    sub->footer(
        "Example: kgforge build                 (the CEOP graph into ./out/)\n"
        "         kgforge build kb.yaml -o site --formats ttl,graphml");
    add_input_options(sub, input_, /*kb_required=*/false);
    sub->add_option("-o,--output-dir", dir_, "Folder for the outputs (created if absent)");
    sub->add_option("--formats", formats_,
                    "Formats to write (comma-separated): " + formats::names(formats::writable()) +
                        "; default: " + default_formats())
        ->delimiter(',');
    add_annotate_options(sub, annotate_);
    add_rdf_options(sub, rdf_);
    add_sources_option(sub, view_);
    sub->add_option("--name", name_,
                    "Base name of the output files (default: the first KB's file name, stdin for '-', or ceop)");
    return sub;
  }

  int run() override {
    std::vector<std::string> wanted;
    if (formats_.empty()) {
      for (const formats::Format& f : formats::all()) {
        if (f.write && f.default_build) wanted.emplace_back(f.name);
      }
    } else {
      for (const std::string& name : formats_) {
        const formats::Format* f = formats::find(name);
        if (f == nullptr || !f->write) throw FormatError("unknown format '" + name + "' in --formats");
        wanted.emplace_back(f->name);
      }
    }
    Loaded loaded = load_inputs(input_, /*allow_default_kb=*/true);
    const graph::GraphStats s = graph::compute_stats(loaded.graph);
    if (!quiet()) {
      std::cout << "kgforge: " << (input_.kb_files.empty() ? std::string(kBundledKbName) : input_.kb_files.front())
                << (input_.kb_files.size() > 1 ? " (+" + std::to_string(input_.kb_files.size() - 1) + " more)" : "")
                << ": " << s.entities << " entities, " << s.relations << " relations, " << s.qualifiers
                << " qualifiers, " << s.weak_components << " component(s); valid\n";
    }
    if (wanted.empty()) return kExitOk;
    if (std::error_code ec; !std::filesystem::create_directories(dir_, ec) && ec) {
      throw IoError(dir_, "cannot create the output folder: " + ec.message());
    }
    if (formats_.empty() && loaded.graph.node_count() > exporters::kMaxRenderNodes) {
      // The default run still writes every data format; a diagram of this size would be
      // refused as unreadable, so it is skipped rather than failing the whole build.
      std::erase_if(wanted, [](const std::string& f) { return formats::has_kind(f, formats::Kind::kImage); });
      if (!quiet())
        std::cerr << "kgforge: note: no out/*.svg: " << loaded.graph.node_count() << " entities are more than "
                  << exporters::kMaxRenderNodes
                  << " that can be drawn legibly; use kgforge render --focus or --classes\n";
    }
    const std::string base = name_.empty() ? default_name() : name_;
    exporters::ExportOptions options = view_;
    options.ontology = &loaded.ontology;
    apply_rdf_options(rdf_, options);
    annotate_.include_sources = options.include_sources;
    const std::optional<Annotations> annotations = annotate_graph(loaded.graph, annotate_, &loaded.ontology);
    std::optional<graph::KnowledgeGraph> with_provenance;  // RDF outputs also get the PROV record
    // All or nothing: every output is written to its temporary first; they are renamed
    // over the old outputs only once every one has been written.
    std::vector<std::unique_ptr<OutputFile>> files;
    for (const std::string& format : wanted) {
      const std::filesystem::path path =
          std::filesystem::path(dir_) / (base + "." + std::string(formats::extension_for(format)));
      const bool rdf = formats::has_kind(format, formats::Kind::kRdf);  // RDF outputs carry the PROV record
      if (annotations && rdf && !with_provenance) {
        with_provenance.emplace();
        with_provenance->merge(loaded.graph);
        add_provenance(*with_provenance, *annotations);
      }
      const std::vector<std::string> paths = export_paths(format, path.string());  // tables: two files
      for (std::size_t part = 0; part < paths.size(); ++part) {
        files.push_back(std::make_unique<OutputFile>(paths[part]));
        write_export(annotations && rdf ? *with_provenance : loaded.graph, format, options, *files.back(), part);
        files.back()->finish();
      }
    }
    OutputFile::commit_all(files);
    for (const std::unique_ptr<OutputFile>& file : files) {
      if (!quiet())
        std::cout << "  wrote " << file->path() << " (" << std::filesystem::file_size(file->path()) << " bytes)\n";
    }
    return kExitOk;
  }

 private:
  std::string default_name() const {
    if (input_.kb_files.empty()) return "ceop";
    if (input_.kb_files.front() == "-") return "stdin";
    return std::filesystem::path(input_.kb_files.front()).stem().string();
  }

  InputOptions input_;
  std::string dir_ = "out";
  std::vector<std::string> formats_;
  AnalysisCliOptions annotate_;
  RdfCliOptions rdf_;
  exporters::ExportOptions view_;  // --include-sources
  std::string name_;
};

}  // namespace

std::unique_ptr<Command> make_build_command() { return std::make_unique<BuildCommand>(); }

}  // namespace kgforge::cli
