// SPDX-License-Identifier: MIT
// kgforge render [KB...] -o FILE.svg|.png|.pdf [--layout ENGINE] [view options]:
// lays out and renders the diagram in-process with Graphviz and says which layout
// engine it used.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <iomanip>
#include <iostream>

#include "cli/command.hpp"
#include "cli/common.hpp"
#include "core/formats.hpp"
#include "core/output_file.hpp"
#include "exporters/dot_exporter.hpp"
#include "exporters/render_exporter.hpp"

namespace kgforge::cli {

namespace {

const formats::Filter kImages = formats::writable({formats::Kind::kImage});

class RenderCommand : public Command {
 public:
  CLI::App* add_to(CLI::App& app) override {
    CLI::App* sub =
        app.add_subcommand("render", "Lay out and render the graph as SVG, PNG or PDF (Graphviz, in-process)");
    sub->footer(
        "Example: kgforge render kb.yaml -o kb.svg\n"
        "         kgforge render kb.yaml -o nca.png --focus nca --depth 1 --cluster\n"
        "Layout: dot up to " +
        std::to_string(exporters::kMaxDotNodes) + " entities (" + std::to_string(exporters::kMaxSparseDotNodes) +
        " if sparse), sfdp above; views over " + std::to_string(exporters::kMaxRenderNodes) +
        " entities are refused (narrow them with --focus or --classes).");
    add_input_options(sub, input_, /*kb_required=*/false);
    sub->add_option("-o,--output", output_, "Output file: " + formats::extensions(kImages))->required();
    std::vector<std::string> names;
    for (const formats::Format* f : formats::select(kImages)) names.emplace_back(f->name);
    sub->add_option("--format", format_, formats::names(kImages) + " (default: from the output file's extension)")
        ->transform(CLI::IsMember(names, CLI::ignore_case));
    add_view_options(sub, options_, /*diagram=*/true);
    sub->add_option("--page", options_.page,
                    "Scale the drawing to a page: A4, A3 or letter, optionally ,landscape (text never below " +
                        std::to_string(static_cast<int>(exporters::kMinPrintedFontPt)) + " pt)");
    sub->add_option("--dpi", options_.dpi, "PNG: pixels per inch (default 96)");
    sub->add_option("--size", options_.size, "Scale the drawing to fit WIDTHxHEIGHT pixels (at --dpi)");
    return sub;
  }

  int run() override {
    const formats::Format* found = format_.empty() ? formats::for_path(output_) : formats::find(format_);
    if (found == nullptr || !kImages.matches(*found)) {
      throw FormatError("cannot tell the format of '" + output_ + "': name it " + formats::extensions(kImages) +
                        ", or give --format");
    }
    const std::string format(found->name);
    Loaded loaded = load_inputs(input_, /*allow_default_kb=*/true);
    options_.ontology = &loaded.ontology;
    const exporters::RenderResult result = exporters::render_diagram(loaded.graph, options_, format);
    OutputFile file(output_);
    file.stream().write(result.data.data(), static_cast<std::streamsize>(result.data.size()));
    file.commit();
    if (!quiet()) {
      for (const std::string& w : result.warnings) std::cerr << "kgforge: graphviz: " << w << '\n';
      std::cerr << "kgforge: note: laid out with " << result.layout.engine << ": " << result.layout.reason << '\n';
      if (result.fit.scale < 1) {
        std::cerr << "kgforge: note: scaled to " << static_cast<int>(result.fit.scale * 100 + 0.5)
                  << "% to fit; the smallest text is " << std::fixed << std::setprecision(1)
                  << exporters::kSmallestFontPt * result.fit.scale << " pt\n";
      }
    }
    if (!quiet()) std::cout << "wrote " << output_ << " (" << result.data.size() << " bytes, " << format << ")\n";
    return kExitOk;
  }

 private:
  InputOptions input_;
  exporters::ExportOptions options_;
  std::string output_;
  std::string format_;
};

}  // namespace

std::unique_ptr<Command> make_render_command() { return std::make_unique<RenderCommand>(); }

}  // namespace kgforge::cli
