#include "chart/period_axis.h"

#include <doctest/doctest.h>

using namespace spiegel;
using namespace spiegel::chart;

namespace {

std::vector<Period> halves(int from_year, int from_part, int count) {
  std::vector<Period> out;
  Period p{from_year, Period::Kind::half, from_part};
  for (int i = 0; i < count; ++i) {
    out.push_back(p);
    p.part == 2 ? (p.part = 1, ++p.year) : ++p.part;
  }
  return out;
}

std::vector<double> spaced(std::size_t n, double first, double step) {
  std::vector<double> xs;
  for (std::size_t i = 0; i < n; ++i) xs.push_back(first + step * static_cast<double>(i));
  return xs;
}

std::vector<std::string> texts(const PeriodAxis& a) {
  std::vector<std::string> out;
  for (const auto& l : a.labels) out.push_back(l.text);
  return out;
}

}  // namespace

TEST_CASE("period axis: half years labelled once per year, centred under its halves") {
  auto periods = halves(2017, 1, 7);  // 2017-H1 … 2020-H1
  auto xs = spaced(7, 80, 70);
  PeriodAxis a = period_axis(periods, xs, 50, 600, 12);
  CHECK(texts(a) == std::vector<std::string>{"2017", "2018", "2019", "2020"});
  CHECK(a.labels[0].x == doctest::Approx(115));  // between 2017-H1 (80) and 2017-H2 (150)
  CHECK(a.labels[3].x == doctest::Approx(500));  // 2020 has only its first half
  CHECK(a.period_ticks.size() == 7);
  CHECK(a.year_ticks.size() == 3);
  CHECK(a.year_ticks[0] == doctest::Approx(185));
}

TEST_CASE("period axis: too many years for the width are thinned, the latest always labelled") {
  auto periods = halves(2001, 1, 40);  // 20 years
  auto xs = spaced(40, 60, 12);        // 24 units per year: a year label needs more
  PeriodAxis a = period_axis(periods, xs, 50, 540, 12);
  REQUIRE(a.labels.size() >= 2);
  CHECK(a.labels.size() < 20);
  CHECK(a.labels.back().text == "2020");
  for (std::size_t i = 1; i < a.labels.size(); ++i) CHECK((a.labels[i].x - a.labels[i - 1].x) >= 2 * 12 + 12);
  CHECK(a.period_ticks.size() == 40);
}

TEST_CASE("period axis: years are labelled at their point, thinned when crowded") {
  std::vector<Period> years;
  for (int y = 2000; y <= 2020; ++y) years.push_back({y, Period::Kind::year, 0});
  PeriodAxis wide = period_axis(years, spaced(21, 40, 60), 0, 1300, 12);
  CHECK(wide.labels.size() == 21);
  CHECK(wide.year_ticks.empty());
  PeriodAxis narrow = period_axis(years, spaced(21, 40, 20), 0, 460, 12);
  CHECK(narrow.labels.size() < 21);
  CHECK(narrow.labels.back().text == "2020");
}

TEST_CASE("period axis: labels stay inside the given bounds; no periods, no axis") {
  std::vector<Period> one{{2020, Period::Kind::quarter, 4}};
  PeriodAxis a = period_axis(one, {598}, 50, 600, 12);
  REQUIRE(a.labels.size() == 1);
  CHECK(a.labels[0].x <= 600 - 12);
  CHECK(period_axis({}, {}, 0, 100, 12).labels.empty());
}

TEST_CASE("period axis: quarters grouped by year like half years") {
  std::vector<Period> quarters;
  for (int y = 2018; y <= 2020; ++y)
    for (int q = 1; q <= 4; ++q) quarters.push_back({y, Period::Kind::quarter, q});
  PeriodAxis a = period_axis(quarters, spaced(12, 60, 40), 40, 520, 12);
  CHECK(texts(a) == std::vector<std::string>{"2018", "2019", "2020"});
  CHECK(a.year_ticks.size() == 2);
  CHECK(a.labels[1].x == doctest::Approx(60 + 40 * 5.5));
}
