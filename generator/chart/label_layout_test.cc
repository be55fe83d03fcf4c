#include "chart/label_layout.h"

#include <doctest/doctest.h>

using namespace spiegel::chart;

TEST_CASE("chart end labels: apart labels stay where they want to be") {
  auto tops = stack_labels({{50, 14}, {100, 14}}, 0, 300);
  CHECK(tops == std::vector<double>{50, 100});
}

TEST_CASE("chart end labels: overlapping labels are pushed apart, order kept") {
  auto tops = stack_labels({{100, 14}, {95, 28}, {104, 14}}, 0, 300);
  CHECK(tops[1] == 95);   // the highest wanted keeps its place
  CHECK(tops[0] == 123);  // below the two-line label
  CHECK(tops[2] == 137);
}

TEST_CASE("chart end labels: kept inside the plot") {
  auto tops = stack_labels({{290, 14}, {292, 14}}, 0, 300);
  CHECK(tops[1] + 14 <= 300);
  CHECK(tops[0] + 14 <= tops[1]);
  auto high = stack_labels({{-20, 14}}, 10, 300);
  CHECK(high[0] == 10);
}
