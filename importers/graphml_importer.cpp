// SPDX-License-Identifier: MIT
#include "importers/graphml_importer.hpp"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <deque>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/text.hpp"
#include "graph/iri.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph/names.hpp"
#include "graph/vocab.hpp"
#include "graph/xsd.hpp"
#include "importers/ontology_loader.hpp"
#include "importers/xml_prolog.hpp"
#include "ontology/ontology.hpp"

namespace kgforge::importers {

namespace {

using graph::KnowledgeGraph;
using graph::NodeId;
using graph::Value;

constexpr std::string_view kGraphmlNs = "http://graphml.graphdrawing.org/xmlns";
constexpr std::string_view kYworksNs = "http://www.yworks.com/xml/graphml";

struct Pos {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

// Finds where every start tag of the text fed to libxml2 begins, in document order, so
// that the k-th element the reader reports gets the k-th position: the reader parses
// ahead, and libxml2's nodes keep a line but no column.
class StartTags {
 public:
  void feed(const char* data, std::size_t size) {
    for (std::size_t i = 0; i < size; ++i) step(data[i]);
  }
  Pos next() {
    if (starts_.empty()) return {};
    const Pos p = starts_.front();
    starts_.pop_front();
    return p;
  }

 private:
  enum class State { kText, kLt, kBang, kComment, kCdata, kPi, kDecl };

  void step(char c) {
    const Pos here{line_, column_};
    if (c == '\n') {
      ++line_;
      column_ = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++column_;
    }
    tail_ = (tail_ << 8) | static_cast<unsigned char>(c);
    switch (state_) {
      case State::kText:
        if (c == '<') state_ = State::kLt, lt_ = here;
        break;
      case State::kLt:
        if (c == '/') {
          state_ = State::kText;
        } else if (c == '?') {
          state_ = State::kPi;
        } else if (c == '!') {
          state_ = State::kBang, bang_.clear();
        } else {
          starts_.push_back(lt_);
          state_ = State::kText;
        }
        break;
      case State::kBang:
        bang_ += c;
        if (bang_ == "--") {
          state_ = State::kComment, tail_ = 0;
        } else if (bang_ == "[CDATA[") {
          state_ = State::kCdata, tail_ = 0;
        } else if (bang_.size() >= 7 || (bang_ != std::string_view("[CDATA[").substr(0, bang_.size()) &&
                                         bang_ != std::string_view("--").substr(0, bang_.size()))) {
          state_ = State::kDecl, depth_ = 0, quote_ = 0;
        }
        break;
      case State::kComment:
        if ((tail_ & 0xFFFFFF) == 0x2D2D3E) state_ = State::kText;  // "-->"
        break;
      case State::kCdata:
        if ((tail_ & 0xFFFFFF) == 0x5D5D3E) state_ = State::kText;  // "]]>"
        break;
      case State::kPi:
        if ((tail_ & 0xFFFF) == 0x3F3E) state_ = State::kText;  // "?>"
        break;
      case State::kDecl:
        if (quote_ != 0) {
          if (c == quote_) quote_ = 0;
        } else if (c == '"' || c == '\'') {
          quote_ = c;
        } else if (c == '[') {
          ++depth_;
        } else if (c == ']') {
          --depth_;
        } else if (c == '>' && depth_ <= 0) {
          state_ = State::kText;
        }
        break;
    }
  }

