#include "assemble/difference_format.h"

#include <doctest/doctest.h>

using namespace spiegel;

TEST_CASE("differences carry their sign and unit; percentages in procentpunt") {
  Indicator pct;
  pct.eenheid = Unit::procent;
  pct.decimalen = 1;
  CHECK(format_difference(pct, -1.9) == "-1,9 procentpunt");
  CHECK(format_difference(pct, 0.25) == "+0,3 procentpunt");  // half away from zero
  CHECK(format_difference(pct, -0.04) == "0,0 procentpunt");  // zero as shown has no sign
  Indicator euro;
  euro.eenheid = Unit::euro;
  CHECK(format_difference(euro, -53) == "-€ 53");
  CHECK(format_difference(euro, 1234.5) == "+€ 1.235");
  Indicator per;
  per.eenheid = Unit::per_1000;
  CHECK(format_difference(per, 12) == "+12 per 1.000");
}
