// SPDX-License-Identifier: MIT
#include "graph/string_pool.hpp"

#include <cstring>
#include <functional>

namespace kgforge::graph {

namespace {
constexpr std::size_t kBlockSize = 1 << 20;
// A slot: the low 32 bits of the string's hash (which also give its home slot), then its
// Sym. 0 is an empty slot: Sym 0 (the empty string) is never stored in the table.
constexpr std::uint64_t kEmptySlot = 0;
std::uint64_t slot(std::size_t hash, Sym sym) {
  return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(hash)) << 32) | sym;
}
Sym sym_of(std::uint64_t slot) { return static_cast<Sym>(slot); }
std::uint32_t tag_of(std::uint64_t slot) { return static_cast<std::uint32_t>(slot >> 32); }

std::size_t hash_of(std::string_view s) {
  // FNV-1a: fast on short keys, no allocation, stable across runs.
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return static_cast<std::size_t>(h ^ (h >> 29));
}

constexpr char kEmptyString[2] = {0, 0};  // varint length 0, then NUL
}  // namespace

StringPool::StringPool() {
  strings_.push_back(kEmptyString);  // Sym 0 = ""
  table_.assign(1024, kEmptySlot);
}

std::size_t StringPool::slot_of(std::string_view s, std::size_t hash) const {
  // The hash bits in the slot settle most mismatches without reading the other string's
  // text (a cache miss or two each: the view table, then the text).
  const std::size_t mask = table_.size() - 1;
  const auto tag = static_cast<std::uint32_t>(hash);
  std::size_t i = hash & mask;
  while (table_[i] != kEmptySlot && (tag_of(table_[i]) != tag || view(sym_of(table_[i])) != s)) i = (i + 1) & mask;
  return i;
}

Sym StringPool::find(std::string_view s) const {
  if (s.empty()) return 0;
  return sym_of(table_[slot_of(s, hash_of(s))]);
}

const char* StringPool::store(std::string_view s) {
  char prefix[10];
  std::size_t prefix_size = 0;
  for (std::size_t n = s.size();; n >>= 7) {
    prefix[prefix_size++] = static_cast<char>((n & 0x7F) | (n >= 0x80 ? 0x80 : 0));
    if (n < 0x80) break;
  }
  const std::size_t need = prefix_size + s.size() + 1;
  if (need > block_size_ - block_used_) {
    const std::size_t size = need > kBlockSize ? need : kBlockSize;
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(size));  // no zeroing: text is copied in
    allocated_ += size;
    block_size_ = size;
    block_used_ = 0;
  }
  char* dst = blocks_.back().get() + block_used_;
  std::memcpy(dst, prefix, prefix_size);
  std::memcpy(dst + prefix_size, s.data(), s.size());
  dst[prefix_size + s.size()] = '\0';
  block_used_ += need;
  text_bytes_ += need;
  return dst;
}

void StringPool::grow() {
  std::vector<std::uint64_t> old;
  old.swap(table_);
  table_.assign(old.size() * 2, kEmptySlot);
  const std::size_t mask = table_.size() - 1;
  for (const std::uint64_t e : old) {  // the home slot from the hash bits kept: no text read
    if (e == kEmptySlot) continue;
    std::size_t i = tag_of(e) & mask;
    while (table_[i] != kEmptySlot) i = (i + 1) & mask;
    table_[i] = e;
  }
}

Sym StringPool::intern(std::string_view s) {
  if (s.empty()) return 0;
  const std::size_t hash = hash_of(s);
  std::size_t i = slot_of(s, hash);
  if (table_[i] != kEmptySlot) return sym_of(table_[i]);
  if ((strings_.size() + 1) * 2 > table_.size()) {
    grow();
    i = slot_of(s, hash);
  }
  const Sym sym = static_cast<Sym>(strings_.size());
  strings_.push_back(store(s));
  table_[i] = slot(hash, sym);
  return sym;
}

std::size_t StringPool::memory_bytes() const {
  return allocated_ + strings_.size() * sizeof(const char*) + table_.capacity() * sizeof(std::uint64_t);
}

}  // namespace kgforge::graph