  State state_ = State::kText;
  std::uint32_t line_ = 1, column_ = 1;
  std::uint32_t tail_ = 0;
  Pos lt_;
  std::string bang_;
  int depth_ = 0;
  char quote_ = 0;
  std::deque<Pos> starts_;
};

// What libxml2 reads: the prolog already taken from the stream, then the rest of it.
struct Input {
  std::istream* in = nullptr;
  std::string head;
  std::size_t head_at = 0;
  StartTags* tags = nullptr;
};

int read_input(void* context, char* buffer, int len) {
  auto& input = *static_cast<Input*>(context);
  std::size_t n = 0;
  if (input.head_at < input.head.size()) {
    n = std::min<std::size_t>(static_cast<std::size_t>(len), input.head.size() - input.head_at);
    std::memcpy(buffer, input.head.data() + input.head_at, n);
    input.head_at += n;
  } else if (*input.in) {
    input.in->read(buffer, len);  // a read error ends the stream: the caller reports it
    n = static_cast<std::size_t>(input.in->gcount());
  }
  input.tags->feed(buffer, n);
  return static_cast<int>(n);
}

// A key: its declaration and what it maps to.
struct Key {
  std::string id;
  std::string domain;                   // for=: node, edge, graph, all, ...
  std::string name;                     // attr.name (the id when absent)
  std::string folded;                   // name, lower case
  std::string type;                     // attr.type: boolean, int, long, float, double, string
  std::string yfiles;                   // yfiles.type: nodegraphics, edgegraphics, ...
  std::optional<std::string> fallback;  // <default>
  std::string desc;
  Pos where;
  // From <desc> as kgforge writes it: "<property IRI>[ (datatype <IRI>)| (IRIs)][; JSON array of strings]".
  std::string property;
  std::string datatype;
  bool iris = false;
  bool json_list = false;
  bool applies_to(std::string_view element) const { return domain == element || domain == "all" || domain.empty(); }
};

struct Datum {
  std::size_t key;
  std::string text;
  Pos where;
};

struct Element {
  bool edge = false;
  std::string id, source, target;
  Pos where;
  std::vector<Datum> data;
  std::string yfiles_label;  // the first y:NodeLabel / y:EdgeLabel
  bool done = false;         // a node already added (a nested graph followed its data)
};

// The camelCase name a free-text label stands for: "part of" -> partOf (upper: PartOf).
std::string camel_name(std::string_view text, bool upper) {
  std::string out;
  bool new_word = upper;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80 || c == '_') {
      if (new_word && std::islower(u)) {
        out += static_cast<char>(std::toupper(u));
      } else if (out.empty() && !upper && std::isupper(u)) {
        out += static_cast<char>(std::tolower(u));
      } else {
        out += c;
      }
      new_word = false;
    } else {
      new_word = !out.empty() || upper;
    }
  }
  if (out.empty() || std::isdigit(static_cast<unsigned char>(out[0]))) out.insert(0, upper ? "C" : "p");
  return out;
}

// A JSON array of strings, as kgforge writes lists; nullopt if `text` is not one.
std::optional<std::vector<std::string>> json_strings(std::string_view t) {
  std::vector<std::string> out;
  std::size_t i = 0;
  auto space = [&] {
    while (i < t.size() && (t[i] == ' ' || t[i] == '\n' || t[i] == '\t' || t[i] == '\r')) ++i;
  };
  auto hex4 = [&](std::size_t at) -> std::optional<unsigned> {
    if (at + 4 > t.size()) return std::nullopt;
    unsigned v = 0;
    for (std::size_t k = at; k < at + 4; ++k) {
      const char c = t[k];
      v <<= 4;
      if (c >= '0' && c <= '9')
        v |= static_cast<unsigned>(c - '0');
      else if (c >= 'a' && c <= 'f')
        v |= static_cast<unsigned>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F')
        v |= static_cast<unsigned>(c - 'A' + 10);
      else
        return std::nullopt;
    }
    return v;
  };
  space();
  if (i >= t.size() || t[i++] != '[') return std::nullopt;
  space();
  if (i < t.size() && t[i] == ']') return ++i, space(), i == t.size() ? std::optional(out) : std::nullopt;
  for (;;) {
    space();
    if (i >= t.size() || t[i++] != '"') return std::nullopt;
    std::string s;
    for (;;) {
      if (i >= t.size()) return std::nullopt;
      const char c = t[i++];
      if (c == '"') break;
      if (c != '\\') {
        s += c;
        continue;
      }
      if (i >= t.size()) return std::nullopt;
      const char e = t[i++];
      switch (e) {
        case '"':
        case '\\':
        case '/':
          s += e;
          break;
        case 'b':
          s += '\b';
          break;
        case 'f':
          s += '\f';
          break;
        case 'n':
          s += '\n';
          break;
        case 'r':
          s += '\r';
          break;
        case 't':
          s += '\t';
          break;
        case 'u': {
          std::optional<unsigned> cp = hex4(i);
          if (!cp) return std::nullopt;
          i += 4;
          if (*cp >= 0xD800 && *cp < 0xDC00 && t.compare(i, 2, "\\u") == 0) {
            const std::optional<unsigned> low = hex4(i + 2);
            if (!low || *low < 0xDC00 || *low > 0xDFFF) return std::nullopt;
            cp = 0x10000 + ((*cp - 0xD800) << 10) + (*low - 0xDC00);
            i += 6;
          }
          graph::append_utf8(s, *cp);
          break;
        }
        default:
          return std::nullopt;
      }
    }
    out.push_back(std::move(s));
    space();
    if (i >= t.size()) return std::nullopt;
    const char sep = t[i++];
    if (sep == ']') break;
    if (sep != ',') return std::nullopt;
  }
  space();
  if (i != t.size()) return std::nullopt;
  return out;
}

std::string_view str(const xmlChar* s) { return s ? std::string_view(reinterpret_cast<const char*>(s)) : ""; }

class GraphmlReader {
 public:
  GraphmlReader(std::istream& in, std::string_view source, KnowledgeGraph& out, Diagnostics& diags,
                const ImportOptions& options)
      : in_(in),
        source_(source),
        g_(out),
        diags_(diags),
        base_(options.base_iri.empty() ? std::string(kGraphmlBase) : options.base_iri) {}

