// SPDX-License-Identifier: MIT
#include "cli/entity_args.hpp"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstring>
#include <iostream>

#include "graph/view.hpp"

namespace kgforge::cli {

void add_entity_args(CLI::App* sub, InputOptions& input, std::vector<std::string>& args, const std::string& help) {
  add_input_options(sub, input, /*kb_required=*/false);
  sub->remove_option(sub->get_option("kb"));
  sub->add_option("args", args, help)->required();
}

std::vector<std::string> split_entity_args(InputOptions& input, const std::vector<std::string>& args,
                                           std::size_t entities) {
  if (args.size() < entities) {
    std::cerr << "kgforge: error: expected " << entities << " entit" << (entities == 1 ? "y" : "ies")
              << " after the KB files, got " << args.size() << '\n';
    throw ExitCode{kExitUsage};
  }
  const std::size_t files = args.size() - entities;
  for (std::size_t i = 0; i < files; ++i) {
    if (args[i] != "-" && access(args[i].c_str(), R_OK) != 0) {
      throw IoError(args[i], std::string("cannot open: ") + std::strerror(errno) + " (the last " +
                                 std::to_string(entities) +
                                 " arguments name entities; the ones before them are KB files)");
    }
    input.kb_files.push_back(args[i]);
  }
  return std::vector<std::string>(args.begin() + static_cast<std::ptrdiff_t>(files), args.end());
}

graph::NodeId resolve_or_exit(const graph::KnowledgeGraph& g, std::string_view text) {
  return graph::resolve_entity(g, text);  // an unknown entity is a UsageError: exit 2
}

}  // namespace kgforge::cli
