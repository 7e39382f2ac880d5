// SPDX-License-Identifier: MIT
// Small text helpers shared by every module: edit distance and "did you mean" suggestions.
#ifndef KGFORGE_CORE_TEXT_HPP
#define KGFORGE_CORE_TEXT_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kgforge {

/// Edit distance (Levenshtein, plus a swap of two neighbours costs 1), giving up
/// (returning limit + 1) once it exceeds `limit`.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

/// The candidate closest to `word` if it is close enough to be a likely typo
/// (distance at most max(1, |word| / 3), or equal ignoring case); ties go to the
/// smallest candidate, so the answer is deterministic. nullopt if none, or if `word`
/// is itself a candidate.
std::optional<std::string> suggest_nearest(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace kgforge

#endif  // KGFORGE_CORE_TEXT_HPP
