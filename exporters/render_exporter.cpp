// SPDX-License-Identifier: MIT
#include "exporters/render_exporter.hpp"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <memory>
#include <mutex>
#include <ostream>

#include "core/error.hpp"
#include "core/text.hpp"
#include "exporters/dot_exporter.hpp"
#include "exporters/export_view.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/names.hpp"

namespace kgforge::exporters {

namespace {

// cgraph and gvc keep global state (the parser, the error buffer, layout code):
// every call goes through this lock, process-wide.
std::mutex& gv_mutex() {
  static std::mutex m;
  return m;
}

// One context for the process: gvContext() loads the plugin configuration.
GVC_t* gv_context() {
  static GVC_t* gvc = gvContext();
  return gvc;
}

std::string* gv_messages = nullptr;  // guarded by gv_mutex()

int collect_message(char* message) {
  if (gv_messages != nullptr && message != nullptr) *gv_messages += message;
  return 0;
}

// The collected messages split into lines, without empty ones.
std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    if (end > pos) out.push_back(text.substr(pos, end - pos));
    pos = end + 1;
  }
  return out;
}

struct GraphCloser {
  GVC_t* gvc;
  bool laid_out = false;
  void operator()(Agraph_t* g) const {
    if (laid_out) gvFreeLayout(gvc, g);
    agclose(g);
  }
};

void set_attribute(Agraph_t* g, const std::string& name, const std::string& value) {
  std::string n = name, v = value, empty;
  agsafeset(g, n.data(), v.data(), empty.data());
}

std::string too_large(std::size_t nodes, std::size_t limit, std::string_view what) {
  return "the view has " + std::to_string(nodes) + " entities, more than " + std::string(what) + " (" +
         std::to_string(limit) + "); narrow it with --focus ID --depth N, --classes A,B or --as-of DATE";
}

}  // namespace

namespace {

struct Paper {
  std::string_view name;
  double width_pt;
  double height_pt;
};
constexpr Paper kPapers[] = {{"A4", 595.28, 841.89}, {"A3", 841.89, 1190.55}, {"letter", 612, 792}};
constexpr double kPaperMarginPt = 36;  // 0.5 in on every side
constexpr double kPadPt = 4;           // Graphviz's default pad, on every side

std::string number(double v, int decimals = 1) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

// The entities drawn, best connected first (at most `k`).
std::vector<graph::NodeId> hubs(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::size_t k) {
  const graph::View view = export_view(graph, options);
  std::vector<std::size_t> degree(graph.node_count(), 0);
  for (const graph::EdgeRef e : graph.edges()) {
    const graph::NodeId s = graph.source(e), t = graph.target(e);
    if (!view.edge[graph.edge(e).id] || !view.node[s] || !view.node[t] || s == t) continue;
    ++degree[s];
    ++degree[t];
  }
  std::vector<graph::NodeId> order;
  for (graph::NodeId n = 0; n < graph.node_count(); ++n) {
    if (degree[n] > 0) order.push_back(n);
  }
  std::stable_sort(order.begin(), order.end(), [&](graph::NodeId a, graph::NodeId b) { return degree[a] > degree[b]; });
  if (order.size() > k) order.resize(k);
  return order;
}

// A generic smaller view, for the pixel budget.
std::string smaller_view(const graph::KnowledgeGraph& graph, const ExportOptions& options) {
  const std::vector<graph::NodeId> top = hubs(graph, options, 1);
  if (top.empty()) return "--classes A,B";
  return "--focus " + graph::display_id(graph, top.front()) + " --depth 1, or --classes A,B";
}

// Thrown from a render's fit check to stop it before anything is drawn.
struct TooSmall {
  Fit fit;
};
struct Fits {
  std::size_t nodes;
};

// What to draw instead of a view too large for its page: the largest ego network
// (depth one less than asked, or 1 around the best-connected entities) that fits, found
// by laying the candidates out; and the page the whole view would need.
std::string page_advice(const graph::KnowledgeGraph& graph, const ExportOptions& options, const Canvas& canvas,
                        const Fit& fit) {
  std::vector<ExportOptions> candidates;
  if (!options.focus.empty() && options.depth > 1) {
    candidates.push_back(options);
    candidates.back().depth = options.depth - 1;
  }
  for (const graph::NodeId n : hubs(graph, options, 8)) {
    candidates.push_back(options);
    candidates.back().focus = graph::display_id(graph, n);
    candidates.back().depth = 1;
  }
  std::string advice;
  for (const ExportOptions& c : candidates) {
    try {
      const DotDiagram d = make_dot(graph, c);
      if (d.nodes < 2) continue;
      render_dot_text(d.text, choose_layout(d.nodes, d.edges, c.layout), "svg", nullptr, canvas, [&](const Fit& f) {
        if (kSmallestFontPt * f.scale < kMinPrintedFontPt) throw TooSmall{f};
        throw Fits{d.nodes};
      });
    } catch (const Fits& f) {
      advice = "--focus " + c.focus + " --depth " + std::to_string(c.depth) + " (" + std::to_string(f.nodes) +
               " entities) fits " + canvas.what;
      break;
    } catch (const TooSmall&) {
    } catch (const Error&) {
    }
  }
  // At 6 pt the whole view would be drawn at 6/8 of its natural size, plus the margins.
  const double shrink = kMinPrintedFontPt / kSmallestFontPt / fit.scale;
  const double mm = 25.4 / 72;
  const std::string page = number((fit.width_pt * shrink + 2 * kPaperMarginPt) * mm, 0) + " x " +
                           number((fit.height_pt * shrink + 2 * kPaperMarginPt) * mm, 0) + " mm";
  return "draw a smaller view: " + (advice.empty() ? "--focus ID --depth 1 or --classes A,B" : advice) +
         "; or --classes A,B; the whole view needs a page of at least " + page;
}

}  // namespace

