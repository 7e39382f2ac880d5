// SPDX-License-Identifier: MIT
// Errors shared by every module: a located ParseError, IoError and FormatError.
#ifndef KGFORGE_CORE_ERROR_HPP
#define KGFORGE_CORE_ERROR_HPP

#include <stdexcept>
#include <string>

namespace kgforge {

/// A place in a text file. Line and column are 1-based; 0 means unknown.
struct TextLocation {
  std::string path;
  unsigned line = 0;
  unsigned column = 0;
};

/// "kb.yaml:12:7", "kb.yaml:12", "kb.yaml", or "" when nothing is known.
std::string to_string(const TextLocation& where);

/// Base of every kgforge exception. The CLI maps each kind to an exit code.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Input that cannot be read as its format (exit code 65).
class ParseError : public Error {
 public:
  ParseError(TextLocation where, const std::string& message);
  const TextLocation& where() const noexcept { return where_; }
  const std::string& message() const noexcept { return message_; }

 private:
  TextLocation where_;
  std::string message_;
};

/// A file that cannot be opened, read, written or renamed (exit code 74).
class IoError : public Error {
 public:
  IoError(const std::string& path, const std::string& what);
};

/// A command line that asks for what does not exist: an unknown class in --classes,
/// an --as-of that is no date (exit code 2).
class UsageError : public Error {
 public:
  using Error::Error;
};

/// An unknown or unsupported format name, or an option a format does not take (exit code 2).
class FormatError : public UsageError {
 public:
  using UsageError::UsageError;
};

}  // namespace kgforge

#endif  // KGFORGE_CORE_ERROR_HPP
