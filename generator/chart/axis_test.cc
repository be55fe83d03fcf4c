#include "chart/axis.h"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

using namespace spiegel;
using namespace spiegel::chart;

namespace {

std::vector<std::string> labels(const Ticks& t, const AxisFormat& f = {}) {
  std::vector<std::string> out;
  for (double v : t.values) out.push_back(tick_label(v, t.decimals, f));
  return out;
}

/// The invariants every axis keeps, whatever the data.
void check_sane(const Ticks& t, const std::vector<double>& data) {
  REQUIRE(t.values.size() >= 2);
  CHECK(t.values.size() <= 8);
  CHECK(t.values.front() == doctest::Approx(t.min));
  CHECK(t.values.back() == doctest::Approx(t.max));
  for (std::size_t i = 1; i < t.values.size(); ++i) CHECK((t.values[i] - t.values[i - 1]) == doctest::Approx(t.step));
  for (double v : data)
    if (std::isfinite(v)) CHECK((v >= t.min - 1e-9 * std::fabs(v) && v <= t.max + 1e-9 * std::fabs(v)));
  double mantissa = t.step / std::pow(10.0, std::floor(std::log10(t.step)));
  CHECK((mantissa == doctest::Approx(1) || mantissa == doctest::Approx(2) || mantissa == doctest::Approx(2.5) ||
         mantissa == doctest::Approx(5)));
}

}  // namespace

TEST_CASE("axis ticks: round steps of 1, 2, 2.5 or 5 covering the data, 4 to 7 of them") {
  for (std::vector<double> data : std::vector<std::vector<double>>{{3.2, 8.9},
                                                                   {0, 100},
                                                                   {95.3, 112.8},
                                                                   {-4.1, 6.3},
                                                                   {10143, 12876},
                                                                   {0.0012, 0.0047},
                                                                   {1e9, 7.3e9},
                                                                   {-250, -40},
                                                                   {17, 17.4},
                                                                   {0.1, 0.1000001}}) {
    CAPTURE(data[0]);
    CAPTURE(data[1]);
    Ticks t = nice_ticks(data, Zero::when_near);
    check_sane(t, data);
    CHECK(t.values.size() >= 4);
    CHECK(t.values.size() <= 7);
  }
}

TEST_CASE("axis ticks: a line's axis starts at 0 only when the data comes near it") {
  CHECK(nice_ticks({60, 70}, Zero::when_near).min > 0);
  CHECK(nice_ticks({2, 10}, Zero::when_near).min == 0);
  CHECK(nice_ticks({60, 70}, Zero::always).min == 0);
  CHECK(nice_ticks({-60, -70}, Zero::always).max == 0);
  // The baseline is passed with the data: an index around 100 keeps 100 inside.
  Ticks index = nice_ticks({101, 104.5, 108, 100}, Zero::when_near);
  CHECK(index.min <= 100);
  CHECK(index.min > 0);
}

TEST_CASE("axis ticks: labels written the Dutch way with prefix and suffix") {
  AxisFormat euro{"€ ", "", ""}, percent{"", "%", ""};
  Ticks money = nice_ticks({2500, 11800}, Zero::always);
  CHECK(money.decimals == 0);
  CHECK(labels(money, euro) ==
        std::vector<std::string>{"€ 0", "€ 2.000", "€ 4.000", "€ 6.000", "€ 8.000", "€ 10.000", "€ 12.000"});
  Ticks share = nice_ticks({0, 9.1}, Zero::always);
  CHECK(labels(share, percent) == std::vector<std::string>{"0%", "2%", "4%", "6%", "8%", "10%"});
  Ticks quarters = nice_ticks({0.4, 7.4}, Zero::always);
  CHECK(labels(quarters, percent) == std::vector<std::string>{"0,0%", "2,5%", "5,0%", "7,5%"});
  Ticks halves = nice_ticks({1.1, 3.2}, Zero::when_near);
  CHECK(halves.decimals == 1);
  CHECK(tick_label(0.25, 2, percent) == "0,25%");
  CHECK(tick_label(-5, 0, euro) == "€ -5");
}

TEST_CASE("axis ticks: the number of decimals is what the step needs") {
  CHECK(nice_ticks({0, 2.3}, Zero::always).decimals == 1);    // step 0,5
  CHECK(nice_ticks({0, 230}, Zero::always).decimals == 0);    // step 50
  CHECK(nice_ticks({0, 0.023}, Zero::always).decimals == 3);  // step 0,005
  CHECK(nice_ticks({0, 110}, Zero::always).decimals == 0);    // step 25, not 2,5 × 10
}

TEST_CASE("axis ticks: degenerate data still gives a frame") {
  const double nan = std::numeric_limits<double>::quiet_NaN(), inf = std::numeric_limits<double>::infinity();
  for (std::vector<double> data : std::vector<std::vector<double>>{{},
                                                                   {5},
                                                                   {5, 5, 5},
                                                                   {0},
                                                                   {0, 0},
                                                                   {-3},
                                                                   {nan},
                                                                   {nan, inf, -inf},
                                                                   {nan, 4, inf, 6},
                                                                   {1e-12, 3e-12},
                                                                   {1e15},
                                                                   {-1e300, 1e300}}) {
    CAPTURE(data.size());
    Ticks t = nice_ticks(data, Zero::when_near);
    check_sane(t, data);
    CHECK(t.max > t.min);
    Ticks bars = nice_ticks(data, Zero::always);
    check_sane(bars, data);
    CHECK(bars.min <= 0);
    CHECK(bars.max >= 0);
  }
  Ticks empty = nice_ticks({}, Zero::when_near);
  CHECK(empty.min == 0);
  CHECK(empty.max == 1);
  Ticks single = nice_ticks({5}, Zero::when_near);
  CHECK(single.min < 5);
  CHECK(single.max > 5);
  Ticks ignored = nice_ticks({std::numeric_limits<double>::quiet_NaN(), 4, 6}, Zero::when_near);
  CHECK(ignored.max < 10);
}

TEST_CASE("axis ticks: place maps the domain onto pixels, either way round") {
  Ticks t = nice_ticks({0, 10}, Zero::always);
  CHECK(t.place(t.min, 270, 30) == 270);
  CHECK(t.place(t.max, 270, 30) == 30);
  CHECK(t.place((t.min + t.max) / 2, 0, 100) == doctest::Approx(50));
}