LayoutChoice choose_layout(std::size_t nodes, std::size_t edges, std::string_view requested) {
  if (nodes > kMaxRenderNodes) throw Error(too_large(nodes, kMaxRenderNodes, "can be drawn legibly"));
  const bool small = nodes <= kMaxDotNodes || (nodes <= kMaxSparseDotNodes && edges <= 2 * nodes);
  const std::string engine = requested.empty() ? (small && edges <= kMaxDotEdges ? "dot" : "sfdp") : lower(requested);
  LayoutChoice choice;
  choice.engine = engine;
  const std::string size = std::to_string(nodes) + " entities, " + std::to_string(edges) + " relations";
  if (engine == "dot") {
    if (!requested.empty() && nodes > kMaxExplicitDotNodes) {
      throw Error(too_large(nodes, kMaxExplicitDotNodes, "the dot layout can place in reasonable time") +
                  ", or use --layout sfdp");
    }
    // Network simplex limits: the dot layout's cost explodes on dense, non-hierarchical graphs.
    const bool tiny = nodes <= 30 && edges <= 60;
    choice.attributes = {{"nslimit", tiny ? "8" : "2"},
                         {"nslimit1", tiny ? "8" : "2"},
                         {"mclimit", tiny ? "1" : "0.3"},
                         {"searchsize", "30"}};
    choice.reason = requested.empty() ? size + "; dot for views up to " + std::to_string(kMaxDotNodes) + " entities (" +
                                            std::to_string(kMaxSparseDotNodes) + " if sparse)"
                                      : size;
    return choice;
  }
  if (engine == "sfdp" || engine == "neato" || engine == "fdp") {
    choice.attributes = {{"overlap", "prism"},
                         {"overlap_scaling", "-4"},
                         {"sep", "+6"},
                         {"splines", "false"},
                         {"outputorder", "edgesfirst"}};
    if (engine != "sfdp") choice.attributes.push_back({"maxiter", "600"});
  } else if (engine == "circo" || engine == "twopi") {
    // Left alone, twopi piles a star-shaped view into one blob and circo drew CEOP at
    // 24,058 x 21,665 pt (a 926-megapixel PNG); with overlap removal and (circo) a
    // smaller minimum distance both are about 3,000 x 2,200 pt.
    choice.attributes = {{"overlap", "prism"}, {"sep", "+6"}, {"splines", "false"}, {"outputorder", "edgesfirst"}};
    if (engine == "circo") choice.attributes.push_back({"mindist", "0.3"});
    if (engine == "twopi") choice.attributes.push_back({"ranksep", "2.5"});
  } else {
    throw FormatError("unknown layout '" + std::string(requested) + "' (dot, neato, sfdp, fdp, circo, twopi)");
  }
  choice.reason = requested.empty() ? size + "; sfdp above " + std::to_string(kMaxDotNodes) + " entities (" +
                                          std::to_string(kMaxSparseDotNodes) + " if sparse) or " +
                                          std::to_string(kMaxDotEdges) + " relations"
                                    : size;
  return choice;
}

