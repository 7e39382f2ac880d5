// SPDX-License-Identifier: MIT
// The format registry (core/formats.hpp): every row is reachable, names do not
// collide, and the importer and exporter factories cover exactly the rows that say
// they can be read or written.
#include "core/formats.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

#include "exporters/exporter.hpp"
#include "importers/importer.hpp"

namespace kgforge::formats {
namespace {

TEST(FormatsTest, EveryRowHasANameAnExtensionAndAMediaType) {
  ASSERT_FALSE(all().empty());
  for (const Format& f : all()) {
    EXPECT_FALSE(f.name.empty());
    EXPECT_FALSE(f.extensions.front().empty()) << f.name;
    EXPECT_FALSE(f.media_type.empty()) << f.name;
    EXPECT_FALSE(f.title.empty()) << f.name;
    EXPECT_TRUE(f.read || f.write) << f.name << " can be neither read nor written";
    EXPECT_EQ(find(f.name), &f) << f.name;
  }
}

TEST(FormatsTest, NamesAliasesAndExtensionsNameOneFormatEach) {
  std::set<std::string> names, extensions;
  for (const Format& f : all()) {
    EXPECT_TRUE(names.insert(std::string(f.name)).second) << f.name;
    for (std::string_view a : f.aliases) {
      if (a.empty()) continue;
      EXPECT_TRUE(names.insert(std::string(a)).second) << a;
      EXPECT_EQ(find(a), &f) << a;
    }
    for (std::string_view e : f.extensions) {
      if (e.empty()) continue;
      EXPECT_TRUE(extensions.insert(std::string(e)).second) << e;
      EXPECT_EQ(for_path("dir.x/file." + std::string(e)), &f) << e;
    }
  }
}

TEST(FormatsTest, LookupIsCaseInsensitiveAndRejectsTheUnknown) {
  EXPECT_EQ(find("TTL"), find("turtle"));
  EXPECT_EQ(for_path("KB.YML"), find("yaml"));
  EXPECT_EQ(find(""), nullptr);
  EXPECT_EQ(find("xlsx"), nullptr);
  EXPECT_EQ(for_path("x.xlsx"), nullptr);
  EXPECT_EQ(for_path("dir.ttl/noextension"), nullptr);
  EXPECT_EQ(extension_for("rdfxml"), "rdf");
  EXPECT_EQ(extension_for("nope"), "");
  EXPECT_TRUE(has_kind("nt", Kind::kRdf));
  EXPECT_FALSE(has_kind("graphml", Kind::kRdf));
}

TEST(FormatsTest, FiltersSelectByCapabilityAndKind) {
  EXPECT_EQ(names(formats::writable({Kind::kRdf})), "turtle, ntriples, rdfxml, nquads, trig, jsonld");
  EXPECT_EQ(names(formats::writable({Kind::kImage})), "svg, png, pdf");
  EXPECT_EQ(extensions(formats::readable({Kind::kKb})), ".yaml, .yml");
}

std::vector<std::string_view> registry_names(bool read) {
  std::vector<std::string_view> out;
  for (const Format* f : select(read ? readable() : writable())) out.push_back(f->name);
  std::sort(out.begin(), out.end());
  return out;
}

// The factory tables list the same formats as the registry, in any order.
std::vector<std::string_view> sorted(std::vector<std::string_view> v) {
  std::sort(v.begin(), v.end());
  return v;
}

TEST(FormatsTest, ExporterFactoriesCoverExactlyTheWritableFormats) {
  EXPECT_EQ(sorted(exporters::exporter_formats()), registry_names(/*read=*/false));
  for (const Format* f : select(formats::writable())) {
    EXPECT_NE(exporters::make_exporter(f->name), nullptr) << f->name;
    for (std::string_view a : f->aliases) {
      if (!a.empty()) {
        EXPECT_NE(exporters::make_exporter(a), nullptr) << a;
      }
    }
  }
  EXPECT_EQ(exporters::make_exporter("yaml"), nullptr);  // read only
}

TEST(FormatsTest, ImporterFactoriesCoverExactlyTheReadableFormats) {
  EXPECT_EQ(sorted(importers::importer_formats()), registry_names(/*read=*/true));
  for (const Format* f : select(formats::readable())) EXPECT_NE(importers::make_importer(f->name), nullptr) << f->name;
  EXPECT_EQ(importers::make_importer("dot"), nullptr);  // write only
  EXPECT_EQ(importers::format_for_path("a/b.owl"), "rdfxml");
  EXPECT_EQ(importers::format_for_path("a/b.svg"), std::nullopt);
}

}  // namespace
}  // namespace kgforge::formats
