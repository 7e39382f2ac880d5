// SPDX-License-Identifier: MIT
#include "importers/yaml_tree.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cstdio>
#include <sstream>
#include <unordered_map>
#include <utility>

#include "core/progress.hpp"
#include "graph/iri.hpp"

namespace kgforge::importers::yaml {

const YNode* YNode::find(std::string_view key) const {
  if (kind != Kind::kMapping) return nullptr;
  for (std::size_t i = 0; i < pair_count(); ++i) {
    if (this->key(i).text == key) return &value(i);
  }
  return nullptr;
}

const char* kind_name(const YNode& node) {
  switch (node.kind) {
    case YNode::Kind::kNull:
      return "nothing";
    case YNode::Kind::kScalar:
      return "a string";
    case YNode::Kind::kSequence:
      return "a list";
    case YNode::Kind::kMapping:
      return "a mapping";
    case YNode::Kind::kInvalid:
      return "an invalid value";
  }
  return "a value";
}

namespace {

// Thrown from the event handler to stop yaml-cpp; the reason is already reported.
struct StopParsing {};

std::uint32_t one_based(int zero_based) { return zero_based < 0 ? 0 : static_cast<std::uint32_t>(zero_based) + 1; }

std::string position(const YNode& n) {
  return "line " + std::to_string(n.line) + ", column " + std::to_string(n.column);
}

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(const std::string& path, Diagnostics& diags, bool check_text, Progress& progress)
      : path_(path), diags_(diags), check_text_(check_text), progress_(progress) {}

  std::optional<YNode> take_root() { return std::move(root_); }
  /// Where the last event began (0-based, as yaml-cpp gives it), or {-1, -1}.
  std::pair<int, int> last_mark() const { return last_mark_; }

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++documents_ > 1) {
      error(mark, "yaml-syntax", "a knowledge-base file holds one YAML document; remove this second one");
      throw StopParsing{};
    }
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override { add(make(YNode::Kind::kNull, mark)); }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    error(mark, "yaml-alias", "YAML aliases (*name) are not allowed: they can expand exponentially; repeat the value");
    add(make(YNode::Kind::kInvalid, mark));
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t, const std::string& value) override;
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    open(YNode::Kind::kSequence, mark);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    open(YNode::Kind::kMapping, mark);
  }
  void OnMapEnd() override { close(); }

 private:
  YNode make(YNode::Kind kind, const YAML::Mark& mark) {
    last_mark_ = {mark.line, mark.column};
    YNode n;
    n.kind = kind;
    n.line = one_based(mark.line);
    n.column = one_based(mark.column);
    return n;
  }
  void error(const YAML::Mark& mark, const char* code, std::string message) {
    diags_.error({path_, one_based(mark.line), one_based(mark.column)}, code, std::move(message));
  }
  void open(YNode::Kind kind, const YAML::Mark& mark) {
    if (stack_.size() >= kMaxDepth) {
      error(mark, "too-deep", "nesting deeper than " + std::to_string(kMaxDepth) + " levels");
      throw StopParsing{};
    }
    stack_.push_back(make(kind, mark));
  }
  void close();
  void add(YNode n);
  void check_keys(YNode& map);

  const std::string& path_;
  Diagnostics& diags_;
  bool check_text_;
  Progress& progress_;  // bytes parsed, from the scalars' positions
  std::size_t parsed_ = 0;
  int documents_ = 0;
  std::vector<YNode> stack_;
  std::optional<YNode> root_;
  std::pair<int, int> last_mark_{-1, -1};
};

void TreeBuilder::OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t, const std::string& value) {
  YNode n = make(YNode::Kind::kScalar, mark);
  if (mark.pos > 0 && static_cast<std::size_t>(mark.pos) > parsed_) {
    progress_.advance(static_cast<std::size_t>(mark.pos) - parsed_);
    parsed_ = static_cast<std::size_t>(mark.pos);
  }
  n.plain = tag == "?";  // yaml-cpp tags plain scalars "?", quoted and block scalars "!"
  if (check_text_ && !graph::is_valid_utf8(value)) {
    error(mark, "bad-text",
          value.find('\0') != std::string::npos ? "the text holds a NUL character" : "the text is not valid UTF-8");
    n.kind = YNode::Kind::kInvalid;
  } else {
    n.text = value;
  }
  add(std::move(n));
}

void TreeBuilder::add(YNode n) {
  if (stack_.empty()) {
    root_ = std::move(n);
    return;
  }
  YNode& parent = stack_.back();
  // yaml-cpp marks an empty value at the next token (often the next line): point at its key.
  if (parent.is_mapping() && parent.items.size() % 2 == 1 && n.kind == YNode::Kind::kNull) {
    n.line = parent.items.back().line;
    n.column = parent.items.back().column;
  }
  parent.items.push_back(std::move(n));
}

void TreeBuilder::close() {
  YNode n = std::move(stack_.back());
  stack_.pop_back();
  if (n.is_mapping()) check_keys(n);
  add(std::move(n));
}

