#include "write/csv_format.h"

#include <doctest/doctest.h>

#include <cmath>

using namespace spiegel;

TEST_CASE("open-data numbers: full precision, '.' decimals, never an exponent or -0") {
  CHECK(plain_number(8.1) == "8.1");
  CHECK(plain_number(10143) == "10143");
  CHECK(plain_number(100.0 * 5.9 / 7.8) == "75.64102564102565");  // the shortest digits of that double
  CHECK(plain_number(-0.0) == "0");
  CHECK(plain_number(-1.5) == "-1.5");
  CHECK(plain_number(0.0000001) == "0.0000001");
  CHECK(plain_number(1e21) == "1000000000000000000000");
  CHECK(plain_number(std::nan("")).empty());
}

TEST_CASE("open-data numbers: a geheim figure is never published, whatever it holds") {
  CHECK(published_number(8.1, Status::none) == 8.1);
  CHECK(published_number(8.1, Status::voorlopig) == 8.1);
  CHECK_FALSE(published_number(8.1, Status::geheim).has_value());
  CHECK_FALSE(published_number(std::nullopt, Status::none).has_value());
  CHECK_FALSE(published_number(INFINITY, Status::none).has_value());
  CHECK_FALSE(published_number(std::nan(""), Status::none).has_value());
}

TEST_CASE("open-data counts and ranks are whole numbers") {
  std::string out;
  append_integer(out, 0);
  out += ',';
  append_integer(out, 12);
  out += ',';
  append_integer(out, -3);
  CHECK(out == "0,12,-3");
}

TEST_CASE("open-data cells are quoted only when they must be") {
  CHECK(csv_field("jeugdregio:IJsselland") == "jeugdregio:IJsselland");
  CHECK(csv_field("Midden IJssel, Oost") == "\"Midden IJssel, Oost\"");
  CHECK(csv_field("zei \"ja\"") == "\"zei \"\"ja\"\"\"");
  // A comma is quoted in a ';' file too, so a program that guesses the delimiter guesses right.
  CHECK(csv_field("Nuenen, Gerwen en Nederwetten", ';') == "\"Nuenen, Gerwen en Nederwetten\"");
  CHECK(csv_field("a;b", ';') == "\"a;b\"");
}

TEST_CASE("observations in the long format, sorted by gemeente, indicator and period") {
  auto obs = [](const char* g, const char* i, const char* p, std::optional<double> v, Status s = Status::none) {
    Observation o;
    o.gemeente = g;
    o.indicator = i;
    o.periode = *parse_period(p);
    o.waarde = v;
    o.status = s;
    return o;
  };
  std::string csv = observations_csv({obs("GM0344", "b", "2020-H1", 10.2), obs("GM0150", "b", "2020-H1", 6.7),
                                      obs("GM0150", "b", "2017-H1", 8.1, Status::voorlopig),
                                      obs("GM0150", "a", "2020", std::nullopt, Status::geheim)});
  CHECK(csv ==
        "gemeente,indicator,periode,waarde,status\n"
        "GM0150,a,2020,,geheim\n"
        "GM0150,b,2017-H1,8.1,voorlopig\n"
        "GM0150,b,2020-H1,6.7,\n"
        "GM0344,b,2020-H1,10.2,\n");
}
