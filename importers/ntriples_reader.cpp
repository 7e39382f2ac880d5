// SPDX-License-Identifier: MIT
#include "importers/ntriples_reader.hpp"

#include <array>
#include <cstdint>
#include <cstring>
#include <istream>
#include <memory>
#include <string>

#include "core/error.hpp"
#include "graph/iri.hpp"

namespace kgforge::importers {

namespace {

constexpr std::size_t kBlock = 1 << 20;
constexpr std::size_t kFirstBlock = 1 << 16;

// Bytes an IRIREF holds as they are: not #x00-#x20, <>"{}|^`\ (RDF 1.1 N-Triples).
constexpr std::array<bool, 256> make_iri_table() {
  std::array<bool, 256> t{};
  for (int c = 0x21; c < 256; ++c) t[c] = true;
  for (const char c : std::string_view("<>\"{}|^`\\")) t[static_cast<unsigned char>(c)] = false;
  return t;
}
constexpr std::array<bool, 256> kIriByte = make_iri_table();

// Bytes a STRING_LITERAL_QUOTE holds as they are: not " \ LF CR.
constexpr std::array<bool, 256> make_string_table() {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = true;
  t['"'] = t['\\'] = t['\n'] = t['\r'] = false;
  return t;
}
constexpr std::array<bool, 256> kStringByte = make_string_table();

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The code point of the UTF-8 sequence at p (its length in `len`), or -1 if it is not one.
std::int32_t decode_utf8(const char* p, const char* end, int& len) {
  const auto b0 = static_cast<unsigned char>(*p);
  if (b0 < 0x80) {
    len = 1;
    return b0;
  }
  int n = 0;
  std::uint32_t cp = 0;
  if ((b0 & 0xE0) == 0xC0) {
    n = 2;
    cp = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    n = 3;
    cp = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    n = 4;
    cp = b0 & 0x07;
  } else {
    return -1;
  }
  if (end - p < n) return -1;
  for (int i = 1; i < n; ++i) {
    const auto b = static_cast<unsigned char>(p[i]);
    if ((b & 0xC0) != 0x80) return -1;
    cp = (cp << 6) | (b & 0x3F);
  }
  len = n;
  return static_cast<std::int32_t>(cp);
}

// PN_CHARS_BASE, PN_CHARS_U and PN_CHARS of the grammar. PN_CHARS_U has no ':' (as in Turtle;
// the W3C N-Triples suite's nt-syntax-bad-bnode-01/02 reject `_::a` and `_:abc:def`).
bool is_pn_chars_base(std::uint32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) ||
         (c >= 0xF8 && c <= 0x2FF) || (c >= 0x370 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF) ||
         (c >= 0x200C && c <= 0x200D) || (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) ||
         (c >= 0x3001 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0xEFFFF);
}
bool is_pn_chars_u(std::uint32_t c) { return is_pn_chars_base(c) || c == '_'; }
bool is_pn_chars(std::uint32_t c) {
  return is_pn_chars_u(c) || c == '-' || (c >= '0' && c <= '9') || c == 0xB7 || (c >= 0x300 && c <= 0x36F) ||
         (c >= 0x203F && c <= 0x2040);
}

// A syntax error at a place in the line: thrown inside the line parser, caught per line.
struct SyntaxError {
  const char* where;
  std::string message;
};

// One statement's terms; each may point into the line or into its scratch string.
struct Slot {
  RdfTerm term;
  std::string scratch;
  std::string datatype_scratch;
};

class Reader {
 public:
  Reader(bool quads, std::istream& in, std::string_view source, const RdfSink& sink, Diagnostics& diags)
      : quads_(quads), in_(in), source_(source), sink_(sink), diags_(diags) {}

