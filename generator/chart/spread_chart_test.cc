#include <doctest/doctest.h>

#include "chart/chart_test_samples.h"
#include "chart/charts.h"
#include "temp_project.h"
#include "xml_check.h"

using namespace spiegel;
using spiegel::testing::occurrences;
using namespace spiegel::chart;
using namespace spiegel::chart::testing;

TEST_CASE("spread chart: a dot per gemeente, deciles, the own gemeente and the references named") {
  const SpreadChart c = sample_spread_chart();
  const std::string svg = spread_chart_svg(c);
  CHECK(spiegel::testing::xml_problem(svg) == "");
  CHECK(svg.find("role=\"img\" aria-labelledby=\"fig-spreiding-titel fig-spreiding-besch\"") != std::string::npos);
  CHECK(occurrences(svg, "r=\"3.5\"/>") == 342);
  CHECK(occurrences(svg, "<rect ") == 5);  // every other of 10 deciles
  CHECK(svg.find(">laagste 10%</text>") != std::string::npos);
  CHECK(svg.find(">hoogste 10%</text>") != std::string::npos);
  CHECK(svg.find(">Deventer <tspan") != std::string::npos);
  CHECK(svg.find("ongunstiger") != std::string::npos);
  CHECK(svg.find(">Nederland <tspan") != std::string::npos);
  CHECK(svg.find(">Referentiegroep <tspan") != std::string::npos);
  CHECK(svg.find("stroke-dasharray=\"7 3\"") != std::string::npos);
  CHECK(svg.find("stroke-dasharray=\"2 3\"") != std::string::npos);
}

TEST_CASE("spread chart: the same bytes every run and for any order of the values") {
  SpreadChart c = sample_spread_chart();
  const std::string svg = spread_chart_svg(c);
  CHECK(spread_chart_svg(c) == svg);
  std::reverse(c.values.begin(), c.values.end());
  CHECK(spread_chart_svg(c) == svg);
}

TEST_CASE("spread chart: escaped, and drawn without values, bounds or an own gemeente") {
  SpreadChart c = sample_spread_chart();
  c.own->label = "<b>Dev & ter</b>";
  std::string svg = spread_chart_svg(c);
  CHECK(spiegel::testing::xml_problem(svg) == "");
  CHECK(svg.find("&lt;b&gt;Dev &amp; ter&lt;/b&gt;") != std::string::npos);
  SpreadChart bare;
  bare.text = {"kaal", "Kaal", ""};
  CHECK(spiegel::testing::xml_problem(spread_chart_svg(bare)) == "");
  bare.values = {5};
  bare.own = Bar{"Enige", missing("x"), Role::own, Tone::neutral};
  CHECK(spiegel::testing::xml_problem(spread_chart_svg(bare)) == "");
  bare.decile_bounds = {4, 6, 8};
  bare.values = {1, 9};
  CHECK(spiegel::testing::xml_problem(spread_chart_svg(bare)) == "");
  CHECK(spread_chart_svg(bare).find("laagste 25%") != std::string::npos);
}

TEST_CASE("spread chart table: a summary, not a row per gemeente") {
  const std::string table = spread_chart_table(sample_spread_chart());
  CHECK(spiegel::testing::xml_problem(table.substr(0, table.find("</table>") + 8)) == "");
  CHECK(occurrences(table, "<th scope=\"row\">") == 3 + 3 + 9);
  CHECK(table.find("<tr class=\"eigen\"><th scope=\"row\">Deventer</th><td class=\"getal\">12,4% ▼ ongunstiger</td>") !=
        std::string::npos);
  CHECK(table.find("Aantal gemeenten met een cijfer</th><td class=\"getal\">342</td>") != std::string::npos);
  CHECK(table.find("Grens 1e en 2e deciel") != std::string::npos);
  CHECK(table.find("Laagste waarde") != std::string::npos);
}

TEST_CASE("chart sizes: a typical line, bar and spread chart stay small") {
  const std::size_t line = line_chart_svg(sample_line_chart()).size(), bar = bar_chart_svg(sample_bar_chart()).size(),
                    spread = spread_chart_svg(sample_spread_chart()).size();
  MESSAGE("line chart (8 series x 7 periods): " << line << " bytes; bar chart (10 bars): " << bar
                                                << " bytes; spread chart (342 gemeenten): " << spread << " bytes");
  CHECK(line <= 8 * 1024);
  CHECK(bar <= 5 * 1024);
  CHECK(spread <= 20 * 1024);
}
