// SPDX-License-Identifier: MIT
// libFuzzer target `ntstream`: the hand-written N-Triples/N-Quads reader
// (importers/ntriples_reader.hpp) into the streaming writer (exporters/rdf_stream_writer.hpp),
// the path of streaming `kgforge convert`. The first byte picks the input syntax (N-Triples
// or N-Quads) and the output (N-Triples, N-Quads, Turtle, TriG); the rest is the input.
// Statements the convert checks refuse are dropped, as convert drops them. Then the output
// is parsed back (with this reader, or serd for Turtle and TriG): it must parse without an
// error and give as many statements as were written. A crash, a sanitizer report, a hang
// or an abort() on a mismatch is a finding.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>

#include "core/diagnostics.hpp"
#include "exporters/rdf_stream_writer.hpp"
#include "graph/iri.hpp"
#include "importers/ntriples_reader.hpp"

namespace {

using kgforge::importers::RdfTerm;

bool writable(const RdfTerm& t) {
  if (kgforge::importers::term_problem(t)) return false;
  if (t.kind == RdfTerm::Kind::kIri) return !kgforge::graph::iri_problem(t.text);
  if (t.kind == RdfTerm::Kind::kLiteral && !t.datatype.empty()) return !kgforge::graph::iri_problem(t.datatype);
  return true;
}

kgforge::exporters::RdfTerm out_term(const RdfTerm& t) {
  kgforge::exporters::RdfTerm out;
  out.kind = static_cast<kgforge::exporters::RdfTerm::Kind>(static_cast<int>(t.kind));
  out.text = t.text;
  out.datatype = t.datatype;
  out.language = t.language;
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const char* const kOut[] = {"ntriples", "nquads", "turtle", "trig"};
  const bool quads = (data[0] & 1) != 0;
  const char* to = kOut[(data[0] >> 1) & 3];
  std::istringstream in(std::string(reinterpret_cast<const char*>(data) + 1, size - 1));
  std::ostringstream out;
  std::size_t written = 0;
  {
    kgforge::exporters::RdfStreamWriter writer(to, out);
    kgforge::importers::RdfSink sink;
    sink.statement = [&](const RdfTerm& s, const RdfTerm& p, const RdfTerm& o, const RdfTerm* g, std::uint32_t,
                         std::uint32_t) {
      if (!writable(s) || !writable(p) || !writable(o) || (g != nullptr && !writable(*g))) return;
      const kgforge::exporters::RdfTerm eg = out_term(g != nullptr ? *g : s);
      writer.statement(out_term(s), out_term(p), out_term(o), g != nullptr ? &eg : nullptr);
      ++written;
    };
    kgforge::Diagnostics diags(20);
    kgforge::importers::parse_ntriples(quads, in, "fuzz", sink, diags);
    writer.finish();
    for (const kgforge::Diagnostic& d : diags.items()) (void)kgforge::format_text(d);
  }
  std::istringstream back(out.str());
  std::size_t read = 0;
  kgforge::importers::RdfSink count;
  count.statement = [&](const RdfTerm&, const RdfTerm&, const RdfTerm&, const RdfTerm*, std::uint32_t, std::uint32_t) {
    ++read;
  };
  kgforge::Diagnostics diags(20);
  kgforge::importers::parse_rdf(to, back, "output", count, diags, {});
  if (diags.has_errors() || read != written) {
    std::fprintf(stderr, "%s output: %zu statements written, %zu read back\n", to, written, read);
    for (const kgforge::Diagnostic& d : diags.items()) std::fprintf(stderr, "%s\n", kgforge::format_text(d).c_str());
    std::fprintf(stderr, "--- output ---\n%s\n", out.str().c_str());
    std::abort();
  }
  return 0;
}
