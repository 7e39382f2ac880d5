// SPDX-License-Identifier: MIT
// A small located YAML tree, built from yaml-cpp's event API with the limits a
// knowledge-base reader needs: no aliases, bounded depth, duplicate keys reported,
// every scalar checked to be UTF-8 without NUL.
#ifndef KGFORGE_IMPORTERS_YAML_TREE_HPP
#define KGFORGE_IMPORTERS_YAML_TREE_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.hpp"

namespace kgforge::importers::yaml {

/// Collections nested deeper than this are refused (`too-deep`).
inline constexpr std::size_t kMaxDepth = 64;

/// One YAML node with its 1-based position. A mapping holds its pairs flat in
/// `items` (key, value, key, value, ...); keys are always scalars (other keys are
/// reported and dropped), and a repeated key keeps only its first pair.
/// kInvalid stands for a node already reported (an alias, a scalar with bad text):
/// readers skip it without a second diagnostic.
struct YNode {
  enum class Kind : std::uint8_t { kNull, kScalar, kSequence, kMapping, kInvalid };
  Kind kind = Kind::kNull;
  bool plain = false;  ///< a scalar written without quotes, block style or tag
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::string text;          ///< the scalar's value
  std::vector<YNode> items;  ///< sequence items, or mapping keys and values

  bool is_null() const { return kind == Kind::kNull; }
  bool is_scalar() const { return kind == Kind::kScalar; }
  bool is_sequence() const { return kind == Kind::kSequence; }
  bool is_mapping() const { return kind == Kind::kMapping; }
  bool is_invalid() const { return kind == Kind::kInvalid; }
  std::size_t pair_count() const { return items.size() / 2; }
  const YNode& key(std::size_t i) const { return items[2 * i]; }
  const YNode& value(std::size_t i) const { return items[2 * i + 1]; }
  /// The value of `key` in a mapping, or nullptr.
  const YNode* find(std::string_view key) const;
};

/// "a string", "a list", "a mapping", "nothing": for wrong-kind messages.
const char* kind_name(const YNode& node);

/// Parses the one YAML document in `text`. Reports `yaml-syntax`, `yaml-alias`,
/// `too-deep`, `duplicate-key`, `wrong-kind` (a non-scalar key) and `bad-text`
/// (invalid UTF-8, NUL or a control character, in the file or in a scalar after
/// escapes) to `diags`, located in `path`. Returns nullopt when the document could
/// not be read to its end (syntax error, too deep); a file with no document (empty,
/// or only comments) gives a kNull node at 1:1.
std::optional<YNode> parse_yaml(std::string_view text, const std::string& path, Diagnostics& diags);

}  // namespace kgforge::importers::yaml

#endif  // KGFORGE_IMPORTERS_YAML_TREE_HPP
