#include "base/fingerprint.h"

#include <doctest/doctest.h>

using spiegel::Fingerprint;

TEST_CASE("Fingerprint: the same parts give the same hex, other parts or other boundaries another") {
  auto of = [](std::initializer_list<std::string_view> parts) {
    Fingerprint f;
    for (std::string_view p : parts) f.add(p);
    return f.hex();
  };
  CHECK(of({"ab", "c"}) == of({"ab", "c"}));
  CHECK(of({"ab", "c"}).size() == 16);
  CHECK(of({"ab", "c"}) != of({"a", "bc"}));
  CHECK(of({"ab", "c"}) != of({"ab", "d"}));
  CHECK(of({}) == "cbf29ce484222325");  // FNV-1a's offset basis: nothing added
}
