// SPDX-License-Identifier: MIT
#include "exporters/render_exporter.hpp"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <memory>
#include <mutex>
#include <ostream>

#include "core/error.hpp"
#include "core/text.hpp"
#include "exporters/dot_exporter.hpp"

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
  } else if (engine != "circo" && engine != "twopi") {
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

std::string render_dot_text(const std::string& dot, const LayoutChoice& layout, std::string_view format,
                            std::vector<std::string>* warnings) {
  const std::string fmt(format);
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
  if (gvLayout(gvc, g.get(), layout.engine.c_str()) != 0)
    throw Error("Graphviz layout '" + layout.engine + "' failed: " + messages);
  closer.laid_out = true;
  char* data = nullptr;
  unsigned int length = 0;
  const int rc = gvRenderData(gvc, g.get(), fmt.c_str(), &data, &length);
  std::string out = (rc == 0 && data != nullptr) ? std::string(data, length) : std::string();
  gvFreeRenderData(data);
  if (rc != 0 || out.empty()) throw Error("Graphviz could not render " + fmt + ": " + messages);
  if (warnings != nullptr) *warnings = lines_of(messages);
  if (fmt == "pdf") fix_pdf_date(out);
  return out;
}

RenderResult render_diagram(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::string_view format) {
  const std::string fmt = lower(format);
  if (fmt != "svg" && fmt != "png" && fmt != "pdf") throw FormatError("cannot render '" + fmt + "' (svg, png, pdf)");
  const DotDiagram diagram = make_dot(graph, options);
  RenderResult result;
  result.nodes = diagram.nodes;
  result.edges = diagram.edges;
  result.layout = choose_layout(diagram.nodes, diagram.edges, options.layout);
  result.data = render_dot_text(diagram.text, result.layout, fmt, &result.warnings);
  return result;
}

void RenderExporter::write(const graph::KnowledgeGraph& graph, const ExportOptions& options, std::ostream& out) const {
  const RenderResult result = render_diagram(graph, options, format_);
  out.write(result.data.data(), static_cast<std::streamsize>(result.data.size()));
}

}  // namespace kgforge::exporters
