// SPDX-License-Identifier: MIT
#include "core/error.hpp"

namespace kgforge {

std::string to_string(const TextLocation& where) {
  std::string out = where.path;
  if (where.line == 0) return out;
  out += ':' + std::to_string(where.line);
  if (where.column != 0) out += ':' + std::to_string(where.column);
  return out;
}

ParseError::ParseError(TextLocation where, const std::string& message)
    : Error(to_string(where).empty() ? message : to_string(where) + ": " + message),
      where_(std::move(where)),
      message_(message) {}

IoError::IoError(const std::string& path, const std::string& what) : Error(path + ": " + what) {}

}  // namespace kgforge
