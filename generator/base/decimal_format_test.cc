#include "base/decimal_format.h"

#include <doctest/doctest.h>

using namespace spiegel;

TEST_CASE("format_decimal groups thousands with a dot and uses a decimal comma") {
  CHECK(format_decimal(10143, 0) == "10.143");
  CHECK(format_decimal(1234567.891, 2) == "1.234.567,89");
  CHECK(format_decimal(999, 0) == "999");
  CHECK(format_decimal(8.1, 1) == "8,1");
  CHECK(format_decimal(8, 1) == "8,0");
}

TEST_CASE("format_decimal rounds half away from zero on the written digits") {
  CHECK(format_decimal(2.675, 2) == "2,68");  // binary 2.67499999… must not win
  CHECK(format_decimal(0.5, 0) == "1");
  CHECK(format_decimal(-0.5, 0) == "-1");
  CHECK(format_decimal(9.95, 1) == "10,0");
  CHECK(format_decimal(999.5, 0) == "1.000");
  CHECK(format_decimal(-1234.44, 1) == "-1.234,4");
}

TEST_CASE("format_decimal never prints minus zero") {
  CHECK(format_decimal(-0.04, 1) == "0,0");
  CHECK(format_decimal(0, 0) == "0");
}

TEST_CASE("a download's number: no thousands separator, and the figure as the page rounds it") {
  CHECK(format_decimal(1234567.891, 2, false) == "1234567,89");
  CHECK(format_decimal(-10143, 0, false) == "-10143");
  CHECK(rounded_as_shown(6.66, 1) == 6.7);
  CHECK(rounded_as_shown(2.675, 2) == 2.68);  // as format_decimal, not as binary rounding
  CHECK(rounded_as_shown(-0.04, 1) == 0.0);
  CHECK(rounded_as_shown(10143.4, 0) == 10143.0);
}
