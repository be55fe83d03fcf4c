#include "base/base64.h"

#include <doctest/doctest.h>

namespace spiegel {

TEST_CASE("base64 gives the RFC 4648 test vectors both ways") {
  // RFC 4648, section 10.
  const std::pair<const char*, const char*> vectors[] = {{"", ""},
                                                         {"f", "Zg=="},
                                                         {"fo", "Zm8="},
                                                         {"foo", "Zm9v"},
                                                         {"foob", "Zm9vYg=="},
                                                         {"fooba", "Zm9vYmE="},
                                                         {"foobar", "Zm9vYmFy"}};
  for (const auto& [plain, coded] : vectors) {
    CHECK(base64_encode(plain) == coded);
    CHECK(base64_decode(coded) == std::string(plain));
  }
}

TEST_CASE("base64 carries every byte value, also NUL and bytes above 127") {
  std::string all;
  for (int c = 0; c < 256; ++c) all += static_cast<char>(c);
  CHECK(base64_decode(base64_encode(all)) == all);
  CHECK(base64_encode(std::string("\xff\xfe\x00", 3)) == "//4A");
}

TEST_CASE("base64 refuses what is not base64") {
  CHECK_FALSE(base64_decode("Zm9"));         // not a multiple of four
  CHECK_FALSE(base64_decode("Zm9v!A=="));    // a character outside the alphabet
  CHECK_FALSE(base64_decode("Zg==Zm9v"));    // padding before the end
  CHECK_FALSE(base64_decode("Z==="));        // too much padding
  CHECK_FALSE(base64_decode("Zm=v"));        // padding in the middle of the last group
  CHECK_FALSE(base64_decode("Zm9v\nZm9v"));  // no line breaks: the service sends none
}

}  // namespace spiegel