  void run() {
    // The buffer starts small (a short input costs little) and doubles while reads fill
    // it, up to kBlock; a line longer than the buffer doubles it too. Not zero-filled.
    std::size_t capacity = kFirstBlock;
    std::unique_ptr<char[]> buf(new char[capacity]);
    std::size_t begin = 0;   // the first byte of the current line
    std::size_t scan = 0;    // where the search for '\n' goes on
    std::size_t filled = 0;  // bytes in buf
    bool eof = false;
    while (!diags_.full()) {
      const void* nl = scan < filled ? std::memchr(buf.get() + scan, '\n', filled - scan) : nullptr;
      if (nl != nullptr) {
        const char* end = static_cast<const char*>(nl);
        ++line_;
        line(buf.get() + begin, end);
        begin = scan = static_cast<std::size_t>(end - buf.get()) + 1;
        continue;
      }
      if (eof) {
        if (begin < filled) {
          ++line_;
          line(buf.get() + begin, buf.get() + filled);
        }
        return;
      }
      // Keep the unfinished line, at the front, and read more behind it.
      if (begin > 0) {
        std::memmove(buf.get(), buf.get() + begin, filled - begin);
        filled -= begin;
        begin = 0;
      }
      scan = filled;
      if (filled == capacity || (grow_ && capacity < kBlock)) {
        const std::size_t bigger = capacity * 2;
        std::unique_ptr<char[]> next(new char[bigger]);
        std::memcpy(next.get(), buf.get(), filled);
        buf = std::move(next);
        capacity = bigger;
      }
      const std::streamsize got =
          in_.rdbuf()->sgetn(buf.get() + filled, static_cast<std::streamsize>(capacity - filled));
      if (got <= 0) {
        eof = true;
      } else {
        filled += static_cast<std::size_t>(got);
        grow_ = filled == capacity;  // the input goes on: read in larger blocks
      }
    }
  }

 private:
  // One line (without its '\n'); a CR is a line end too (EOL ::= [#xD#xA]+), so a
  // line holding CRs is parsed as several, all numbered as this line.
  void line(const char* begin, const char* end) {
    line_begin_ = begin;
    const char* p = begin;
    while (true) {
      const void* cr = std::memchr(p, '\r', static_cast<std::size_t>(end - p));
      const char* stop = cr != nullptr ? static_cast<const char*>(cr) : end;
      statement(p, stop);
      if (cr == nullptr || diags_.full()) return;
      p = stop + 1;
    }
  }

  void statement(const char* p, const char* end) {
    try {
      skip_space(p, end);
      if (p == end || *p == '#') return;
      Slot& s = slots_[0];
      Slot& pr = slots_[1];
      Slot& o = slots_[2];
      Slot& g = slots_[3];
      s.term = {};
      pr.term = {};
      o.term = {};
      g.term = {};
      const char* subject_at = p;
      if (*p == '<') {
        iri(p, end, s.scratch, s.term.text);
      } else if (*p == '_') {
        blank(p, end, s.term);
      } else {
        fail(subject_at, "expected an IRI <...> or a blank node _:label as the subject");
      }
      skip_space(p, end);
      if (p == end || *p != '<') fail(p, "expected an IRI <...> as the predicate");
      iri(p, end, pr.scratch, pr.term.text);
      skip_space(p, end);
      if (p == end) fail(p, "expected the object");
      if (*p == '<') {
        iri(p, end, o.scratch, o.term.text);
      } else if (*p == '_') {
        blank(p, end, o.term);
      } else if (*p == '"') {
        literal(p, end, o);
      } else {
        fail(p, "expected an IRI <...>, a blank node _:label or a literal \"...\" as the object");
      }
      skip_space(p, end);
      bool has_graph = false;
      if (quads_ && p != end && (*p == '<' || *p == '_')) {
        has_graph = true;
        if (*p == '<') {
          iri(p, end, g.scratch, g.term.text);
        } else {
          blank(p, end, g.term);
        }
        skip_space(p, end);
      }
      if (p == end || *p != '.')
        fail(p, quads_ ? "expected '.' (or a graph label, then '.') at the end of the statement"
                       : "expected '.' at the end of the triple");
      ++p;
      skip_space(p, end);
      if (p != end && *p != '#') fail(p, "expected the end of the line after '.' (one statement a line)");
      sink_.statement(s.term, pr.term, o.term, has_graph ? &g.term : nullptr, line_, 1);
    } catch (const SyntaxError& e) {
      diags_.error({source_, line_, column(e.where)}, "rdf-syntax", e.message);
    }
  }