  void run() {
    Input input{&in_, {}, 0, &tags_};
    if (!read_prolog(input)) return;
    std::unique_ptr<xmlTextReader, void (*)(xmlTextReaderPtr)> reader(
        xmlReaderForIO(&read_input, nullptr, &input, source_.c_str(), nullptr, XML_PARSE_NONET | XML_PARSE_BIG_LINES),
        &xmlFreeTextReader);
    if (!reader) {
      error({1, 1}, "graphml-syntax", "cannot start the XML reader");
      return;
    }
    r_ = reader.get();
    xmlTextReaderSetStructuredErrorHandler(r_, &on_xml_error, this);
    int rc;
    while ((rc = xmlTextReaderRead(r_)) == 1 && !stop_) visit();
    if (rc < 0 && !xml_failed_) error(pos_now(), "graphml-syntax", "the XML could not be read");
    if (xml_failed_ || stop_ || saw_root_ == false) {
      if (!saw_root_ && !xml_failed_ && !stop_) error({1, 1}, "graphml-structure", "no <graphml> element");
      return;
    }
    finish();
  }

 private:
  // --- the prolog ---------------------------------------------------------------------------
  bool read_prolog(Input& input) {
    char chunk[4096];
    for (;;) {
      const PrologScan scan = scan_xml_prolog(input.head, {true, true});
      if (!scan.problem.empty()) {
        diags_.error(offset_location(source_, input.head, scan.at), "external-entity", scan.problem);
        return false;
      }
      if (scan.complete) return true;
      if (input.head.size() >= kMaxXmlProlog) {
        diags_.error({source_, 1, 1}, "graphml-syntax", "the XML prolog (DOCTYPE) is longer than 1 MiB");
        return false;
      }
      if (!in_) return true;  // the end: libxml2 reports what is wrong
      in_.read(chunk, sizeof chunk);
      input.head.append(chunk, static_cast<std::size_t>(in_.gcount()));
    }
  }

  static void on_xml_error(void* context, xmlErrorPtr e) {
    auto& self = *static_cast<GraphmlReader*>(context);
    if (e == nullptr || e->level < XML_ERR_ERROR) return;
    std::string message = e->message ? e->message : "XML error";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    if (!message.empty()) message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
    const Pos at{static_cast<std::uint32_t>(std::max(e->line, 1)), static_cast<std::uint32_t>(std::max(e->int2, 0))};
    if (!self.xml_failed_ || e->level == XML_ERR_FATAL) self.error(at, "graphml-syntax", message);
    self.xml_failed_ = true;
  }

  // --- diagnostics --------------------------------------------------------------------------
  TextLocation where(Pos p) const { return {source_, p.line, p.column}; }
  void error(Pos p, std::string code, std::string message) {
    diags_.error(where(p), std::move(code), std::move(message));
    if (diags_.full()) stop_ = true;
  }
  void warning(Pos p, std::string code, std::string message) {
    diags_.warning(where(p), std::move(code), std::move(message));
  }
  Pos pos_now() const {
    return {static_cast<std::uint32_t>(std::max(xmlTextReaderGetParserLineNumber(r_), 1)),
            static_cast<std::uint32_t>(std::max(xmlTextReaderGetParserColumnNumber(r_), 0))};
  }
  graph::Location location(Pos p) { return g_.location(source_, p.line, p.column); }

  std::optional<std::string> attribute(const char* name) {
    xmlChar* v = xmlTextReaderGetAttribute(r_, reinterpret_cast<const xmlChar*>(name));
    if (v == nullptr) return std::nullopt;
    std::string s(reinterpret_cast<const char*>(v));
    xmlFree(v);
    return s;
  }