namespace {

// Cairo 1.16 writes the time of rendering as the PDF's /CreationDate, so two renders
// differ. The date is replaced in place, at the same length (the cross-reference
// table holds byte offsets), by SOURCE_DATE_EPOCH (reproducible-builds.org) or, when
// that is unset or not a number, by 1970-01-01 00:00:00 UTC.
void fix_pdf_date(std::string& pdf) {
  constexpr std::string_view kKey = "/CreationDate (D:";
  const std::size_t at = pdf.find(kKey);
  if (at == std::string::npos) return;
  const std::size_t start = at + kKey.size();
  const std::size_t end = pdf.find(')', start);
  if (end == std::string::npos || end - start != 15 || pdf[end - 1] != 'Z') return;  // YYYYMMDDHHmmSSZ
  std::time_t when = 0;
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr && *epoch != '\0') {
    char* rest = nullptr;
    const long long v = std::strtoll(epoch, &rest, 10);
    if (*rest == '\0' && v >= 0 && v < 253402300800LL) when = static_cast<std::time_t>(v);
  }
  std::tm utc{};
  gmtime_r(&when, &utc);
  char date[32];
  if (std::strftime(date, sizeof date, "%Y%m%d%H%M%SZ", &utc) != 15) return;
  pdf.replace(start, 15, date, 15);
}

}  // namespace

Canvas canvas_for(const ExportOptions& options) {
  Canvas canvas;
  if (options.dpi != 0) {
    if (!(options.dpi >= 10 && options.dpi <= 1200)) throw UsageError("--dpi must be between 10 and 1200");
    canvas.dpi = options.dpi;
  }
  if (!options.page.empty() && !options.size.empty()) throw UsageError("give --page or --size, not both");
  if (!options.page.empty()) {
    const std::string spec = lower(options.page);
    const std::size_t comma = spec.find(',');
    const std::string name = spec.substr(0, comma);
    const std::string orientation = comma == std::string::npos ? "portrait" : spec.substr(comma + 1);
    const Paper* paper = nullptr;
    for (const Paper& p : kPapers) {
      if (lower(p.name) == name) paper = &p;
    }
    if (paper == nullptr || (orientation != "portrait" && orientation != "landscape")) {
      throw UsageError("--page must be A4, A3 or letter, optionally followed by ,landscape (not '" + options.page +
                       "')");
    }
    const bool landscape = orientation == "landscape";
    canvas.width_pt = (landscape ? paper->height_pt : paper->width_pt) - 2 * kPaperMarginPt;
    canvas.height_pt = (landscape ? paper->width_pt : paper->height_pt) - 2 * kPaperMarginPt;
    canvas.what = std::string(paper->name) + (landscape ? " landscape" : "");
    canvas.page = true;
  }
  if (!options.size.empty()) {
    unsigned long w = 0, h = 0;
    char x = 0, rest = 0;
    if (std::sscanf(options.size.c_str(), "%lu%c%lu%c", &w, &x, &h, &rest) != 3 || (x != 'x' && x != 'X') || w < 16 ||
        h < 16 || w > 100000 || h > 100000) {
      throw UsageError("--size must be WIDTHxHEIGHT in pixels, each 16 to 100000 (not '" + options.size + "')");
    }
    canvas.width_pt = static_cast<double>(w) * 72 / canvas.dpi;
    canvas.height_pt = static_cast<double>(h) * 72 / canvas.dpi;
    canvas.what = std::to_string(w) + "x" + std::to_string(h) + " px";
  }
  return canvas;
}