// Drops pairs whose key is not a scalar or repeats an earlier key, reporting each.
void TreeBuilder::check_keys(YNode& map) {
  std::vector<bool> keep(map.pair_count(), false);
  std::unordered_map<std::string_view, std::size_t> seen;  // key text -> pair index
  for (std::size_t i = 0; i < map.pair_count(); ++i) {
    const YNode& key = map.key(i);
    if (key.is_invalid()) continue;
    if (!key.is_scalar()) {
      diags_.error({path_, key.line, key.column}, "wrong-kind",
                   std::string("a mapping key must be a string, not ") + kind_name(key));
      continue;
    }
    const auto [it, fresh] = seen.emplace(key.text, i);
    if (!fresh) {
      diags_.error({path_, key.line, key.column}, "duplicate-key",
                   "duplicate key '" + key.text + "' (first given at " + position(map.key(it->second)) + ")");
      continue;
    }
    keep[i] = true;
  }
  std::vector<YNode> kept;
  kept.reserve(map.items.size());
  for (std::size_t i = 0; i < keep.size(); ++i) {
    if (!keep[i]) continue;
    kept.push_back(std::move(map.items[2 * i]));
    kept.push_back(std::move(map.items[2 * i + 1]));
  }
  map.items = std::move(kept);
}

// Length of the valid UTF-8 sequence at text[i], or 0.
std::size_t utf8_sequence(std::string_view text, std::size_t i) {
  for (std::size_t len = 1; len <= 4 && i + len <= text.size(); ++len) {
    if (graph::is_valid_utf8(text.substr(i, len))) return len;
  }
  return 0;
}

std::string hex_byte(unsigned char c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", c);
  return buf;
}

// yaml-cpp silently replaces invalid UTF-8 with U+FFFD and stops at byte 0x04, so
// the raw bytes are checked first. One report a line at most. Returns true if clean.
bool check_raw_text(std::string_view text, const std::string& path, Diagnostics& diags) {
  bool clean = true;
  std::uint32_t line = 1;
  std::uint32_t reported_line = 0;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++line;
      line_start = ++i;
      continue;
    }
    const std::size_t len = c == 0 ? 0 : utf8_sequence(text, i);
    const bool control = len == 1 && (c < 0x20 || c == 0x7F) && c != '\t' && c != '\r';
    if (len == 0 || control) {
      clean = false;
      if (reported_line != line) {
        reported_line = line;
        const auto column = static_cast<std::uint32_t>(i - line_start + 1);
        std::string what = c == 0    ? "a NUL byte"
                           : control ? "control character " + hex_byte(c)
                                     : "invalid UTF-8 (byte " + hex_byte(c) + ")";
        diags.error({path, line, column}, "bad-text", "the file holds " + what + "; it must be UTF-8 text");
      }
      i += len == 0 ? 1 : len;
      continue;
    }
    i += len;
  }
  return clean;
}

// The first quote at or after 0-based (line, column) of `text`, as a 1-based location.
TextLocation first_quote_after(std::string_view text, const std::string& path, std::pair<int, int> mark) {
  std::uint32_t line = 0;
  std::size_t i = 0;
  while (i < text.size() && static_cast<int>(line) < mark.first) {
    if (text[i++] == '\n') ++line;
  }
  const std::size_t line_start = i;
  i += static_cast<std::size_t>(std::max(mark.second, 0));
  std::uint32_t column = static_cast<std::uint32_t>(i - line_start);
  for (; i < text.size(); ++i, ++column) {
    if (text[i] == '"' || text[i] == '\'') return {path, line + 1, column + 1};
    if (text[i] == '\n') {
      ++line;
      column = static_cast<std::uint32_t>(-1);
    }
  }
  return {path, static_cast<std::uint32_t>(std::max(mark.first, 0)) + 1, 0};
}

}  // namespace

std::optional<YNode> parse_yaml(std::string_view text, const std::string& path, Diagnostics& diags) {
  const bool clean = check_raw_text(text, path, diags);
  // yaml-cpp 0.7 accepts a quoted scalar that runs to the end of the file when the
  // file ends with a line break (its EOF check only runs in the middle of a line), and
  // so silently swallows the rest of the file. A final comment line gives it a line
  // that ends at EOF, where an open quote is then reported; it changes no valid document.
  std::istringstream in{std::string(text) + "\n#"};
  Progress progress("reading " + path, "bytes", text.size());
  TreeBuilder builder(path, diags, clean, progress);
  try {
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(builder)) {
    }
  } catch (const StopParsing&) {
    return std::nullopt;
  } catch (const YAML::Exception& e) {  // ParserException, DeepRecursion, ...
    if (e.msg == YAML::ErrorMsg::EOF_IN_SCALAR) {
      diags.error(first_quote_after(text, path, builder.last_mark()), "yaml-syntax",
                  "this quoted string is never closed: it runs to the end of the file (add the closing quote)");
    } else {
      diags.error({path, one_based(e.mark.line), one_based(e.mark.column)}, "yaml-syntax", e.msg);
    }
    return std::nullopt;
  }
  std::optional<YNode> root = builder.take_root();
  if (!root) {  // no document at all (empty, or only comments): an empty value at 1:1
    root.emplace();
    root->line = 1;
    root->column = 1;
  }
  return root;
}

}  // namespace kgforge::importers::yaml
