// SPDX-License-Identifier: MIT
// The benchmark workload, shared by every benchmark and by gen_bench (which writes it
// as N-Triples for peers): N entities of six kinds and about 5N relations of twelve
// predicates, with a preferential-attachment-like degree shape, names with non-ASCII
// and escapable characters, and dates on some relations. Header-only, seeded and
// deterministic: entity i and relation r are pure functions of (seed, i or r), so
// nothing is held in memory and every consumer sees the same data.
#ifndef KGFORGE_BENCH_GENERATE_HPP
#define KGFORGE_BENCH_GENERATE_HPP

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace kgforge::bench {

struct WorkloadOptions {
  std::size_t entities = 1'000'000;
  std::size_t relations_per_entity = 5;
  std::uint64_t seed = 42;
};

inline constexpr std::string_view kBaseIri = "https://w3id.org/kgforge/bench/";
inline constexpr std::string_view kKgf = "https://w3id.org/kgforge/ns#";
inline constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";

inline constexpr std::string_view kKinds[6] = {"Person",    "Organisation",  "Company",
                                               "Programme", "Investigation", "Place"};
inline constexpr std::string_view kPredicates[12] = {"partnerOf",      "fundedBy",  "memberOf",    "worksFor",
                                                     "partOf",         "locatedIn", "leads",       "participatedIn",
                                                     "investigatedBy", "foundedBy", "successorOf", "supports"};

struct GenEntity {
  std::string id;    ///< "e123" (ASCII; the IRI is kBaseIri + id)
  std::string name;  ///< unique, with non-ASCII and characters writers must escape
  std::size_t kind;  ///< index into kKinds
};

struct GenRelation {
  std::size_t from;
  std::size_t to;
  std::size_t predicate;  ///< index into kPredicates
  std::string since;      ///< "" or YYYY / YYYY-MM / YYYY-MM-DD
  std::string until;      ///< "" or a date not before `since`
};

/// splitmix64: a fast, well-mixed 64-bit hash, so item k needs no state.
inline std::uint64_t mix(std::uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

class Workload {
 public:
  explicit Workload(WorkloadOptions options = {}) : options_(options) {}

  std::size_t entity_count() const { return options_.entities; }
  std::size_t relation_count() const { return options_.entities * options_.relations_per_entity; }

  GenEntity entity(std::size_t i) const {
    static constexpr std::string_view kFirst[] = {"Zoë",         "Ünal",    "O'Brien",   "Ólafsdóttir", "Nguyễn",
                                                  "Łukasz",      "Saoirse", "Søren",     "Müller & Co", "Παπαδόπουλος",
                                                  "Иванов",      "محمد",    "李",        "José",        "\"Quoted\"",
                                                  "Back\\slash", "<Angle>", "Tab\tName", "Émile",       "北京"};
    static constexpr std::string_view kSecond[] = {"Group",   "Trust",       "Taskforce", "Agency",
                                                   "Unit",    "Ltd",         "Programme", "Foundation",
                                                   "Council", "Line\nBreak", "🚓",         "Centre"};
    const std::uint64_t h = hash(1, i);
    GenEntity e;
    e.id = "e" + std::to_string(i);
    e.kind = kind_of(i);
    e.name = std::string(kFirst[h % 20]) + " " + std::string(kSecond[(h >> 8) % 12]) + " " + std::to_string(i);
    return e;
  }

  /// Relation r: sources spread evenly; targets drawn with density ~ x^(-1/2) over
  /// the entity index, so in-degrees follow a power law P(k) ~ k^-3, as in
  /// Barabási–Albert preferential attachment. No self-loops.
  GenRelation relation(std::size_t r) const {
    const std::size_t n = options_.entities;
    const std::uint64_t h = hash(2, r);
    GenRelation rel;
    rel.from = r / options_.relations_per_entity;
    const double u = static_cast<double>(hash(3, r) >> 11) * 0x1.0p-53;
    rel.to = std::min(n - 1, static_cast<std::size_t>(static_cast<double>(n) * u * u));
    if (rel.to == rel.from) rel.to = (rel.to + 1) % n;
    rel.predicate = h % 12;
    if ((h >> 8) % 10 < 3) {  // 30% carry a start date, a third of those an end date too
      const int year = 1950 + static_cast<int>((h >> 16) % 70);
      const int month = 1 + static_cast<int>((h >> 24) % 12);
      const int day = 1 + static_cast<int>((h >> 32) % 28);
      rel.since = date((h >> 40) % 3, year, month, day);
      if ((h >> 44) % 3 == 0) rel.until = std::to_string(year + 1 + static_cast<int>((h >> 48) % 20));
    }
    return rel;
  }

 private:
  std::uint64_t hash(std::uint64_t stream, std::uint64_t k) const {
    return mix(options_.seed * 0x100000001B3ull ^ mix(stream * 0x9E3779B97F4A7C15ull + k));
  }
  std::size_t kind_of(std::size_t i) const { return hash(4, i) % 6; }
  static std::string date(std::uint64_t precision, int year, int month, int day) {
    std::string s = std::to_string(year);
    if (precision == 0) return s;
    s += month < 10 ? "-0" : "-";
    s += std::to_string(month);
    if (precision == 1) return s;
    s += day < 10 ? "-0" : "-";
    return s + std::to_string(day);
  }

  WorkloadOptions options_;
};

}  // namespace kgforge::bench

#endif  // KGFORGE_BENCH_GENERATE_HPP