namespace {

using Attributes = std::vector<std::pair<std::string, std::string>>;

// Reads `dot`, sets the layout's attributes and `extra`, lays it out with the layout's
// engine and calls `use` with the laid-out graph and Graphviz's messages so far, all
// under the process-wide lock.
void with_layout(const std::string& dot, const LayoutChoice& layout, const Attributes& extra,
                 const std::function<void(GVC_t*, Agraph_t*, const std::string&)>& use) {
  std::lock_guard<std::mutex> lock(gv_mutex());
  std::string messages;
  gv_messages = &messages;
  agseterrf(collect_message);
  struct Reset {
    ~Reset() {
      gv_messages = nullptr;
      agseterrf(nullptr);
    }
  } reset;
  GVC_t* gvc = gv_context();
  if (gvc == nullptr)
    throw Error("Graphviz: cannot create a context (is the plugin configuration installed? run `dot -c`)");
  GraphCloser closer{gvc};
  Agraph_t* raw = agmemread(dot.c_str());
  if (raw == nullptr) throw Error("Graphviz could not read the diagram: " + messages);
  std::unique_ptr<Agraph_t, GraphCloser&> g(raw, closer);
  for (const auto& [name, value] : layout.attributes) set_attribute(g.get(), name, value);
  for (const auto& [name, value] : extra) set_attribute(g.get(), name, value);
  if (gvLayout(gvc, g.get(), layout.engine.c_str()) != 0)
    throw Error("Graphviz layout '" + layout.engine + "' failed: " + messages);
  closer.laid_out = true;
  use(gvc, g.get(), messages);
}

}  // namespace

std::string render_dot_text(const std::string& dot, const LayoutChoice& layout, std::string_view format,
                            std::vector<std::string>* warnings, const Canvas& canvas,
                            const std::function<void(const Fit&)>& check) {
  const std::string fmt(format);
  Attributes extra;
  // Graphviz scales the drawing down (never up) to `size`, in inches, pad included.
  if (canvas.width_pt > 0)
    extra.push_back({"size", number(canvas.width_pt / 72, 4) + "," + number(canvas.height_pt / 72, 4)});
  if (fmt == "png") extra.push_back({"dpi", number(canvas.dpi, 2)});
  std::string out;
  with_layout(dot, layout, extra, [&](GVC_t* gvc, Agraph_t* g, const std::string& messages) {
    const boxf bb = GD_bb(g);
    Fit fit;
    const double w = bb.UR.x - bb.LL.x + 2 * kPadPt, h = bb.UR.y - bb.LL.y + 2 * kPadPt;
    if (canvas.width_pt > 0 && (w > canvas.width_pt || h > canvas.height_pt))
      fit.scale = std::min(canvas.width_pt / w, canvas.height_pt / h);
    fit.width_pt = w * fit.scale;
    fit.height_pt = h * fit.scale;
    fit.pixels = (fit.width_pt * canvas.dpi / 72) * (fit.height_pt * canvas.dpi / 72);
    if (check) check(fit);
    char* data = nullptr;
    unsigned int length = 0;
    const int rc = gvRenderData(gvc, g, fmt.c_str(), &data, &length);
    if (rc == 0 && data != nullptr) out.assign(data, length);
    gvFreeRenderData(data);
    if (rc != 0 || out.empty()) throw Error("Graphviz could not render " + fmt + ": " + messages);
    if (warnings != nullptr) *warnings = lines_of(messages);
  });
  if (fmt == "pdf") fix_pdf_date(out);
  return out;
}