  // --- the walk -----------------------------------------------------------------------------
  void visit() {
    const int type = xmlTextReaderNodeType(r_);
    const int depth = xmlTextReaderDepth(r_);
    if (type == XML_READER_TYPE_ELEMENT) {
      const Pos at = tags_.next();
      const bool empty = xmlTextReaderIsEmptyElement(r_) == 1;
      start_element(at, depth, empty);
      if (empty) end_element(depth);
    } else if (type == XML_READER_TYPE_END_ELEMENT) {
      end_element(depth);
    } else if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA || type == XML_READER_TYPE_WHITESPACE ||
               type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE) {
      text(depth);
    } else if (type == XML_READER_TYPE_ENTITY_REFERENCE) {
      error(pos_now(), "graphml-syntax",
            "an entity reference (&" + std::string(str(xmlTextReaderConstName(r_))) +
                ";): entities are not read in GraphML");
    }
  }

  bool graphml_element(std::string_view ns) const { return ns == kGraphmlNs || ns.empty(); }

  void start_element(Pos at, int depth, bool empty) {
    const std::string_view local = str(xmlTextReaderConstLocalName(r_));
    const std::string_view ns = str(xmlTextReaderConstNamespaceUri(r_));
    if (in_data_ >= 0) {  // inside <data>: yEd's graphics; only the label is kept
      if (ns == kYworksNs && (local == "NodeLabel" || local == "EdgeLabel") && label_depth_ < 0 && !open_.empty() &&
          open_.back().yfiles_label.empty() && !empty) {
        label_depth_ = depth;
      }
      return;
    }
    if (skip_depth_ >= 0) return;
    if (!saw_root_) {
      saw_root_ = true;
      if (local != "graphml" || !graphml_element(ns)) {
        error(at, "graphml-structure", "not a GraphML document: the root element is <" + std::string(local) + ">");
        stop_ = true;
      }
      return;
    }
    if (!graphml_element(ns)) return skip(depth, empty);
    if (local == "key") {
      start_key(at);
      if (empty)
        end_key();
      else
        key_depth_ = depth;
    } else if (local == "default" || local == "desc") {
      if (key_depth_ >= 0 && depth == key_depth_ + 1) {
        // By index, not by pointer: a <key> nested in this one grows keys_ and moves its strings.
        text_key_ = keys_.size() - 1;
        text_is_default_ = local == "default";
        if (text_is_default_) keys_.back().fallback.emplace();
        text_depth_ = depth;
      }
    } else if (local == "graph") {
      start_graph(at);
    } else if (local == "node") {
      Element e;
      e.id = attribute("id").value_or("");
      e.where = at;
      if (e.id.empty()) error(at, "graphml-structure", "a <node> without an id");
      open_.push_back(std::move(e));
    } else if (local == "edge") {
      Element e;
      e.edge = true;
      e.where = at;
      e.id = attribute("id").value_or("");
      e.source = attribute("source").value_or("");
      e.target = attribute("target").value_or("");
      if (e.source.empty() || e.target.empty()) error(at, "graphml-structure", "an <edge> without a source or target");
      if (attribute("sourceport") || attribute("targetport")) note_unsupported(at, "port", "ports are left out");
      if (const std::optional<std::string> d = attribute("directed"); d && *d == "false") note_undirected(at);
      open_.push_back(std::move(e));
    } else if (local == "data") {
      start_data(at, depth, empty);
    } else if (local == "hyperedge") {
      note_unsupported(at, "hyperedge", "hyperedges are left out (the model has only binary relations)");
      skip(depth, empty);
    } else if (local == "port") {
      note_unsupported(at, "port", "ports are left out");
      skip(depth, empty);
    } else if (local != "graphml") {
      skip(depth, empty);  // <locator> and anything unknown
    }
  }

  void skip(int depth, bool empty) {
    if (!empty) skip_depth_ = depth;
  }

  void end_element(int depth) {
    if (skip_depth_ >= 0) {
      if (depth == skip_depth_) skip_depth_ = -1;
      return;
    }
    if (label_depth_ >= 0 && depth == label_depth_) {
      label_depth_ = -1;
      open_.back().yfiles_label = trim(label_);
      label_.clear();
      return;
    }
    if (in_data_ >= 0) {
      if (depth == in_data_) end_data();
      return;
    }
    if (text_depth_ >= 0 && depth == text_depth_) {
      text_depth_ = -1;
      return;
    }
    if (key_depth_ >= 0 && depth == key_depth_) {
      key_depth_ = -1;
      end_key();
      return;
    }
    const std::string_view local = str(xmlTextReaderConstLocalName(r_));
    if ((local == "node" || local == "edge") && !open_.empty()) {
      Element e = std::move(open_.back());
      open_.pop_back();
      if (e.edge)
        add_edge(std::move(e));
      else if (!e.done)
        add_node(e);
    } else if (local == "graph" && graph_depth_ > 0) {
      --graph_depth_;
      undirected_.pop_back();
    }
  }

