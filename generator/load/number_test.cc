#include "load/number.h"

#include <doctest/doctest.h>

#include <cmath>

using spiegel::parse_decimal;

TEST_CASE("parse_decimal: getallen met een punt") {
  CHECK(parse_decimal("10143", '.') == 10143.0);
  CHECK(parse_decimal("8.1", '.') == 8.1);
  CHECK(parse_decimal("-3.25", '.') == -3.25);
  CHECK(parse_decimal("  42 ", '.') == 42.0);
  CHECK(parse_decimal("0.1", '.') == 0.1);  // exact: the nearest double, as from_chars gives
  CHECK(parse_decimal("007", '.') == 7.0);
}

TEST_CASE("parse_decimal: decimale komma alleen in een puntkomma-bestand") {
  CHECK(parse_decimal("8,1", ',') == 8.1);
  CHECK(parse_decimal("-0,5", ',') == -0.5);
  CHECK(parse_decimal("8.1", ',') == 8.1);  // a point stays a decimal point
  CHECK_FALSE(parse_decimal("8,1", '.'));
}

TEST_CASE("parse_decimal: weigert duizendtalscheiding en andere notaties") {
  CHECK_FALSE(parse_decimal("1.234,5", ','));
  CHECK_FALSE(parse_decimal("1,234", '.'));
  CHECK_FALSE(parse_decimal("1.234.567", '.'));
  CHECK_FALSE(parse_decimal("1e5", '.'));
  CHECK_FALSE(parse_decimal("nan", '.'));
  CHECK_FALSE(parse_decimal("inf", '.'));
  CHECK_FALSE(parse_decimal("-inf", '.'));
  CHECK_FALSE(parse_decimal("", '.'));
  CHECK_FALSE(parse_decimal("   ", '.'));
  CHECK_FALSE(parse_decimal("12abc", '.'));
  CHECK_FALSE(parse_decimal("+5", '.'));
  CHECK_FALSE(parse_decimal("-", '.'));
  CHECK_FALSE(parse_decimal(".5", '.'));
  CHECK_FALSE(parse_decimal("5.", '.'));
  CHECK_FALSE(parse_decimal("8,1%", ','));
  CHECK_FALSE(parse_decimal("1 234", '.'));
}

TEST_CASE("parse_decimal: min nul wordt nul") {
  auto v = parse_decimal("-0.0", '.');
  REQUIRE(v);
  CHECK_FALSE(std::signbit(*v));
}
