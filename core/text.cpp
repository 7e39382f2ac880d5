// SPDX-License-Identifier: MIT
#include "core/text.hpp"

#include <algorithm>

namespace kgforge {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  const std::size_t gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (gap > limit) return limit + 1;
  std::vector<std::size_t> before(b.size() + 1);
  std::vector<std::size_t> previous(b.size() + 1);
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    before.swap(previous);
    previous.swap(row);
    row[0] = i;
    std::size_t best = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      row[j] = std::min({previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) row[j] = std::min(row[j], before[j - 2] + 1);
      best = std::min(best, row[j]);
    }
    if (best > limit) return limit + 1;
  }
  return std::min(row[b.size()], limit + 1);
}

std::size_t typo_limit(std::string_view word) { return std::max<std::size_t>(1, word.size() / 3); }

std::optional<std::size_t> nearest(std::string_view word, const std::vector<std::string_view>& candidates) {
  const std::size_t limit = typo_limit(word);
  const std::string folded = lower(word);
  std::optional<std::size_t> best;
  std::size_t best_distance = limit + 1;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const std::string_view c = candidates[i];
    const std::size_t d = edit_distance(folded, lower(c), limit);
    if (d > limit) continue;
    if (d < best_distance || (d == best_distance && c < candidates[*best])) {
      best = i;
      best_distance = d;
    }
  }
  return best;
}

std::optional<std::string> suggest_nearest(std::string_view word, const std::vector<std::string_view>& candidates) {
  for (std::string_view c : candidates) {
    if (c == word) return std::nullopt;
  }
  const std::optional<std::size_t> i = nearest(word, candidates);
  if (!i) return std::nullopt;
  return std::string(candidates[*i]);
}

std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates) {
  const std::optional<std::string> match = suggest_nearest(word, candidates);
  return match ? " (did you mean '" + *match + "'?)" : "";
}

}  // namespace kgforge
