// SPDX-License-Identifier: MIT
#include "core/sha256.hpp"

#include <openssl/evp.h>

#include "core/error.hpp"

namespace kgforge {

std::array<std::uint8_t, 32> sha256(std::string_view data) {
  // OpenSSL's libcrypto, as the shard manifests' checksums (cli/bulk_output.cpp).
  std::array<std::uint8_t, 32> out{};
  unsigned int n = 0;
  if (EVP_Digest(data.data(), data.size(), out.data(), &n, EVP_sha256(), nullptr) != 1 || n != out.size())
    throw Error("SHA-256 is not available");
  return out;
}

std::string base64(std::string_view data) {
  static constexpr char kDigits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((data.size() + 2) / 3 * 4);
  for (std::size_t i = 0; i < data.size(); i += 3) {
    const std::size_t n = data.size() - i < 3 ? data.size() - i : 3;
    std::uint32_t v = 0;
    for (std::size_t j = 0; j < 3; ++j) v = v << 8 | (j < n ? static_cast<unsigned char>(data[i + j]) : 0u);
    for (std::size_t j = 0; j < 4; ++j) out += j <= n ? kDigits[(v >> (18 - 6 * j)) & 63] : '=';
  }
  return out;
}

std::string csp_sha256(std::string_view data) {
  const std::array<std::uint8_t, 32> digest = sha256(data);
  return "sha256-" + base64(std::string_view(reinterpret_cast<const char*>(digest.data()), digest.size()));
}

}  // namespace kgforge
