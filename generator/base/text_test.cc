#include "base/text.h"

#include <doctest/doctest.h>

using spiegel::trim;

TEST_CASE("trim: spaces, tabs and line ends at both ends go, inside stays") {
  CHECK(trim("  Peel en Maas\t\r\n") == "Peel en Maas");
  CHECK(trim("\r\nGM0150") == "GM0150");
  CHECK(trim("a  b") == "a  b");
  CHECK(trim(" \t\r\n ") == "");
  CHECK(trim("") == "");
  CHECK(trim("\xC2\xA0x") == "\xC2\xA0x");  // a no-break space is text, not layout
}
