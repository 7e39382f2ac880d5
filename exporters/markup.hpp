// SPDX-License-Identifier: MIT
// Text rules shared by the GraphML and DOT writers: which characters XML 1.0 can
// carry, XML and DOT escaping (each applied exactly once), JSON arrays for list
// values, and label wrapping on whole UTF-8 code points.
#ifndef KGFORGE_EXPORTERS_MARKUP_HPP
#define KGFORGE_EXPORTERS_MARKUP_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kgforge::exporters {

/// Why `s` cannot be written into an XML 1.0 document (or a diagram, whose SVG
/// is XML): "invalid UTF-8 at byte 7", "character U+0001 at byte 3" (C0 controls
/// other than TAB/LF/CR, U+FFFE, U+FFFF), or nullopt when every character is fine.
std::optional<std::string> xml_char_problem(std::string_view s);

/// Appends `s` with `& < > " '` and CR, TAB, LF written as references, so the text
/// survives in element content and in attribute values alike. REQUIRES: no
/// xml_char_problem(s).
void append_xml_escaped(std::string& out, std::string_view s);

/// Appends a JSON string literal for `s` ("..." with \" \\ \n \r \t and \u00XX).
void append_json_string(std::string& out, std::string_view s);

/// Makes JSON text safe inside an HTML <script> element: `<`, `>`, `&`, U+2028 and
/// U+2029 become \u003c, \u003e, \u0026, \u2028, \u2029 (JSON has them only inside
/// strings, where the escapes mean the same), so no `</script>` or `<!--` can end or
/// change the element and a JavaScript reader sees no line terminator.
void script_safe_json(std::string& json);

/// A JSON array of strings: ["a","b \"c\""]. The documented encoding of list values.
std::string json_array(const std::vector<std::string_view>& items);

/// Appends `s` as a DOT double-quoted string: `"` and `\` get a backslash, a
/// newline becomes \n, a CR (or CRLF) becomes \n too. Never leaves an odd trailing
/// backslash; keywords, colons and ports are harmless inside the quotes.
void append_dot_quoted(std::string& out, std::string_view s);
std::string dot_quoted(std::string_view s);

/// Appends `s` as a DOT double-quoted *text* attribute (label, xlabel, tooltip, URL):
/// as append_dot_quoted, and `&` written as `&amp;`. Graphviz decodes character
/// references in labels (`&#x1;` would become U+0001, which SVG cannot carry, and
/// `&amp;` would be drawn as `&`) and copies a reference in a tooltip into the SVG
/// as it is, so a literal `&` must reach it as `&amp;`. Not for ids: Graphviz
/// never decodes a node's name.
void append_dot_text(std::string& out, std::string_view s);

/// Appends `s` as a DOT tooltip: as append_dot_text, and each backslash written as four
/// (`\\\\`). Graphviz 2.43 unescapes a tooltip twice (the second time also
/// substituting `\N`, `\G`...), so this is what reaches the SVG as one backslash.
void append_dot_tooltip(std::string& out, std::string_view s);

/// Number of code points in valid UTF-8 `s`.
std::size_t code_points(std::string_view s);

/// Wraps a label for a diagram: CRLF and CR become LF; each line longer than
/// `width` code points is filled greedily with its space-separated words; a word
/// longer than `width` is cut into pieces of `width` code points (never inside a
/// UTF-8 sequence). The spaces where lines break are dropped. Lines are joined
/// with LF. (tests/interop/diagram_source.py reimplements this rule.)
std::string wrap_label(std::string_view s, std::size_t width = 24);

}  // namespace kgforge::exporters

#endif  // KGFORGE_EXPORTERS_MARKUP_HPP
