#include <doctest/doctest.h>

#include "chart/chart_test_samples.h"
#include "chart/charts.h"
#include "temp_project.h"
#include "xml_check.h"

using namespace spiegel;
using spiegel::testing::occurrences;
using namespace spiegel::chart;
using namespace spiegel::chart::testing;

TEST_CASE("line chart: well-formed, accessible SVG with its ids prefixed") {
  const std::string svg = line_chart_svg(sample_line_chart());
  CHECK(spiegel::testing::xml_problem(svg) == "");
  CHECK(
      svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 520 300\" role=\"img\" "
                      "aria-labelledby=\"fig-jeugd-titel fig-jeugd-besch\" class=\"grafiek-svg\""));
  CHECK(svg.find("<title id=\"fig-jeugd-titel\">Jongeren met jeugdhulp, Deventer &amp; referentiegroep</title>") !=
        std::string::npos);
  CHECK(svg.find("<desc id=\"fig-jeugd-besch\">") != std::string::npos);
  CHECK(svg.find(" width=") == std::string::npos);  // scaled by CSS, not fixed
  for (std::size_t at = svg.find(" id=\""); at != std::string::npos; at = svg.find(" id=\"", at + 1))
    CHECK(svg.compare(at + 5, 9, "fig-jeugd") == 0);
}

TEST_CASE("line chart: names, tone word, year labels and voorlopig are drawn") {
  const std::string svg = line_chart_svg(sample_line_chart());
  CHECK(svg.find(">Deventer</text>") != std::string::npos);
  CHECK(svg.find(">Nederland</text>") != std::string::npos);
  CHECK(svg.find(">Referentiegroep</text>") != std::string::npos);
  CHECK(svg.find(">Zwolle<") == std::string::npos);  // members are context, not named
  CHECK(svg.find("ongunstiger") != std::string::npos);
  CHECK(svg.find("▼") != std::string::npos);
  for (const char* year : {">2017<", ">2018<", ">2019<", ">2020<"}) CHECK(svg.find(year) != std::string::npos);
  CHECK(svg.find("voorlopig cijfer") != std::string::npos);          // the key
  CHECK(svg.find("fill=\"#fff\"") != std::string::npos);             // the hollow marker
  CHECK(svg.find("stroke-dasharray=\"5 4\"") != std::string::npos);  // the own line's dashed last segment
  CHECK(svg.find(">aandeel jongeren met jeugdhulp<") != std::string::npos);
}

TEST_CASE("line chart: a missing figure breaks the line; a lone figure is a dot") {
  LineChart c;
  c.text = {"g", "t", "d"};
  for (int y = 2017; y <= 2019; ++y) c.periods.push_back({y, Period::Kind::year, 0});
  c.periods.push_back({2020, Period::Kind::year, 0});
  c.periods.push_back({2021, Period::Kind::year, 0});
  c.series.push_back({"Lid", Role::member, Tone::neutral, {point(1), point(2), missing(), point(4), point(5)}});
  std::string svg = line_chart_svg(c);
  CHECK(spiegel::testing::xml_problem(svg) == "");
  const std::size_t line_group = svg.find("<g fill=\"none\"");
  REQUIRE(line_group != std::string::npos);
  CHECK(occurrences(svg.substr(line_group, svg.find("</g>", line_group) - line_group), "<path") == 2);
  c.series[0].points = {point(1), missing(), point(3), missing(), point(5)};
  svg = line_chart_svg(c);
  CHECK(occurrences(svg, "<circle") == 3);  // three isolated figures, no line between them
  CHECK(line_chart_table(c).find("<td class=\"getal\">–</td>") != std::string::npos);
}

TEST_CASE("line chart: Nederland and the referentiegroep differ in dash and marker, not only colour") {
  const std::string svg = line_chart_svg(sample_line_chart());
  CHECK(svg.find("stroke-dasharray=\"7 3\"") != std::string::npos);
  CHECK(svg.find("stroke-dasharray=\"2 3\"") != std::string::npos);
  CHECK(svg.find("h7v7h-7z") != std::string::npos);    // squares
  CHECK(svg.find("l4.5 8h-9z") != std::string::npos);  // triangles
}

TEST_CASE("line chart: escaped names, a baseline, and the same bytes every time") {
  LineChart c = sample_line_chart();
  c.series.back().name = "<script>alert(1)</script> & co";
  c.text.description = "a < b & \"c\"";
  c.baseline = 10;
  c.baseline_label = "1e halfjaar 2017 = 100";
  const std::string svg = line_chart_svg(c);
  CHECK(spiegel::testing::xml_problem(svg) == "");
  CHECK(svg.find("<script>") == std::string::npos);
  CHECK(svg.find("&lt;script&gt;") != std::string::npos);
  CHECK(svg.find("a &lt; b &amp; &quot;c&quot;") != std::string::npos);
  CHECK(svg.find(">1e halfjaar 2017 = 100</text>") != std::string::npos);
  CHECK(line_chart_svg(c) == svg);
  const std::string table = line_chart_table(c);
  CHECK(table.find("&lt;script&gt;") != std::string::npos);
  CHECK(table.find("<script>") == std::string::npos);
}

TEST_CASE("line chart: degenerate charts still draw") {
  LineChart empty;
  empty.text = {"leeg", "Leeg", ""};
  CHECK(spiegel::testing::xml_problem(line_chart_svg(empty)) == "");
  LineChart nothing = sample_line_chart();
  for (auto& s : nothing.series)
    for (auto& p : s.points) p = missing();
  CHECK(spiegel::testing::xml_problem(line_chart_svg(nothing)) == "");
}

TEST_CASE("line chart table: a row per series, a column per period, the printed figures") {
  const std::string table = line_chart_table(sample_line_chart());
  CHECK(spiegel::testing::xml_problem(table.substr(0, table.find("</table>") + 8)) == "");
  CHECK(table.starts_with("<table class=\"grafiek-tabel\">"));
  CHECK(table.find("<th scope=\"col\" class=\"getal\">1e halfjaar 2017</th>") != std::string::npos);
  CHECK(table.find("<th scope=\"col\" class=\"getal\">1e halfjaar 2020</th>") != std::string::npos);
  CHECK(occurrences(table, "<th scope=\"row\">") == 8);
  CHECK(table.find("<tr class=\"eigen\"><th scope=\"row\">Deventer</th>") != std::string::npos);
  CHECK(table.find(">x</td>") != std::string::npos);
  CHECK(table.find(">–</td>") != std::string::npos);
  CHECK(table.find("%*</td>") != std::string::npos);
  CHECK(table.find("* voorlopig cijfer") != std::string::npos);
}
