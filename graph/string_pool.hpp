// SPDX-License-Identifier: MIT
// Interned strings: each distinct string is stored once and named by a 32-bit Sym.
#ifndef KGFORGE_GRAPH_STRING_POOL_HPP
#define KGFORGE_GRAPH_STRING_POOL_HPP

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace kgforge::graph {

/// The id of an interned string. 0 is always the empty string.
using Sym = std::uint32_t;

/// An append-only set of strings. Text lives in large arena blocks, so a
/// string_view returned by view() stays valid for the pool's lifetime; the
/// index is an open-addressing table of Syms (8 bytes a string at most).
class StringPool {
 public:
  StringPool();

  /// Returns the Sym of `s`, adding it if absent.
  Sym intern(std::string_view s);
  /// Returns the Sym of `s`, or 0 if it was never interned (and is not empty).
  Sym find(std::string_view s) const;
  /// REQUIRES: sym < size().
  std::string_view view(Sym sym) const { return strings_[sym]; }
  std::size_t size() const { return strings_.size(); }
  /// Bytes held by the pool: text blocks, the view table and the index.
  std::size_t memory_bytes() const;

 private:
  std::size_t slot_of(std::string_view s, std::size_t hash) const;
  void grow();
  std::string_view store(std::string_view s);

  std::vector<std::string_view> strings_;
  std::vector<Sym> table_;  // open addressing; 0 marks an empty slot
  std::vector<std::unique_ptr<char[]>> blocks_;
  std::size_t block_used_ = 0;
  std::size_t block_size_ = 0;
  std::size_t text_bytes_ = 0;
  std::size_t allocated_ = 0;
};

}  // namespace kgforge::graph

#endif  // KGFORGE_GRAPH_STRING_POOL_HPP
