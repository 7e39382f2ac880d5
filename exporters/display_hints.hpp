// SPDX-License-Identifier: MIT
// The ontology's display hints (kgf:shape, kgf:fillColor, kgf:fontColor, kgf:lineStyle,
// kgf:lineColor) as every writer that draws takes them: one allow-list of shapes and
// line styles and one colour syntax, so a value DOT ignores is ignored by GEXF too.
#ifndef KGFORGE_EXPORTERS_DISPLAY_HINTS_HPP
#define KGFORGE_EXPORTERS_DISPLAY_HINTS_HPP

#include <array>
#include <optional>
#include <string_view>

namespace kgforge::exporters {

/// A Graphviz node shape from the allow-list (box, ellipse, diamond, cylinder, ...).
bool is_node_shape(std::string_view shape);

/// A line style from the allow-list: solid, dashed, dotted, bold.
bool is_line_style(std::string_view style);

/// #rgb, #rrggbb or #rrggbbaa: nothing in it needs escaping, and Graphviz knows it.
bool is_hex_colour(std::string_view colour);

/// The red, green and blue (0-255) of a colour is_hex_colour accepts (#rgb as #rrggbb,
/// the alpha of #rrggbbaa left out), or nullopt.
std::optional<std::array<unsigned, 3>> hex_rgb(std::string_view colour);

/// The GEXF viz:shape nearest an allowed node shape: box-like shapes square, diamonds
/// diamond, triangles and houses triangle, the others disc; nullptr for a shape outside
/// the allow-list.
const char* gexf_node_shape(std::string_view shape);

}  // namespace kgforge::exporters

#endif  // KGFORGE_EXPORTERS_DISPLAY_HINTS_HPP
