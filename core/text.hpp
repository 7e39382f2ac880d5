// SPDX-License-Identifier: MIT
// Small text helpers every module shares: ASCII case folding and the one
// "did you mean" rule (edit distance and the threshold for a likely typo).
#ifndef KGFORGE_CORE_TEXT_HPP
#define KGFORGE_CORE_TEXT_HPP

#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kgforge {

/// `s` with ASCII letters lower-cased; other bytes (UTF-8 included) unchanged.
std::string lower(std::string_view s);

/// Optimal string alignment distance: insertions, deletions, substitutions and swaps
/// of two neighbours ("nmae" -> "name") each cost 1. Gives up, returning limit + 1,
/// once the distance must exceed `limit`.
std::size_t edit_distance(std::string_view a, std::string_view b,
                          std::size_t limit = std::numeric_limits<std::size_t>::max() - 1);

/// How far a candidate may be from `word` (compared ignoring ASCII case) and still be
/// a likely typo of it: max(1, |word| / 3).
std::size_t typo_limit(std::string_view word);

/// The index of the candidate nearest to `word` if it is a likely typo (case-folded
/// distance at most typo_limit(word)), or nullopt. Ties go to the smallest candidate,
/// so the answer does not depend on the order of `candidates`.
std::optional<std::size_t> nearest(std::string_view word, const std::vector<std::string_view>& candidates);

/// The text of the nearest candidate, or nullopt (also when `word` is itself a candidate).
std::optional<std::string> suggest_nearest(std::string_view word, const std::vector<std::string_view>& candidates);

/// " (did you mean 'x'?)" for the nearest candidate, or "" (also when that is `word` itself).
std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace kgforge

#endif  // KGFORGE_CORE_TEXT_HPP
