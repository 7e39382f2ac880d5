// SPDX-License-Identifier: MIT
#include "cli/app_model.hpp"

#include <CLI/CLI.hpp>

namespace kgforge::cli {

namespace {

OptionModel describe_option(const CLI::Option& o) {
  OptionModel m;
  for (const std::string& s : o.get_snames()) m.names.push_back("-" + s);
  for (const std::string& l : o.get_lnames()) m.names.push_back("--" + l);
  if (o.get_positional()) m.positional = o.get_name();
  m.description = o.get_description();
  m.required = o.get_required();
  m.many = o.get_expected_max() > 1 || o.get_multi_option_policy() == CLI::MultiOptionPolicy::TakeAll;
  if (o.get_expected_min() > 0) {
    // CLI11 writes a fixed set as "TEXT:{text,json}" and a range as "UINT:INT in [1 - 100]".
    const std::string type = o.get_type_name();
    m.value = type.substr(0, type.find(':'));
    const std::size_t open = type.find(":{");
    const std::size_t close = type.find('}', open);
    if (open != std::string::npos && close != std::string::npos) {
      const std::string list = type.substr(open + 2, close - open - 2);
      std::size_t from = 0;
      while (from <= list.size()) {
        const std::size_t comma = std::min(list.find(',', from), list.size());
        m.choices.push_back(list.substr(from, comma - from));
        from = comma + 1;
      }
    }
  }
  return m;
}

CommandModel describe_command(const CLI::App& app, bool top) {
  CommandModel c;
  if (!top) c.name = app.get_name();
  c.aliases = app.get_aliases();
  c.description = app.get_description();
  c.footer = app.get_footer();
  for (const CLI::Option* o : app.get_options()) {
    if (o->get_positional())
      c.positionals.push_back(describe_option(*o));
    else if (o->nonpositional())
      c.options.push_back(describe_option(*o));
  }
  return c;
}

}  // namespace

std::vector<CommandModel> describe_app(const CLI::App& app) {
  std::vector<CommandModel> out{describe_command(app, true)};
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App* s) { return !s->get_group().empty(); })) {
    out.push_back(describe_command(*sub, false));
  }
  return out;
}

}  // namespace kgforge::cli
