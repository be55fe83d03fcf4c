// A short hash of some texts, the same from one run to the next (unlike
// std::hash): what an edition was built from (render/theme.h, site/editions.h).
#pragma once

#include <fmt/format.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace spiegel {

/// FNV-1a over the parts added, with a boundary after each, so that
/// "ab" + "c" differs from "a" + "bc".
class Fingerprint {
 public:
  void add(std::string_view bytes) {
    for (unsigned char c : bytes) hash_ = (hash_ ^ c) * kPrime;
    hash_ = (hash_ ^ 0xff) * kPrime;
  }
  /// 16 hex digits.
  std::string hex() const { return fmt::format("{:016x}", hash_); }

 private:
  static constexpr std::uint64_t kPrime = 1099511628211ull;
  std::uint64_t hash_ = 14695981039346656037ull;
};

}  // namespace spiegel
