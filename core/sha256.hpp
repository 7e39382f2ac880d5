// SPDX-License-Identifier: MIT
// SHA-256 (FIPS 180-4, by OpenSSL's libcrypto) and base64 (RFC 4648), for the hashes a
// Content-Security-Policy names ('sha256-<base64>').
#ifndef KGFORGE_CORE_SHA256_HPP
#define KGFORGE_CORE_SHA256_HPP

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace kgforge {

/// The SHA-256 digest of `data` (OpenSSL's libcrypto). Throws kgforge::Error if it is unavailable.
std::array<std::uint8_t, 32> sha256(std::string_view data);

/// `data` in base64 with padding (RFC 4648 section 4).
std::string base64(std::string_view data);

/// "sha256-<base64 digest>": a CSP hash source for an inline script or style.
std::string csp_sha256(std::string_view data);

}  // namespace kgforge

#endif  // KGFORGE_CORE_SHA256_HPP