  [[noreturn]] static void fail(const char* where, std::string message) {
    throw SyntaxError{where, std::move(message)};
  }

  // The 1-based column of `where` in the current line, in characters.
  std::uint32_t column(const char* where) const {
    std::uint32_t col = 1;
    for (const char* q = line_begin_; q < where; ++q) col += (static_cast<unsigned char>(*q) & 0xC0) != 0x80;
    return col;
  }

  static void skip_space(const char*& p, const char* end) {
    while (p != end && (*p == ' ' || *p == '\t')) ++p;
  }

  // UCHAR at p (the backslash): its code point; p moves past it.
  static std::uint32_t uchar(const char*& p, const char* end, const char* what) {
    const char* at = p;
    if (end - p < 2 || (p[1] != 'u' && p[1] != 'U'))
      fail(at, std::string("a backslash in ") + what + " must start \\uXXXX or \\UXXXXXXXX");
    const int digits = p[1] == 'u' ? 4 : 8;
    p += 2;
    if (end - p < digits) fail(at, "expected " + std::to_string(digits) + " hex digits after \\" + at[1]);
    std::uint32_t cp = 0;
    for (int i = 0; i < digits; ++i, ++p) {
      const int h = hex_value(*p);
      if (h < 0) fail(at, "expected " + std::to_string(digits) + " hex digits after \\" + at[1]);
      cp = (cp << 4) | static_cast<std::uint32_t>(h);
    }
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      fail(at, "the escape names no Unicode character (a surrogate or above U+10FFFF)");
    return cp;
  }

  // IRIREF at p ('<'): the IRI in `out` (a view of the line, or of `scratch` if it had escapes).
  void iri(const char*& p, const char* end, std::string& scratch, std::string_view& out) {
    const char* open = p;
    const char* start = ++p;
    while (p != end && kIriByte[static_cast<unsigned char>(*p)]) ++p;
    if (p != end && *p == '>') {
      out = std::string_view(start, static_cast<std::size_t>(p - start));
      ++p;
    } else {
      scratch.assign(start, p);
      while (true) {
        if (p == end) fail(open, "the IRI is not closed with '>'");
        const auto c = static_cast<unsigned char>(*p);
        if (c == '>') break;
        if (c == '\\') {
          const char* at = p;
          const std::uint32_t cp = uchar(p, end, "an IRI");
          if (cp <= 0x20 || (cp < 0x80 && !kIriByte[cp])) fail(at, "the escape gives a character an IRI may not hold");
          graph::append_utf8(scratch, cp);
          continue;
        }
        if (!kIriByte[c])
          fail(p, c <= 0x20
                      ? "a space or control character in an IRI"
                      : std::string("the character '") + static_cast<char>(c) + "' in an IRI (write it %-encoded)");
        scratch += static_cast<char>(c);
        ++p;
      }
      out = scratch;
      ++p;
    }
    if (!graph::has_iri_scheme(out))
      fail(open, "<" + std::string(out) + "> is not an absolute IRI (N-Triples and N-Quads have no base)");
  }

  // BLANK_NODE_LABEL at p ('_').
  static void blank(const char*& p, const char* end, RdfTerm& out) {
    const char* at = p;
    if (end - p < 2 || p[1] != ':') fail(at, "expected ':' after '_' (a blank node is _:label)");
    p += 2;
    const char* start = p;
    const char* last_good = p;  // just past the last character that may end a label
    bool first = true;
    while (p != end) {
      int len = 1;
      const std::int32_t cp = decode_utf8(p, end, len);
      if (cp < 0) break;
      const auto c = static_cast<std::uint32_t>(cp);
      const bool ok = first ? (is_pn_chars_u(c) || (c >= '0' && c <= '9')) : (is_pn_chars(c) || c == '.');
      if (!ok) break;
      first = false;
      p += len;
      if (c != '.') last_good = p;
    }
    if (last_good == start) fail(start, "a blank node label must start with a letter, digit or '_'");
    p = last_good;  // a label does not end with '.': a trailing dot ends the statement
    out.kind = RdfTerm::Kind::kBlank;
    out.text = std::string_view(start, static_cast<std::size_t>(last_good - start));
  }

