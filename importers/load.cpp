// SPDX-License-Identifier: MIT
#include "importers/load.hpp"

#include <deque>
#include <memory>
#include <sstream>
#include <utility>

#include "core/formats.hpp"
#include "core/input_file.hpp"
#include "importers/yaml_importer.hpp"

namespace kgforge::importers {

namespace {

// One input: a text in memory, or a file to open.
struct Input {
  std::string name;                   // for diagnostics (and the extension)
  std::string format;                 // "" = from the name's extension
  const std::string* text = nullptr;  // in memory, or else
  std::string path;                   // the file
};

// YAML knowledge bases are read together (cross-file ids, duplicates), whole; every
// other input is read straight into `result`, streamed from its file.
graph::KnowledgeGraph load(const std::vector<Input>& inputs, Diagnostics& diags, const ImportOptions& options) {
  graph::KnowledgeGraph result;
  std::deque<std::string> yaml_texts;  // a deque: the views in `yaml` stay valid
  std::vector<YamlSource> yaml;
  struct Streamed {
    const Input* input;
    std::string format;
    std::unique_ptr<InputFile> file;  // null: input->text
  };
  std::vector<Streamed> streamed;
  for (const Input& input : inputs) {
    // Opened first, so that a path that cannot be read (a FIFO, a directory) is refused
    // before its format is looked at and before anything is parsed.
    std::unique_ptr<InputFile> file =
        input.text != nullptr ? nullptr : std::make_unique<InputFile>(input.path, options.max_input_bytes);
    const std::optional<std::string> format =
        input.format.empty() ? format_for_path(input.name) : std::optional<std::string>(input.format);
    if (format == "yaml") {
      const std::string* text = input.text;
      if (file) text = &yaml_texts.emplace_back(file->read_whole(options.max_input_bytes));
      yaml.push_back({input.name, *text});
    } else if (format && make_importer(*format)) {
      streamed.push_back({&input, *format, std::move(file)});
    } else {
      diags.error({input.name, 0, 0}, "unknown-format",
                  "cannot tell the format of this file from its extension (expected " +
                      formats::extensions(formats::readable()) + ")");
    }
  }
  if (!yaml.empty()) read_yaml_kb(yaml, result, diags, options);
  yaml.clear();
  yaml_texts.clear();
  for (Streamed& s : streamed) {
    const std::unique_ptr<Importer> importer = make_importer(s.format);
    if (s.file) {
      importer->read(s.file->stream(), s.input->name, result, diags, options);
      s.file->throw_if_failed();
      s.file.reset();
    } else {
      std::istringstream in(*s.input->text);
      importer->read(in, s.input->name, result, diags, options);
    }
  }
  return result;
}

}  // namespace

graph::KnowledgeGraph load_sources_partial(const std::vector<SourceText>& sources, Diagnostics& diags,
                                           const ImportOptions& options) {
  std::vector<Input> inputs;
  for (const SourceText& source : sources) inputs.push_back({source.name, source.format, &source.text, {}});
  return load(inputs, diags, options);
}

graph::KnowledgeGraph load_files_partial(const std::vector<SourceFile>& files, Diagnostics& diags,
                                         const ImportOptions& options) {
  std::vector<Input> inputs;
  for (const SourceFile& file : files) {
    inputs.push_back({file.path == "-" ? "<stdin>" : file.path, file.format, nullptr, file.path});
  }
  return load(inputs, diags, options);
}

namespace {

template <class Load>
std::optional<graph::KnowledgeGraph> all_or_nothing(Diagnostics& diags, Load&& load) {
  const std::size_t errors_before = diags.error_count() + diags.dropped();
  graph::KnowledgeGraph result = load();
  if (diags.error_count() + diags.dropped() > errors_before) return std::nullopt;
  return result;
}

}  // namespace

std::optional<graph::KnowledgeGraph> load_sources(const std::vector<SourceText>& sources, Diagnostics& diags,
                                                  const ImportOptions& options) {
  return all_or_nothing(diags, [&] { return load_sources_partial(sources, diags, options); });
}

std::optional<graph::KnowledgeGraph> load_files(const std::vector<std::string>& paths, Diagnostics& diags,
                                                const ImportOptions& options) {
  std::vector<SourceFile> files;
  for (const std::string& path : paths) files.push_back({path});
  return all_or_nothing(diags, [&] { return load_files_partial(files, diags, options); });
}

}  // namespace kgforge::importers
