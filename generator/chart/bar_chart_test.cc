#include <doctest/doctest.h>

#include "chart/chart_test_samples.h"
#include "chart/charts.h"
#include "temp_project.h"
#include "xml_check.h"

using namespace spiegel;
using spiegel::testing::occurrences;
using namespace spiegel::chart;
using namespace spiegel::chart::testing;

TEST_CASE("bar chart: well-formed, accessible SVG, a bar per figure and none for a missing one") {
  const BarChart c = sample_bar_chart();
  const std::string svg = bar_chart_svg(c);
  CHECK(spiegel::testing::xml_problem(svg) == "");
  CHECK(svg.find("role=\"img\" aria-labelledby=\"fig-staaf-titel fig-staaf-besch\"") != std::string::npos);
  CHECK(svg.find("<title id=\"fig-staaf-titel\">") != std::string::npos);
  CHECK(svg.find("<desc id=\"fig-staaf-besch\">") != std::string::npos);
  CHECK(occurrences(svg, "<rect x=") == 8);  // 10 bars, 2 without a figure
  CHECK(svg.find(">x (geheim)</text>") != std::string::npos);
  CHECK(svg.find(">– (geen cijfer)</text>") != std::string::npos);
  CHECK(svg.find("ongunstiger") != std::string::npos);
  CHECK(svg.find("12,2%*") != std::string::npos);                    // voorlopig keeps its star
  CHECK(svg.find("url(#fig-staaf-arcering)") != std::string::npos);  // groups hatched
  CHECK((svg.find("…") != std::string::npos || svg.find(">een heel lange naam") != std::string::npos));
  for (std::size_t at = svg.find(" id=\""); at != std::string::npos; at = svg.find(" id=\"", at + 1))
    CHECK(svg.compare(at + 5, 9, "fig-staaf") == 0);
  CHECK(bar_chart_svg(c) == svg);
}

TEST_CASE("bar chart: negative figures grow left of the zero line") {
  BarChart c;
  c.text = {"neg", "Saldo", ""};
  c.bars = {{"Plus", point(4), Role::own, Tone::better}, {"Min", point(-2), Role::member, Tone::neutral}};
  const std::string svg = bar_chart_svg(c);
  CHECK(spiegel::testing::xml_problem(svg) == "");
  CHECK(svg.find("-2,0%</text>") != std::string::npos);
  CHECK(svg.find("gunstiger") != std::string::npos);
  BarChart empty;
  empty.text = {"leeg", "", ""};
  CHECK(spiegel::testing::xml_problem(bar_chart_svg(empty)) == "");
}

TEST_CASE("bar chart: names and text escaped") {
  BarChart c = sample_bar_chart();
  c.bars[3].label = "<script> & Co";
  c.text.title = "A & B";
  const std::string svg = bar_chart_svg(c), table = bar_chart_table(c);
  CHECK(spiegel::testing::xml_problem(svg) == "");
  CHECK(svg.find("&lt;script&gt; &amp; Co") != std::string::npos);
  CHECK(svg.find("A &amp; B") != std::string::npos);
  CHECK(table.find("&lt;script&gt; &amp; Co") != std::string::npos);
}

TEST_CASE("bar chart table: a row per bar with its figure, missing ones in words") {
  const std::string table = bar_chart_table(sample_bar_chart());
  CHECK(spiegel::testing::xml_problem(table.substr(0, table.find("</table>") + 8)) == "");
  CHECK(occurrences(table, "<th scope=\"row\">") == 10);
  CHECK(table.find("<th scope=\"col\" class=\"getal\">1e halfjaar 2020</th>") != std::string::npos);
  CHECK(table.find(">x (geheim)</td>") != std::string::npos);
  CHECK(table.find(">– (geen cijfer)</td>") != std::string::npos);
  CHECK(table.find("▼ ongunstiger") != std::string::npos);
}
