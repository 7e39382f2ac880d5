// SPDX-License-Identifier: MIT
// Interned strings: each distinct string is stored once and named by a 32-bit Sym.
#ifndef KGFORGE_GRAPH_STRING_POOL_HPP
#define KGFORGE_GRAPH_STRING_POOL_HPP

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <string_view>
#include <vector>

namespace kgforge::graph {

/// The id of an interned string. 0 is always the empty string.
using Sym = std::uint32_t;

/// An append-only set of strings. Text lives in large arena blocks, each string
/// preceded by its length (a 1-5 byte varint) and followed by a NUL, so a
/// string_view returned by view() stays valid for the pool's lifetime and a Sym
/// costs one 8-byte pointer in a chunked table (no doubling slack, no copying on
/// growth); the index is an open-addressing table of Syms, each with 32 bits of its
/// string's hash so that a probe reads another string only when those bits match (8 bytes a
/// slot, at most half the slots full).
class StringPool {
 public:
  StringPool();

  /// Returns the Sym of `s`, adding it if absent.
  Sym intern(std::string_view s);
  /// Returns the Sym of `s`, or 0 if it was never interned (and is not empty).
  Sym find(std::string_view s) const;
  /// REQUIRES: sym < size().
  std::string_view view(Sym sym) const { return decode(strings_[sym]); }
  std::size_t size() const { return strings_.size(); }
  /// Bytes held by the pool: text blocks, the view table and the index.
  std::size_t memory_bytes() const;

 private:
  static std::string_view decode(const char* p) {
    std::size_t length = 0;
    unsigned shift = 0;
    for (;; shift += 7) {
      const auto byte = static_cast<unsigned char>(*p++);
      length |= static_cast<std::size_t>(byte & 0x7F) << shift;
      if ((byte & 0x80) == 0) break;
    }
    return {p, length};
  }
  std::size_t slot_of(std::string_view s, std::size_t hash) const;
  void grow();
  const char* store(std::string_view s);

  std::deque<const char*> strings_;   // Sym -> its varint-prefixed text
  std::vector<std::uint64_t> table_;  // open addressing: hash bits and Sym; 0 marks an empty slot
  std::vector<std::unique_ptr<char[]>> blocks_;
  std::size_t block_used_ = 0;
  std::size_t block_size_ = 0;
  std::size_t text_bytes_ = 0;
  std::size_t allocated_ = 0;
};

}  // namespace kgforge::graph

#endif  // KGFORGE_GRAPH_STRING_POOL_HPP