Placement place_diagram(const DotDiagram& diagram, const ExportOptions& options) {
  Placement placement;
  placement.layout = choose_layout(diagram.nodes, diagram.edges, options.layout);
  with_layout(diagram.text, placement.layout, {}, [&](GVC_t*, Agraph_t* g, const std::string& messages) {
    const boxf bb = GD_bb(g);
    placement.width_pt = bb.UR.x - bb.LL.x;
    placement.height_pt = bb.UR.y - bb.LL.y;
    for (Agnode_t* n = agfstnode(g); n != nullptr; n = agnxtnode(g, n)) {
      const pointf at = ND_coord(n);
      placement.nodes.push_back({agnameof(n), at.x - bb.LL.x, bb.UR.y - at.y, ND_width(n) * 72, ND_height(n) * 72});
      for (Agedge_t* e = agfstout(g, n); e != nullptr; e = agnxtout(g, e)) {
        EdgePlace route{agnameof(agtail(e)), agnameof(aghead(e)), {}};
        if (const splines* spl = ED_spl(e); spl != nullptr && spl->size > 0) {
          for (int i = 0; i < spl->list[0].size; ++i) {
            route.points.push_back(spl->list[0].list[i].x - bb.LL.x);
            route.points.push_back(bb.UR.y - spl->list[0].list[i].y);
          }
        }
        placement.edges.push_back(std::move(route));
      }
    }
    placement.warnings = lines_of(messages);
  });
  return placement;
}

RenderResult render_diagram(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::string_view format) {
  const std::string fmt = lower(format);
  if (fmt != "svg" && fmt != "png" && fmt != "pdf") throw FormatError("cannot render '" + fmt + "' (svg, png, pdf)");
  const Canvas canvas = canvas_for(options);
  const DotDiagram diagram = make_dot(graph, options);
  RenderResult result;
  result.nodes = diagram.nodes;
  result.edges = diagram.edges;
  result.relations = diagram.relations;
  result.layout = choose_layout(diagram.nodes, diagram.edges, options.layout);
  auto check = [&](const Fit& fit) {
    result.fit = fit;
    if (canvas.page && kSmallestFontPt * fit.scale < kMinPrintedFontPt) throw TooSmall{fit};
    if (fmt == "png" && fit.pixels > kMaxRasterPixels) {
      throw Error("the PNG would be " + number(fit.width_pt * canvas.dpi / 72, 0) + "x" +
                  number(fit.height_pt * canvas.dpi / 72, 0) + " pixels (" + number(fit.pixels / 1e6) +
                  " megapixels, more than " + number(kMaxRasterPixels / 1e6, 0) +
                  "); give --size 4000x4000 or a lower --dpi, render SVG or PDF, or draw a smaller view (" +
                  smaller_view(graph, options) + ")");
    }
  };
  try {
    result.data = render_dot_text(diagram.text, result.layout, fmt, &result.warnings, canvas, check);
  } catch (const TooSmall& t) {
    throw Error("at " + canvas.what + " the drawing would be scaled to " + number(100 * t.fit.scale, 0) +
                "% and its smallest text would be " + number(kSmallestFontPt * t.fit.scale) + " pt, below " +
                number(kMinPrintedFontPt, 0) + " pt; " + page_advice(graph, options, canvas, t.fit));
  }
  return result;
}

void RenderExporter::write(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) const {
  const RenderResult result = render_diagram(graph, options, format_);
  out.write(result.data.data(), static_cast<std::streamsize>(result.data.size()));
}

}  // namespace kgforge::exporters
