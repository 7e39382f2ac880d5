// SPDX-License-Identifier: MIT
#include "graph/string_pool.hpp"

#include <cstring>
#include <functional>

namespace kgforge::graph {

namespace {
constexpr std::size_t kBlockSize = 1 << 20;
constexpr Sym kEmptySlot = 0;  // Sym 0 (the empty string) is never stored in the table

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
  const std::size_t mask = table_.size() - 1;
  std::size_t i = hash & mask;
  while (table_[i] != kEmptySlot && view(table_[i]) != s) i = (i + 1) & mask;
  return i;
}

Sym StringPool::find(std::string_view s) const {
  if (s.empty()) return 0;
  return table_[slot_of(s, hash_of(s))];
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
  std::vector<Sym> old;
  old.swap(table_);
  table_.assign(old.size() * 2, kEmptySlot);
  const std::size_t mask = table_.size() - 1;
  for (Sym sym : old) {
    if (sym == kEmptySlot) continue;
    std::size_t i = hash_of(view(sym)) & mask;
    while (table_[i] != kEmptySlot) i = (i + 1) & mask;
    table_[i] = sym;
  }
}

Sym StringPool::intern(std::string_view s) {
  if (s.empty()) return 0;
  const std::size_t hash = hash_of(s);
  std::size_t i = slot_of(s, hash);
  if (table_[i] != kEmptySlot) return table_[i];
  if ((strings_.size() + 1) * 2 > table_.size()) {
    grow();
    i = slot_of(s, hash);
  }
  const Sym sym = static_cast<Sym>(strings_.size());
  strings_.push_back(store(s));
  table_[i] = sym;
  return sym;
}

std::size_t StringPool::memory_bytes() const {
  return allocated_ + strings_.size() * sizeof(const char*) + table_.capacity() * sizeof(Sym);
}

}  // namespace kgforge::graph
