// libFuzzer target for base64: Pagefind's answers arrive as base64, so any
// bytes must decode or be refused, never crash or read past the end. What is
// refused or accepted is checked too: every encoding decodes to its bytes, and
// decoding accepts exactly the texts of the alphabet with a length that is a
// multiple of four and padding only at the end. Built with -DSPIEGEL_FUZZ=ON
// (clang): bench/fuzz.sh base64_fuzz.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "base/base64.h"

namespace {

#define require(ok)                                                         \
  do {                                                                      \
    if (!(ok)) {                                                            \
      std::fprintf(stderr, "base64_fuzz.cc:%d: %s faalt\n", __LINE__, #ok); \
      std::abort();                                                         \
    }                                                                       \
  } while (0)

bool in_alphabet(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}

/// Whether `text` has the form decoding promises to accept.
bool well_formed(std::string_view text) {
  if (text.size() % 4 != 0) return false;
  std::size_t padding = 0;
  while (padding < 2 && padding < text.size() && text[text.size() - 1 - padding] == '=') ++padding;
  for (std::size_t i = 0; i + padding < text.size(); ++i)
    if (!in_alphabet(text[i])) return false;
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::string coded = spiegel::base64_encode(bytes);
  require(coded.size() == (size + 2) / 3 * 4);
  require(spiegel::base64_decode(coded) == std::string(bytes));
  std::optional<std::string> decoded = spiegel::base64_decode(bytes);
  require(decoded.has_value() == well_formed(bytes));
  if (decoded)
    require(decoded->size() ==
            size / 4 * 3 - (size >= 1 && bytes[size - 1] == '=') - (size >= 2 && bytes[size - 2] == '='));
  return 0;
}