  void text(int depth) {
    const std::string_view value = str(xmlTextReaderConstValue(r_));
    if (label_depth_ >= 0) {
      if (depth == label_depth_ + 1) label_.append(value);
    } else if (in_data_ >= 0) {
      if (depth == in_data_ + 1) data_.text.append(value);
    } else if (text_depth_ >= 0 && depth == text_depth_ + 1) {
      Key& k = keys_[text_key_];
      (text_is_default_ ? *k.fallback : k.desc).append(value);
    }
  }

  static std::string trim(std::string_view s) {
    const std::size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) return {};
    return std::string(s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1));
  }

  // --- keys ---------------------------------------------------------------------------------
  void start_key(Pos at) {
    Key k;
    k.where = at;
    k.id = attribute("id").value_or("");
    k.domain = attribute("for").value_or("all");
    k.name = attribute("attr.name").value_or(k.id);
    k.type = attribute("attr.type").value_or("string");
    k.yfiles = attribute("yfiles.type").value_or("");
    k.folded = k.name;
    for (char& c : k.folded) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    static constexpr std::string_view kTypes[] = {"boolean", "int", "long", "float", "double", "string"};
    if (std::find(std::begin(kTypes), std::end(kTypes), k.type) == std::end(kTypes)) {
      error(at, "graphml-structure",
            "key '" + k.id + "': attr.type '" + k.type + "' is none of boolean, int, long, float, double, string");
      k.type = "string";
    }
    if (k.id.empty()) error(at, "graphml-structure", "a <key> without an id");
    keys_.push_back(std::move(k));
  }

  void end_key() {
    Key& k = keys_.back();
    // kgforge's own <desc>: the property IRI first, then what its values are.
    const std::string desc = trim(k.desc);
    const std::size_t cut = desc.find_first_of(" ;");
    const std::string first = desc.substr(0, cut);
    if (first.find(':') != std::string::npos && !graph::iri_problem(first)) {
      k.property = first;
      const std::string rest = cut == std::string::npos ? std::string() : desc.substr(cut);
      if (const std::size_t d = rest.find("(datatype "); d != std::string::npos) {
        const std::size_t e = rest.find(')', d);
        if (e != std::string::npos) k.datatype = rest.substr(d + 10, e - d - 10);
      }
      k.iris = rest.find("(IRIs)") != std::string::npos;
    }
    k.json_list = desc.find("JSON array of strings") != std::string::npos;
    auto [it, added] = key_index_.try_emplace(k.id, keys_.size() - 1);
    if (!added) {
      error(k.where, "graphml-structure",
            "key id '" + k.id + "' is declared twice (first at line " + std::to_string(keys_[it->second].where.line) +
                ")");
    }
  }

  // --- graphs, data -------------------------------------------------------------------------
  void start_graph(Pos at) {
    const std::optional<std::string> edgedefault = attribute("edgedefault");
    if (graph_depth_ > 0 || !open_.empty()) {
      note_unsupported(at, "nested-graph", "a nested graph is read as part of the top-level one");
      for (Element& e : open_) {
        if (!e.edge && !e.done) add_node(e), e.done = true;
      }
    }
    ++graph_depth_;
    const bool undirected = edgedefault && *edgedefault == "undirected";
    undirected_.push_back(undirected);
    if (undirected) note_undirected(at);
  }

  void start_data(Pos at, int depth, bool empty) {
    const std::optional<std::string> key = attribute("key");
    const auto it = key ? key_index_.find(*key) : key_index_.end();
    if (it == key_index_.end()) {
      error(at, "graphml-structure", "<data> names no declared key ('" + key.value_or("") + "')");
      return skip(depth, empty);
    }
    if (open_.empty()) return skip(depth, empty);  // graph-level data: the model has none
    data_ = Datum{it->second, {}, at};
    in_data_ = depth;
    if (empty) end_data();
  }

  void end_data() {
    in_data_ = -1;
    if (!keys_[data_.key].yfiles.empty()) return;  // yEd's graphics: only their label is kept
    if (data_.text.empty()) return;                // <data key="d4"/>: no value (yEd writes many)
    open_.back().data.push_back(std::move(data_));
  }

  void note_unsupported(Pos at, const std::string& what, const std::string& message) {
    if (std::find(unsupported_.begin(), unsupported_.end(), what) != unsupported_.end()) return;
    unsupported_.push_back(what);
    warning(at, "graphml-unsupported", message + " (said once per file)");
  }

  void note_undirected(Pos at) {
    if (undirected_noted_) return;
    undirected_noted_ = true;
    warning(at, "graphml-undirected",
            "undirected edges are read as relations from their source to their target (said once per file)");
  }

  // --- the model ----------------------------------------------------------------------------
  // The property IRI of a key: kgforge's <desc>, else the name as a class or property
  // name is read (graph/names.hpp), else its camelCase form as a kgf: term.
  const std::string& property_of(std::size_t k) {
    Key& key = keys_[k];
    if (key.property.empty()) key.property = term_iri(key.name, false);
    return key.property;
  }

  // The IRI a free-text name stands for: an IRI or prefix:local as written; else the
  // kgf: term of its camelCase form when the bundled ontology has it (a class when
  // `upper`, else a property); else that form under kGraphmlTerms.
  std::string term_iri(std::string_view text, bool upper) {
    const std::string local = camel_name(text, upper);
    if (text.find(':') != std::string_view::npos) {
      const graph::NameExpansion e = graph::expand_name(text, g_.prefixes());
      if (e.ok()) return e.iri;
    }
    static const ontology::Ontology bundled = bundled_ontology();
    const std::string kgf = vocab::kgf_term(local);
    if (upper ? bundled.find_class(kgf) != nullptr : bundled.find_property(kgf) != nullptr) return kgf;
    return std::string(kGraphmlTerms) + local;
  }

  // The literal for `text` under key `k`, or nullopt after an error.
  std::optional<Value> literal(std::size_t k, std::string_view text, Pos at) {
    const Key& key = keys_[k];
    if (!key.datatype.empty()) {
      // kgforge writes xsd:decimal values as GraphML doubles (6e+06): back to a decimal.
      if (xsd::numeric_kind(key.datatype) == xsd::NumericKind::kDecimal && !xsd::is_valid(key.datatype, text)) {
        if (const std::optional<double> d = xsd::to_double(trim(text)); d && std::isfinite(*d)) {
          char buf[400];
          const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, *d, std::chars_format::fixed);
          std::string canonical;
          if (ec == std::errc() &&
              xsd::canonical_lexical(std::string_view(buf, end - buf), xsd::NumericKind::kDecimal, canonical))
            return Value::literal(g_.intern(canonical), g_.intern(key.datatype));
        }
      }
      if (const std::optional<std::string> why = xsd::lexical_problem(key.datatype, text)) {
        error(at, "graphml-value", "key '" + key.name + "': " + *why);
        return std::nullopt;
      }
      return Value::literal(g_.intern(text), g_.intern(key.datatype));
    }
    if (key.type == "string") return Value::literal(g_.intern(text));
    std::string lexical = trim(text);
    std::string_view datatype;
    xsd::NumericKind kind = xsd::NumericKind::kNone;
    if (key.type == "boolean") {
      std::string folded = lexical;
      for (char& c : folded) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      lexical = folded;  // NetworkX writes True / False
      datatype = vocab::xsd::kBoolean, kind = xsd::NumericKind::kBoolean;
    } else if (key.type == "int" || key.type == "long") {
      datatype = key.type == "int" ? std::string_view("http://www.w3.org/2001/XMLSchema#int") : vocab::xsd::kInteger;
      kind = xsd::NumericKind::kInteger;
    } else {
      if (lexical == "inf" || lexical == "+inf" || lexical == "Infinity") lexical = "INF";
      if (lexical == "-inf" || lexical == "-Infinity") lexical = "-INF";
      if (lexical == "nan" || lexical == "NAN") lexical = "NaN";
      datatype = vocab::xsd::kDouble, kind = xsd::NumericKind::kDouble;
    }
    std::string canonical;
    if (!xsd::canonical_lexical(lexical, kind, canonical)) {
      error(at, "graphml-value",
            "key '" + key.name + "' (" + key.type + "): '" + std::string(text) + "' is not a " + key.type);
      return std::nullopt;
    }
    return Value::literal(g_.intern(canonical), g_.intern(datatype));
  }

  // Each value of a datum: the items of a JSON list, else the text.
  std::vector<std::string> values(const Datum& d) {
    if (keys_[d.key].json_list) {
      if (std::optional<std::vector<std::string>> items = json_strings(d.text)) return std::move(*items);
    }
    return {d.text};
  }

  // The data of an element with the keys' defaults for what it lacks.
  std::vector<Datum> with_defaults(const Element& e) {
    std::vector<Datum> data = e.data;
    const std::string_view domain = e.edge ? "edge" : "node";
    for (std::size_t k = 0; k < keys_.size(); ++k) {
      const Key& key = keys_[k];
      if (!key.fallback || key.fallback->empty() || !key.applies_to(domain) || !key.yfiles.empty()) continue;
      if (std::none_of(data.begin(), data.end(), [&](const Datum& d) { return d.key == k; }))
        data.push_back({k, *key.fallback, e.where});
    }
    return data;
  }

  NodeId node_for_iri(std::string_view iri, Pos at) {
    if (iri.starts_with("_:")) return g_.add_blank_node(iri.substr(2), location(at));
    return g_.add_node(iri, location(at));
  }

  void add_node(Element& e) {
    if (e.id.empty()) return;
    const std::vector<Datum> data = with_defaults(e);
    // Which key gives what: kgforge's iri, classes; a label (else name) key; class.
    const Datum* iri = nullptr;
    const Datum* label = nullptr;
    const Datum* name = nullptr;
    bool has_classes = false;
    for (const Datum& d : data) {
      const std::string& f = keys_[d.key].folded;
      if (f == "iri" && !iri) iri = &d;
      if (f == "label" && !label) label = &d;
      if (f == "name" && !name) name = &d;
      if (f == "classes") has_classes = true;
    }
    if (!label) label = name, name = nullptr;
    std::string node_iri;
    if (iri != nullptr && !trim(iri->text).empty()) {
      node_iri = trim(iri->text);
      if (!node_iri.starts_with("_:")) {
        if (const std::optional<std::string> why = graph::iri_problem(node_iri)) {
          error(iri->where, "graphml-value", "node '" + e.id + "': bad IRI '" + node_iri + "': " + *why);
          return;
        }
        if (g_.base_iri().empty() && node_iri.size() > e.id.size() && node_iri.ends_with(e.id))
          g_.set_base_iri(node_iri.substr(0, node_iri.size() - e.id.size()));
      }
    } else {
      node_iri = base_ + graph::mint_iri_suffix(e.id);
      if (g_.base_iri().empty()) g_.set_base_iri(base_);
    }
    auto [it, added] = nodes_.try_emplace(e.id, NodeState{});
    if (it->second.declared) {
      error(e.where, "graphml-structure",
            "node id '" + e.id + "' is declared twice (first at line " + std::to_string(it->second.where.line) + ")");
      return;
    }
    const NodeId n = node_for_iri(node_iri, e.where);
    it->second = NodeState{n, true, e.where};
    if (g_.node(n).where.line != e.where.line || g_.node(n).where.column != e.where.column)
      g_.set_where(n, location(e.where));
    const std::string display = label != nullptr ? label->text : e.yfiles_label;
    if (!display.empty()) g_.set_name(n, display);
    for (const Datum& d : data) {
      if (&d == iri || &d == label) continue;
      const Key& key = keys_[d.key];
      const std::string& f = key.folded;
      const graph::Location at = location(d.where);
      if (f == "classes" || (f == "class" && !has_classes)) {
        for (const std::string& v : values(d)) {
          if (!trim(v).empty()) g_.add_class(n, g_.intern(term_iri(trim(v), true)), at);
        }
      } else if (f == "class") {
        continue;  // kgforge's short name of the first class; `classes` has them all
      } else if (f == "aliases") {
        for (const std::string& v : values(d))
          g_.add_property(n, {graph::Role::kAlias, 0, Value::literal(g_.intern(v)), at});
      } else if (f == "description") {
        g_.add_property(n, {graph::Role::kDescription, 0, Value::literal(g_.intern(d.text)), at});
      } else if (f == "same_as") {
        for (const std::string& v : values(d))
          g_.add_property(n, {graph::Role::kSameAs, 0, Value::iri(g_.intern(v)), at});
      } else {
        const graph::Sym p = g_.intern(property_of(d.key));
        for (const std::string& v : values(d)) {
          if (key.iris) {
            g_.add_property(n, {graph::Role::kAttribute, p, Value::iri(g_.intern(v)), at});
          } else if (const std::optional<Value> value = literal(d.key, v, d.where)) {
            g_.add_property(n, {graph::Role::kAttribute, p, *value, at});
          }
        }
      }
    }
  }

  void add_edge(Element e) {
    if (e.source.empty() || e.target.empty()) return;
    const auto s = nodes_.find(e.source);
    const auto t = nodes_.find(e.target);
    if (s == nodes_.end() || !s->second.declared || t == nodes_.end() || !t->second.declared) {
      pending_.push_back(std::move(e));  // a node declared later
      return;
    }
    const std::vector<Datum> data = with_defaults(e);
    const Datum* predicate = nullptr;
    int rank = 99;
    for (const Datum& d : data) {
      static constexpr std::string_view kNames[] = {"predicate", "relation", "label", "edge label"};  // Gephi
      const auto* found = std::find(std::begin(kNames), std::end(kNames), keys_[d.key].folded);
      if (found == std::end(kNames)) continue;  // an attribute (Gephi's "Edge Id"): a qualifier
      const int r = static_cast<int>(found - std::begin(kNames));
      if (r < rank && !trim(d.text).empty()) predicate = &d, rank = r;
    }
    std::string p;
    if (predicate != nullptr)
      p = term_iri(trim(predicate->text), false);
    else if (!e.yfiles_label.empty())
      p = term_iri(e.yfiles_label, false);
    else
      p = std::string(kGraphmlTerms) + "linkedTo";
    const graph::EdgeRef r = g_.add_edge(s->second.node, g_.intern(p), t->second.node, location(e.where));
    for (const Datum& d : data) {
      if (&d == predicate) continue;
      const Key& key = keys_[d.key];
      if (rank == 0 && key.folded == "label") continue;  // kgforge's: the predicate's label
      const graph::Sym q = g_.intern(property_of(d.key));
      for (const std::string& v : values(d)) {
        if (key.iris) {
          g_.add_qualifier(r, {q, Value::iri(g_.intern(v))});
        } else if (const std::optional<Value> value = literal(d.key, v, d.where)) {
          g_.add_qualifier(r, {q, *value});
        }
      }
    }
  }

  void finish() {
    std::vector<Element> pending = std::move(pending_);
    pending_.clear();
    for (Element& e : pending) {
      for (const std::string* id : {&e.source, &e.target}) {
        const auto it = nodes_.find(*id);
        if (it == nodes_.end() || !it->second.declared) {
          std::vector<std::string_view> known;
          if (nodes_.size() <= 100000) {
            for (const auto& [k, v] : nodes_) {
              if (v.declared) known.push_back(k);
            }
          }
          error(e.where, "graphml-structure",
                "edge names node '" + *id + "', which the file does not declare" + did_you_mean(*id, known));
          break;
        }
      }
      const auto s = nodes_.find(e.source), t = nodes_.find(e.target);
      if (s != nodes_.end() && s->second.declared && t != nodes_.end() && t->second.declared) add_edge(std::move(e));
    }
  }

  struct NodeState {
    NodeId node = 0;
    bool declared = false;
    Pos where;
  };

  std::istream& in_;
  std::string source_;
  KnowledgeGraph& g_;
  Diagnostics& diags_;
  std::string base_;
  xmlTextReaderPtr r_ = nullptr;
  StartTags tags_;
  bool saw_root_ = false, stop_ = false, xml_failed_ = false, undirected_noted_ = false;
  int skip_depth_ = -1, key_depth_ = -1, text_depth_ = -1, in_data_ = -1, label_depth_ = -1, graph_depth_ = 0;
  std::size_t text_key_ = 0;      // with text_depth_ >= 0: the key whose <default> or <desc> is open
  bool text_is_default_ = false;  // <default> (else <desc>)
  std::string label_;
  Datum data_{};
  std::vector<Key> keys_;
  std::unordered_map<std::string, std::size_t> key_index_;
  std::vector<Element> open_;
  std::vector<Element> pending_;
  std::vector<bool> undirected_;
  std::vector<std::string> unsupported_;
  std::unordered_map<std::string, NodeState> nodes_;
};

}  // namespace

void GraphmlImporter::read(std::istream& in, std::string_view source_name, KnowledgeGraph& out, Diagnostics& diags,
                           const ImportOptions& options) const {
  GraphmlReader(in, source_name, out, diags, options).run();
}

}  // namespace kgforge::importers
