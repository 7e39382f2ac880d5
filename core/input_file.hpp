// SPDX-License-Identifier: MIT
// Reading an input file whole, refusing what is not a regular file and bounding the size.
#ifndef KGFORGE_CORE_INPUT_FILE_HPP
#define KGFORGE_CORE_INPUT_FILE_HPP

#include <cstdint>
#include <string>

namespace kgforge {

/// The default bound on one input file (--max-input-size): 1 GiB, about twice the
/// YAML of the largest graph kgforge is built for (1M entities, 5M relations).
inline constexpr std::uint64_t kDefaultMaxInputBytes = std::uint64_t{1} << 30;

/// Reads the whole of `path`, or of standard input when `path` is "-". A path that
/// is not a regular file (a FIFO, a device such as /dev/zero, a directory, a socket)
/// is refused without blocking on it; a file (or stdin) longer than `max_bytes` is
/// refused once that many bytes are read. Throws IoError naming the path and the
/// reason (strerror for system errors).
std::string read_input_file(const std::string& path, std::uint64_t max_bytes = kDefaultMaxInputBytes);

/// Parses a size such as "1048576", "512K", "64M", "2G" (powers of 1024); throws
/// std::invalid_argument on anything else or on 0.
std::uint64_t parse_byte_size(const std::string& text);

}  // namespace kgforge

#endif  // KGFORGE_CORE_INPUT_FILE_HPP