  // STRING_LITERAL_QUOTE at p ('"'), then ^^IRIREF or LANGTAG.
  void literal(const char*& p, const char* end, Slot& slot) {
    RdfTerm& out = slot.term;
    out.kind = RdfTerm::Kind::kLiteral;
    const char* open = p;
    const char* start = ++p;
    while (p != end && kStringByte[static_cast<unsigned char>(*p)]) ++p;
    if (p != end && *p == '"') {
      out.text = std::string_view(start, static_cast<std::size_t>(p - start));
      ++p;
    } else {
      std::string& s = slot.scratch;
      s.assign(start, p);
      while (true) {
        if (p == end) fail(open, "the string is not closed with '\"'");
        const char c = *p;
        if (c == '"') break;
        if (c == '\\') {
          if (end - p < 2) fail(p, "a backslash at the end of the line");
          const char e = p[1];
          const char* decoded = nullptr;
          switch (e) {
            case 't':
              decoded = "\t";
              break;
            case 'b':
              decoded = "\b";
              break;
            case 'n':
              decoded = "\n";
              break;
            case 'r':
              decoded = "\r";
              break;
            case 'f':
              decoded = "\f";
              break;
            case '"':
              decoded = "\"";
              break;
            case '\'':
              decoded = "'";
              break;
            case '\\':
              decoded = "\\";
              break;
            default:
              break;
          }
          if (decoded != nullptr) {
            s += decoded[0];
            p += 2;
            continue;
          }
          if (e != 'u' && e != 'U')
            fail(p,
                 std::string("\\") + e + " is not an escape (\\t \\b \\n \\r \\f \\\" \\' \\\\ \\uXXXX \\UXXXXXXXX)");
          graph::append_utf8(s, uchar(p, end, "a string"));
          continue;
        }
        s += c;  // (LF and CR cannot be here: they end the line)
        ++p;
      }
      out.text = s;
      ++p;
    }
    if (p != end && *p == '@') {
      const char* tag = ++p;
      while (p != end && is_alpha(*p)) ++p;
      if (p == tag) fail(tag - 1, "expected a language tag after '@'");
      while (p != end && *p == '-') {
        const char* part = ++p;
        while (p != end && (is_alpha(*p) || is_digit(*p))) ++p;
        if (p == part) fail(part - 1, "a language tag part after '-' is empty");
      }
      out.language = std::string_view(tag, static_cast<std::size_t>(p - tag));
    } else if (p != end && *p == '^') {
      if (end - p < 3 || p[1] != '^' || p[2] != '<') fail(p, "expected ^^<datatype IRI> after the string");
      p += 2;
      iri(p, end, slot.datatype_scratch, out.datatype);
    }
  }

  bool quads_;
  std::istream& in_;
  std::string source_;
  const RdfSink& sink_;
  Diagnostics& diags_;
  bool grow_ = false;
  std::uint32_t line_ = 0;
  const char* line_begin_ = nullptr;
  std::array<Slot, 4> slots_;
};

}  // namespace

void parse_ntriples(bool quads, std::istream& in, std::string_view source_name, const RdfSink& sink,
                    Diagnostics& diags) {
  Reader(quads, in, source_name, sink, diags).run();
}

void parse_rdf(std::string_view syntax, std::istream& in, std::string_view source_name, const RdfSink& sink,
               Diagnostics& diags, const ImportOptions& options) {
  if (syntax == "ntriples" || syntax == "nquads")
    return parse_ntriples(syntax == "nquads", in, source_name, sink, diags);
  parse_with_serd(syntax, in, source_name, sink, diags, options);
}

}  // namespace kgforge::importers
