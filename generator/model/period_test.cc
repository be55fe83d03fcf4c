#include "model/period.h"

#include <doctest/doctest.h>

using namespace spiegel;

TEST_CASE("periods parse in the three spellings of the data files") {
  CHECK(parse_period("2020")->key() == "2020");
  CHECK(parse_period("2020-H1")->key() == "2020-H1");
  CHECK(parse_period("2020-Q4")->key() == "2020-Q4");
  for (const char* bad : {"", "20", "2020H1", "2020-H3", "2020-Q5", "2020-Q0", "2020-X1", "202a", "2020-H12"})
    CHECK_MESSAGE(!parse_period(bad), bad);
}

TEST_CASE("period labels read as Dutch reports write them") {
  CHECK(parse_period("2020-H1")->label() == "1e halfjaar 2020");
  CHECK(parse_period("2019-H2")->label() == "2e halfjaar 2019");
  CHECK(parse_period("2021-Q3")->label() == "3e kwartaal 2021");
  CHECK(parse_period("2019")->label() == "2019");
}

TEST_CASE("periods order by start, and know the one before") {
  CHECK(*parse_period("2019-H2") < *parse_period("2020-H1"));
  CHECK(*parse_period("2020") < *parse_period("2020-H1"));
  CHECK(parse_period("2020-H1")->previous() == *parse_period("2019-H2"));
  CHECK(parse_period("2020-Q1")->previous() == *parse_period("2019-Q4"));
  CHECK(parse_period("2020-Q3")->previous() == *parse_period("2020-Q2"));
  CHECK(parse_period("2020")->previous() == *parse_period("2019"));
}
