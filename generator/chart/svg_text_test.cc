#include "chart/svg_text.h"

#include <doctest/doctest.h>

#include <cmath>

using namespace spiegel::chart;

TEST_CASE("chart svg numbers: at most one decimal, no trailing zeros, no minus zero") {
  CHECK(num(12) == "12");
  CHECK(num(12.25) == "12.3");
  CHECK(num(12.04) == "12");
  CHECK(num(-3.5) == "-3.5");
  CHECK(num(-0.01) == "0");
  CHECK(num(0.5) == ".5");
  CHECK(num(-0.5) == "-.5");
  CHECK(num(1e300) == "100000000000000");  // clamped, not overflowed
  CHECK(num(std::nan("")) == "0");
}

TEST_CASE("chart svg text: widths, cutting and wrapping by whole characters") {
  CHECK(text_width("", 12) == 0);
  CHECK(text_width("Súdwest-Fryslân", 12) > text_width("Sudwest", 12));
  CHECK(fit_text("Deventer", 200, 12) == "Deventer");
  const std::string cut = fit_text("Súdwest-Fryslân en nog veel meer woorden", 80, 12);
  CHECK(cut.ends_with("…"));
  CHECK(text_width(cut, 12) <= 80);
  auto lines = wrap_text("Súdwest-Fryslân en een heel lange naam die niet past", 150, 12, 2);
  CHECK(lines.size() == 2);
  CHECK(lines[1].ends_with("…"));
  CHECK(wrap_text("Kort", 150, 12, 2) == std::vector<std::string>{"Kort"});
}
