// SPDX-License-Identifier: MIT
// SVG, PNG and PDF: the DOT diagram laid out and rendered in-process by Graphviz's
// libgvc, with the layout engine and its limits chosen by the size of the view.
#ifndef KGFORGE_EXPORTERS_RENDER_EXPORTER_HPP
#define KGFORGE_EXPORTERS_RENDER_EXPORTER_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "exporters/exporter.hpp"

namespace kgforge::exporters {

/// Views with more entities than this are refused: nobody can read them.
inline constexpr std::size_t kMaxRenderNodes = 2000;
/// The default layout is `dot` (layered, readable, edge labels placed without overlap)
/// for views of up to kMaxDotNodes entities, or up to kMaxSparseDotNodes entities with
/// at most two relations per entity, and never above kMaxDotEdges relations; `sfdp`
/// (force-directed, with overlap removal) otherwise. Measured here with the limits
/// below: CEOP (120 entities, 185 relations) 0.8 s; random graphs 150/225 0.4 s,
/// 100/200 0.8 s, 60/300 3.2 s; without them the dot layout of 100 random entities
/// took 110 s and of 300 never finished.
inline constexpr std::size_t kMaxDotNodes = 60;
inline constexpr std::size_t kMaxSparseDotNodes = 150;
inline constexpr std::size_t kMaxDotEdges = 300;
/// `--layout dot` is refused above this size (it would run for many minutes).
inline constexpr std::size_t kMaxExplicitDotNodes = 300;

/// A layout engine and the graph attributes it runs with.
struct LayoutChoice {
  std::string engine;
  std::vector<std::pair<std::string, std::string>> attributes;
  std::string reason;  ///< why this engine, for the CLI's note line
};

/// The engine for a view of `nodes` entities and `edges` relations: `requested`
/// if given (within its limits), else dot with network-simplex and crossing limits for
/// small or sparse views and sfdp with overlap removal otherwise. Throws kgforge::Error
/// with advice (--focus, --classes) for a view too large to draw legibly.
LayoutChoice choose_layout(std::size_t nodes, std::size_t edges, std::string_view requested);

struct RenderResult {
  std::string data;  ///< the SVG, PNG or PDF bytes
  LayoutChoice layout;
  std::size_t nodes = 0;
  std::size_t edges = 0;
  std::vector<std::string> warnings;  ///< what Graphviz reported without failing
};

/// Builds the DOT diagram (make_dot), lays it out and renders it as `format`
/// (svg, png, pdf) with libgvc, under one process-wide lock (Graphviz is not
/// thread-safe). Throws kgforge::Error with Graphviz's messages on failure.
RenderResult render_diagram(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::string_view format);

/// Renders DOT text as given (no size limits); for tests and tools.
std::string render_dot_text(const std::string& dot, const LayoutChoice& layout, std::string_view format,
                            std::vector<std::string>* warnings = nullptr);

class RenderExporter : public Exporter {
 public:
  explicit RenderExporter(std::string format) : format_(std::move(format)) {}
  void write(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) const override;

 private:
  std::string format_;
};

class SvgExporter : public RenderExporter {
 public:
  SvgExporter() : RenderExporter("svg") {}
};
class PngExporter : public RenderExporter {
 public:
  PngExporter() : RenderExporter("png") {}
};
class PdfExporter : public RenderExporter {
 public:
  PdfExporter() : RenderExporter("pdf") {}
};

}  // namespace kgforge::exporters

#endif  // KGFORGE_EXPORTERS_RENDER_EXPORTER_HPP
