// SPDX-License-Identifier: MIT
#include "importers/ntriples_reader.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"

namespace kgforge::importers {
namespace {

// Every statement as one line of text: kind:text[^^datatype][@language] per term.
struct Collected {
  std::vector<std::string> statements;
  std::vector<std::uint32_t> lines;
  Diagnostics diags;
};

std::string show(const RdfTerm& t) {
  std::string out(1, "IBL"[static_cast<int>(t.kind)]);
  out += ':';
  out += t.text;
  if (!t.datatype.empty()) out += "^^" + std::string(t.datatype);
  if (!t.language.empty()) out += "@" + std::string(t.language);
  return out;
}

Collected collect(bool quads, const std::string& text, bool with_serd = false, std::size_t max_errors = 100) {
  Collected c;
  c.diags = Diagnostics(max_errors);
  RdfSink sink;
  sink.statement = [&](const RdfTerm& s, const RdfTerm& p, const RdfTerm& o, const RdfTerm* g, std::uint32_t line,
                       std::uint32_t) {
    c.statements.push_back(show(s) + " " + show(p) + " " + show(o) + (g != nullptr ? " " + show(*g) : ""));
    c.lines.push_back(line);
  };
  std::istringstream in(text);
  const char* syntax = quads ? "nquads" : "ntriples";
  if (with_serd) {
    parse_with_serd(syntax, in, "in", sink, c.diags, {});
  } else {
    parse_ntriples(quads, in, "in", sink, c.diags);
  }
  return c;
}

std::vector<std::string> errors(const Diagnostics& d) {
  std::vector<std::string> out;
  for (const Diagnostic& e : d.items()) out.push_back(format_text(e));
  return out;
}

// Valid N-Triples that exercises the grammar: serd reads it too, and both give the same terms.
const char* const kValid =
    "<http://a.example/s> <http://a.example/p> <http://a.example/o> .\n"
    "<http://a.example/s> <http://a.example/p> \"plain\" .\n"
    "<http://a.example/s> <http://a.example/p> \"tab\\there \\\"q\\\" \\\\ \\n \\r \\b \\f \\'\" .\n"
    "<http://a.example/s> <http://a.example/p> \"\\u00E9\\U0001F600 raw é 😀\" .\n"
    "<http://a.example/s> <http://a.example/p> \"en\"@en-GB-oed .\n"
    "<http://a.example/s> <http://a.example/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
    "<http://a.example/\\u0073> <http://a.example/p> <http://a.example/\\U0000006F> .\n"
    "_:node1 <http://a.example/p> _:x-y.z .\n"
    "_:_u <http://a.example/p> _:9start .\n"
    "_:a·b <http://a.example/p> _:é .\n"
    "<http://a.example/s><http://a.example/p>\"min\"@en.\n"
    "<http://a.example/s><http://a.example/p>_:node2.\n"
    "\t <http://a.example/s> \t<http://a.example/p>  <http://a.example/o>\t. # comment\n"
    "# a comment\n"
    "\n"
    "   \n"
    "<http://a.example/s> <http://a.example/p> \"crlf\" .\r\n"
    "<http://a.example/s> <http://a.example/p> \"\" .\n"
    "<http://a.example/s> <http://a.example/p> \"last, no newline\" .";

TEST(NTriplesReaderTest, GivesTheTermsSerdGives) {
  const Collected ours = collect(false, kValid);
  const Collected serd = collect(false, kValid, /*with_serd=*/true);
  EXPECT_TRUE(ours.diags.items().empty()) << testing::PrintToString(errors(ours.diags));
  ASSERT_TRUE(serd.diags.items().empty()) << testing::PrintToString(errors(serd.diags));
  ASSERT_EQ(ours.statements.size(), 16u);
  EXPECT_EQ(ours.statements, serd.statements);
  EXPECT_EQ(ours.statements[2], "I:http://a.example/s I:http://a.example/p L:tab\there \"q\" \\ \n \r \b \f '");
  EXPECT_EQ(ours.statements[7], "B:node1 I:http://a.example/p B:x-y.z");
  EXPECT_EQ(ours.lines.back(), 19u);
}

TEST(NTriplesReaderTest, QuadsKeepTheirGraphLikeSerd) {
  const std::string text =
      "<http://a.example/s> <http://a.example/p> \"1\" <http://a.example/g> .\n"
      "<http://a.example/s> <http://a.example/p> _:o _:g .\n"
      "<http://a.example/s> <http://a.example/p> \"default\" .\n"
      "<http://a.example/s><http://a.example/p>\"x\"@en<http://a.example/g>.\n";
  const Collected ours = collect(true, text);
  EXPECT_TRUE(ours.diags.items().empty()) << testing::PrintToString(errors(ours.diags));
  EXPECT_EQ(ours.statements, collect(true, text, /*with_serd=*/true).statements);
  ASSERT_EQ(ours.statements.size(), 4u);
  EXPECT_EQ(ours.statements[1], "I:http://a.example/s I:http://a.example/p B:o B:g");
  // N-Triples has no graph label: the same line is an error there.
  EXPECT_EQ(collect(false, text).statements.size(), 1u);
}

TEST(NTriplesReaderTest, ErrorsAreAtTheirExactColumnAndReadingGoesOn) {
  const std::string text =
      "<http://a.example/s> <http://a.example/p> <rel> .\n"               // 1: relative IRI at column 43
      "<http://a.example/s> <http://a.example/p> \"é\\q\" .\n"            // 2: bad escape at column 45 (é is one)
      "<http://a.example/s> <http://a.example/p> \"ok\" .\n"              // 3: good
      "<http://a.example/s> <http://a.example/p> <http://a.example/o>\n"  // 4: no '.' (column 63)
      "<http://a.example/s> <http://a.example/p> <http://a.example/o> . <x>\n"  // 5: more after '.'
      "<http://a.example/s> <http://a.example/p> <http://a.example/o o> .\n"    // 6: space in an IRI
      "<http://a.example/s> <http://a.example/p> \"x\"^^\"y\" .\n"              // 7: bad datatype
      "_:a. <http://a.example/p> \"x\" .\n"                                     // 8: label ends at '.'
      "<http://a.example/s> <http://a.example/p> \"\\uD800\" .\n"               // 9: a surrogate
      "<http://a.example/s> <http://a.example/p> \"last\" .\n";                 // 10: good
  const Collected c = collect(false, text);
  EXPECT_EQ(c.lines, (std::vector<std::uint32_t>{3, 10}));
  const std::vector<std::string> want = {
      "in:1:43: error: <rel> is not an absolute IRI (N-Triples and N-Quads have no base) [rdf-syntax]",
      "in:2:45: error: \\q is not an escape (\\t \\b \\n \\r \\f \\\" \\' \\\\ \\uXXXX \\UXXXXXXXX) [rdf-syntax]",
      "in:4:63: error: expected '.' at the end of the triple [rdf-syntax]",
      "in:5:66: error: expected the end of the line after '.' (one statement a line) [rdf-syntax]",
      "in:6:62: error: a space or control character in an IRI [rdf-syntax]",
      "in:7:46: error: expected ^^<datatype IRI> after the string [rdf-syntax]",
      "in:8:4: error: expected an IRI <...> as the predicate [rdf-syntax]",
      "in:9:44: error: the escape names no Unicode character (a surrogate or above U+10FFFF) [rdf-syntax]",
  };
  EXPECT_EQ(errors(c.diags), want);
}

TEST(NTriplesReaderTest, StopsWhenTheDiagnosticsAreFull) {
  std::string text;
  for (int i = 0; i < 10; ++i) text += "bad line\n";
  const Collected c = collect(false, text, false, /*max_errors=*/3);
  EXPECT_EQ(c.diags.items().size(), 3u);
}

TEST(NTriplesReaderTest, ALineLongerThanTheBlockIsReadWhole) {
  const std::string literal(3'000'000, 'x');
  const std::string text =
      "<http://a.example/s> <http://a.example/p> \"a\" .\n<http://a.example/s> <http://a.example/p> \"" + literal +
      "\" .\n<http://a.example/s> <http://a.example/p> \"z\" .\n";
  const Collected c = collect(false, text);
  EXPECT_TRUE(c.diags.items().empty());
  ASSERT_EQ(c.statements.size(), 3u);
  EXPECT_EQ(c.statements[1].size(),
            std::string("I:http://a.example/s I:http://a.example/p L:").size() + literal.size());
  EXPECT_EQ(c.lines, (std::vector<std::uint32_t>{1, 2, 3}));
}

TEST(NTriplesReaderTest, ParseRdfPicksTheReaderBySyntax) {
  Diagnostics diags;
  std::size_t n = 0;
  RdfSink sink;
  sink.statement = [&](const RdfTerm&, const RdfTerm&, const RdfTerm&, const RdfTerm*, std::uint32_t, std::uint32_t) {
    ++n;
  };
  std::istringstream ttl("@prefix e: <http://a.example/> . e:s e:p e:o , e:o2 .\n");
  parse_rdf("turtle", ttl, "in.ttl", sink, diags, {});
  std::istringstream nq("<http://a.example/s> <http://a.example/p> <http://a.example/o> <http://a.example/g> .\n");
  parse_rdf("nquads", nq, "in.nq", sink, diags, {});
  EXPECT_TRUE(diags.items().empty());
  EXPECT_EQ(n, 3u);
}

}  // namespace
}  // namespace kgforge::importers
