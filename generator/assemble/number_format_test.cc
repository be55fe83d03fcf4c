#include "assemble/number_format.h"

#include <doctest/doctest.h>

using namespace spiegel;

namespace {

/// Set member by member: designated initializers of a few members make GCC
/// warn about every other one (-Wmissing-field-initializers), defaults or not.
Indicator with_unit(Unit eenheid, int decimalen) {
  Indicator i;
  i.eenheid = eenheid;
  i.decimalen = decimalen;
  return i;
}

}  // namespace

TEST_CASE("format_value writes the unit the way reports do") {
  Indicator pct = with_unit(Unit::procent, 1);
  Indicator euro = with_unit(Unit::euro, 0);
  Indicator per = with_unit(Unit::per_1000, 0);
  CHECK(format_value(pct, 6.7) == "6,7%");
  CHECK(format_value(euro, 10143) == "€ 10.143");
  CHECK(format_value(per, 158) == "158 per 1.000");
  CHECK(format_value(pct, std::nullopt, Status::geheim) == "x");
  CHECK(format_value(pct, std::nullopt) == "–");
  CHECK(format_value(pct, 5.94, Status::voorlopig) == "5,9%*");
}

TEST_CASE("format_plain keeps full precision with a dot") {
  CHECK(format_plain(8.1) == "8.1");
  CHECK(format_plain(10143) == "10143");
  CHECK(format_plain(1.0 / 3) == "0.3333333333333333");
}

TEST_CASE("same_when_shown: equal as printed at the indicator's decimals") {
  Indicator pct;
  pct.id = "p";
  pct.eenheid = Unit::procent;
  pct.decimalen = 1;
  CHECK(same_when_shown(pct, 6.71, 6.74));        // both 6,7%
  CHECK_FALSE(same_when_shown(pct, 6.71, 6.76));  // 6,7% and 6,8%
  pct.decimalen = 0;
  CHECK(same_when_shown(pct, 6.71, 6.76));  // both 7%
}
