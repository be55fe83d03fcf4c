#include "base/date.h"

#include <doctest/doctest.h>

namespace spiegel {

TEST_CASE("parse_date takes jjjj-mm-dd dates that exist") {
  CHECK(parse_date("2019-01-01") == Date{2019, 1, 1});
  CHECK(parse_date("2024-02-29") == Date{2024, 2, 29});  // a leap year
  CHECK_FALSE(parse_date("2023-02-29"));
  CHECK_FALSE(parse_date("2100-02-29"));  // not a leap year
  CHECK(parse_date("2000-02-29"));        // a leap year after all
  CHECK_FALSE(parse_date("2024-04-31"));
  CHECK_FALSE(parse_date("2024-13-01"));
  CHECK_FALSE(parse_date("2024-00-10"));
  CHECK_FALSE(parse_date("1-1-2024"));
  CHECK_FALSE(parse_date("2024-1-01"));
  CHECK_FALSE(parse_date("2024-01-0a"));
  CHECK_FALSE(parse_date("1899-12-31"));
  CHECK_FALSE(parse_date(""));
  CHECK(parse_date("2019-07-01")->iso() == "2019-07-01");
  CHECK(Date{2019, 1, 1}.month_index() == 2019 * 12);
  CHECK(Date{2018, 12, 31} < Date{2019, 1, 1});
}

}  // namespace spiegel
