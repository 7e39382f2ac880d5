// SPDX-License-Identifier: MIT
#include "exporters/display_hints.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>

namespace kgforge::exporters {

namespace {

constexpr std::string_view kShapes[] = {
    "box",          "rect",      "rectangle", "square",    "ellipse", "oval",          "circle",        "doublecircle",
    "point",        "egg",       "triangle",  "plaintext", "plain",   "diamond",       "trapezium",     "parallelogram",
    "house",        "pentagon",  "hexagon",   "septagon",  "octagon", "doubleoctagon", "tripleoctagon", "invtriangle",
    "invtrapezium", "invhouse",  "Mdiamond",  "Msquare",   "Mcircle", "note",          "tab",           "folder",
    "box3d",        "component", "cylinder",  "underline", "star",    "cds",           "signature",     "none"};
constexpr std::string_view kLineStyles[] = {"solid", "dashed", "dotted", "bold"};

template <std::size_t N>
bool listed(const std::string_view (&list)[N], std::string_view s) {
  return std::find(std::begin(list), std::end(list), s) != std::end(list);
}

unsigned hex_digit(char c) {
  return std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : std::tolower(static_cast<unsigned char>(c)) - 'a' + 10;
}

}  // namespace

bool is_node_shape(std::string_view shape) { return listed(kShapes, shape); }

bool is_line_style(std::string_view style) { return listed(kLineStyles, style); }

bool is_hex_colour(std::string_view c) {
  if (c.size() != 4 && c.size() != 7 && c.size() != 9) return false;
  if (c[0] != '#') return false;
  return std::all_of(c.begin() + 1, c.end(), [](char ch) { return std::isxdigit(static_cast<unsigned char>(ch)); });
}

std::optional<std::array<unsigned, 3>> hex_rgb(std::string_view c) {
  if (!is_hex_colour(c)) return std::nullopt;
  std::array<unsigned, 3> rgb{};
  for (std::size_t i = 0; i < 3; ++i) {
    rgb[i] = c.size() == 4 ? hex_digit(c[1 + i]) * 17 : hex_digit(c[1 + 2 * i]) * 16 + hex_digit(c[2 + 2 * i]);
  }
  return rgb;
}

const char* gexf_node_shape(std::string_view s) {
  if (!is_node_shape(s)) return nullptr;
  if (s == "box" || s == "rect" || s == "rectangle" || s == "square" || s == "folder" || s == "tab" || s == "note" ||
      s == "component" || s == "box3d" || s == "cylinder")
    return "square";
  if (s == "diamond" || s == "Mdiamond") return "diamond";
  if (s == "triangle" || s == "invtriangle" || s == "house" || s == "invhouse") return "triangle";
  return "disc";
}

}  // namespace kgforge::exporters
