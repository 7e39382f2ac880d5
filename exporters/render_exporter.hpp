// SPDX-License-Identifier: MIT
// SVG, PNG and PDF: the DOT diagram laid out and rendered in-process by Graphviz's
// libgvc, with the layout engine and its limits chosen by the size of the view.
#ifndef KGFORGE_EXPORTERS_RENDER_EXPORTER_HPP
#define KGFORGE_EXPORTERS_RENDER_EXPORTER_HPP

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "exporters/dot_exporter.hpp"
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

/// The smallest text a printed page may carry; --page refuses to go below it.
inline constexpr double kMinPrintedFontPt = 6;
/// Rasters (PNG) larger than this are refused before they are drawn: at 96 dpi a
/// layout of 120 entities with circo asked for 926 megapixels (46.7 s, 3.66 GB).
inline constexpr double kMaxRasterPixels = 40e6;

/// Where the drawing must fit and how finely rasters are drawn, from --page, --size
/// and --dpi. A zero width means the natural size (no scaling).
struct Canvas {
  double width_pt = 0;
  double height_pt = 0;
  std::string what;   ///< "A3 landscape", "4000x3000 px": how messages name it
  bool page = false;  ///< from --page: the minimum font size applies
  double dpi = 96;
};

/// The canvas the options ask for: --page A4|A3|letter[,landscape] (less a 0.5 in
/// margin), --size WIDTHxHEIGHT (pixels, at --dpi), --dpi N (default 96). Throws
/// kgforge::UsageError for a malformed value.
Canvas canvas_for(const ExportOptions& options);

/// How a laid-out drawing fits its canvas: Graphviz scales it down (never up) to fit.
struct Fit {
  double scale = 1;     ///< 1 = natural size
  double width_pt = 0;  ///< the drawing as rendered
  double height_pt = 0;
  double pixels = 0;  ///< width * height at the canvas's dpi
};

struct RenderResult {
  std::string data;  ///< the SVG, PNG or PDF bytes
  LayoutChoice layout;
  std::size_t nodes = 0;
  std::size_t edges = 0;
  std::size_t relations = 0;  ///< relations drawn (edges merge parallel ones)
  Fit fit;
  std::vector<std::string> warnings;  ///< what Graphviz reported without failing
};

/// Builds the DOT diagram (make_dot), lays it out and renders it as `format`
/// (svg, png, pdf) with libgvc, under one process-wide lock (Graphviz is not
/// thread-safe), scaled to the canvas of canvas_for(options). Throws kgforge::Error
/// with Graphviz's messages on failure; with advice (a --focus or --classes view)
/// when --page would shrink text below kMinPrintedFontPt; and with a note when a PNG
/// would exceed kMaxRasterPixels.
RenderResult render_diagram(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::string_view format);

/// Renders DOT text as given (no size limits); for tests and tools. `check`, if
/// given, is called with the fit after the layout and before rendering; it may throw.
std::string render_dot_text(const std::string& dot, const LayoutChoice& layout, std::string_view format,
                            std::vector<std::string>* warnings = nullptr, const Canvas& canvas = {},
                            const std::function<void(const Fit&)>& check = {});

/// Where the layout engine put one node: its centre and size in points, with the origin
/// at the top left of the drawing and y pointing down (as in SVG and on screen).
struct NodePlace {
  std::string name;  ///< its DOT id
  double x = 0;
  double y = 0;
  double width = 0;
  double height = 0;
};

/// The route Graphviz drew for one edge: its spline's points (a start, then three per
/// cubic Bezier piece), in the coordinates of NodePlace. Edges are listed per tail node
/// in the order the DOT text gives them.
struct EdgePlace {
  std::string from;  ///< DOT ids
  std::string to;
  std::vector<double> points;  ///< x0, y0, x1, y1, ...
};

struct Placement {
  double width_pt = 0;  ///< the drawing's bounding box (legend included)
  double height_pt = 0;
  std::vector<NodePlace> nodes;
  std::vector<EdgePlace> edges;
  LayoutChoice layout;
  std::vector<std::string> warnings;  ///< what Graphviz reported without failing
};

/// Lays out a diagram of make_dot() with the engine and settings render_diagram() uses
/// for it (choose_layout, options.layout) and returns where each node went, without
/// rendering. Throws kgforge::Error as render_diagram() does.
Placement place_diagram(const DotDiagram& diagram, const ExportOptions& options);

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
