#include "base/utf8.h"

#include <doctest/doctest.h>

namespace spiegel {

TEST_CASE("invalid_utf8 finds the first byte that is not UTF-8, by line and column") {
  CHECK_FALSE(invalid_utf8("Zaltbommel — één\nregel"));
  CHECK_FALSE(invalid_utf8(""));
  auto p = invalid_utf8("titel: x\nnaam: Caf\xE9 \xFF");
  REQUIRE(p);
  CHECK(p->line == 2);
  CHECK(p->column == 10);
  CHECK(p->byte == 0xE9);
  CHECK(invalid_utf8("\xC0\xAF"));                        // overlong '/'
  CHECK(invalid_utf8("\xED\xA0\x80"));                    // a surrogate
  CHECK(invalid_utf8("ab\xE2\x82"));                      // cut off at the end
  CHECK(invalid_utf8("é\xF4\x90\x80\x80")->column == 2);  // past U+10FFFF
}

TEST_CASE("printable shows control characters and stray bytes as \\xNN and keeps the rest") {
  CHECK(printable("Deventer — één\tcel") == "Deventer — één\tcel");
  CHECK(printable(std::string("a\0b", 3)) == "a\\x00b");
  CHECK(printable("\x1B[31mrood\x1B[0m") == "\\x1B[31mrood\\x1B[0m");
  CHECK(printable("bel\x07") == "bel\\x07");
  CHECK(printable("\xFF\xFE") == "\\xFF\\xFE");
  CHECK(printable("\xC2\x9B"
                  "2J") == "\\x9B2J");  // the C1 form of ESC [
  CHECK(printable("regel\nregel") == "regel\nregel");
}

}  // namespace spiegel
