#include "chart/map_chart.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "chart/map_test_fixture.h"
#include "temp_project.h"
#include "xml_check.h"

using namespace spiegel;
using spiegel::testing::occurrences;
using namespace spiegel::chart;

namespace {

Topology read_map(const std::string& name) {
  std::string file = std::string(SPIEGEL_SOURCE_DIR) + "/templates/kaarten/" + name;
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return decode_topojson(text.str(), file);
}

}  // namespace

TEST_CASE("make_map_geometry draws a border two areas share as the same points") {
  Topology squares = decode_topojson(testing_maps::kTwoSquares, "twee.topojson");
  MapGeometry g = make_map_geometry(squares, {}, {}, 200);
  CHECK(g.width == 200);
  CHECK(g.height == 100);
  REQUIRE(g.gemeenten.areas.size() == 2);
  // Left: up the shared border (100,100)→(100,0), then around; right: down it, then around.
  CHECK(g.gemeenten.areas[0].path == "M100 100l0-100-100 0 0 100z");
  CHECK(g.gemeenten.areas[1].path == "M100 0l0 100 100 0 0-100z");
  CHECK(g.gemeenten.areas[0].cx == doctest::Approx(50));
  CHECK(g.gemeenten.areas[0].cy == doctest::Approx(50));
  CHECK(g.gemeenten.areas[1].cx == doctest::Approx(150));
  CHECK(g.gemeenten.by_code.at("GM0002") == 1);
  // The border layer strokes each arc once.
  CHECK(g.gemeenten.borders == "M100 100l0-100M100 0l-100 0 0 100 100 0M100 0l100 0 0 100-100 0");
  CHECK(g.provincies.areas.empty());
}

TEST_CASE("make_map_geometry puts a label point inside a shape whose centroid is outside") {
  // A U: its centroid lies in the gap between the arms.
  Topology u = decode_topojson(R"({"type":"Topology","arcs":[[[0,0],[30,0],[30,30],[20,30],[20,10],[10,10],[10,30],
    [0,30],[0,0]]],"objects":{"u":{"type":"Polygon","arcs":[[0]],"properties":{"statcode":"GM1"}}}})",
                               "u.topojson");
  MapGeometry g = make_map_geometry(u, {}, {}, 300);
  const MapLayer::Area& a = g.gemeenten.areas[0];
  bool in_left_arm = a.cx > 0 && a.cx < 100 && a.cy > 0 && a.cy < 300;
  bool in_right_arm = a.cx > 200 && a.cx < 300 && a.cy > 0 && a.cy < 300;
  bool in_base = a.cy > 200 && a.cy < 300 && a.cx > 0 && a.cx < 300;
  CHECK((in_left_arm || in_right_arm || in_base));
}

TEST_CASE("make_map_geometry keeps holes, and the label point out of them") {
  // A square with a square hole in its middle, where its centroid is.
  Topology holed = decode_topojson(R"({"type":"Topology","arcs":[[[0,0],[30,0],[30,30],[0,30],[0,0]],
    [[10,10],[10,20],[20,20],[20,10],[10,10]]],"objects":{"h":{"type":"GeometryCollection","geometries":[
    {"type":"Polygon","arcs":[[0],[1]],"properties":{"statcode":"GM1","statnaam":"Ring"}}]}}})",
                                   "h.topojson");
  MapGeometry g = make_map_geometry(holed, {}, {}, 300);
  const MapLayer::Area& a = g.gemeenten.areas[0];
  CHECK(occurrences(a.path, "M") == 2);
  CHECK(occurrences(a.path, "z") == 2);
  bool in_hole = a.cx > 100 && a.cx < 200 && a.cy > 100 && a.cy < 200;
  CHECK_FALSE(in_hole);
  CHECK(a.cx > 0);
  CHECK(a.cx < 300);
}

TEST_CASE("map_svg draws classes, hatches what has no figure, outlines the own gemeente") {
  Topology squares = decode_topojson(testing_maps::kTwoSquares, "twee.topojson");
  MapGeometry g = make_map_geometry(squares, squares, {}, 200);
  MapChart chart;
  chart.text = {"kaart-1", "Jeugdhulp <per> gemeente", "Links & rechts"};
  chart.geometry = &g;
  chart.areas["GM0001"] = {3, "", "6,7%", "gemeenten/links/?a=1&b=2"};
  chart.legend = {"laag", "", "", "hoog & meer"};
  chart.outlined = "GM0002";
  std::string svg = map_svg(chart);

  CHECK(spiegel::testing::xml_problem(svg) == "");
  // Links inside: a group, as an img's children are not announced.
  CHECK(svg.find("role=\"group\"") != std::string::npos);
  CHECK(svg.find("aria-labelledby=\"kaart-1-titel kaart-1-besch\"") != std::string::npos);
  CHECK(svg.find("<title id=\"kaart-1-titel\">Jeugdhulp &lt;per&gt; gemeente</title>") != std::string::npos);
  CHECK(svg.find("<desc id=\"kaart-1-besch\">Links &amp; rechts</desc>") != std::string::npos);
  CHECK(svg.find("<pattern id=\"kaart-1-geen\"") != std::string::npos);
  // Every id inside starts with the figure's.
  for (std::size_t at = svg.find(" id=\""); at != std::string::npos; at = svg.find(" id=\"", at + 1))
    CHECK(svg.compare(at + 5, 8, "kaart-1-") == 0);
  CHECK(svg.find("<g class=\"k3\" fill=\"#081d58\">\n<a href=\"gemeenten/links/?a=1&amp;b=2\"><path") !=
        std::string::npos);
  CHECK(svg.find("<title>Links: 6,7%</title>") != std::string::npos);
  // Right has no figure: hatched, and its name escaped.
  CHECK(svg.find("<g class=\"geen\" fill=\"url(#kaart-1-geen)\">\n<path d=\"M100 0l0 100 100 0 0-100z\">"
                 "<title>&#39;s-Rechts &amp; &lt;Co&gt;: geen cijfer</title>") != std::string::npos);
  // Borders over it, then the outlined gemeente, named.
  CHECK(svg.find("class=\"kaart-grenzen\"") != std::string::npos);
  CHECK(svg.find("class=\"kaart-eigen\"") > svg.find("class=\"kaart-grenzen\""));
  CHECK(occurrences(svg, "d=\"M100 0l0 100 100 0 0-100z\"") == 3);
  CHECK(svg.find("fill=\"#000\">&#39;s-Rechts &amp; &lt;Co&gt;</text>") != std::string::npos);
  // The legend: four classes light to dark, the hatch, the labels escaped.
  CHECK(svg.find("fill=\"#ffffd9\" stroke=") != std::string::npos);
  CHECK(svg.find("fill=\"#081d58\" stroke=") != std::string::npos);
  CHECK(svg.find(">hoog &amp; meer</text>") != std::string::npos);
  CHECK(svg.find(">geen cijfer</text>") != std::string::npos);

  chart.borders = Borders::geen;
  chart.areas["GM0001"].url = "";
  svg = map_svg(chart);
  CHECK(svg.find("kaart-grenzen") == std::string::npos);
  CHECK(svg.find("role=\"img\"") != std::string::npos);
  CHECK(svg.find("<a ") == std::string::npos);
  chart.geometry = nullptr;
  CHECK(map_svg(chart) == "");
}

TEST_CASE("map_svg puts the legend in the empty corner top left when it fits, else under the map") {
  // A triangle in the bottom right: the top left is sea.
  Topology triangle = decode_topojson(R"({"type":"Topology","arcs":[[[0,0],[30,0],[30,30],[0,0]]],
    "objects":{"t":{"type":"Polygon","arcs":[[0]],"properties":{"statcode":"GM1","statnaam":"Drie"}}}})",
                                      "t.topojson");
  MapGeometry g = make_map_geometry(triangle, {}, {}, 300);
  MapChart chart;
  chart.text.id = "k";
  chart.geometry = &g;
  chart.legend = {"laag", "hoog"};
  std::string svg = map_svg(chart);
  CHECK(svg.find("viewBox=\"0 0 300 300\"") != std::string::npos);
  CHECK(svg.find("<rect x=\"2\" y=\"3\"") != std::string::npos);

  Topology squares = decode_topojson(testing_maps::kTwoSquares, "twee.topojson");
  MapGeometry full = make_map_geometry(squares, {}, {}, 200);
  chart.geometry = &full;
  svg = map_svg(chart);
  // No room beside the land: under the map (100 high), in two columns of at most two lines.
  CHECK(svg.find("viewBox=\"0 0 200 136\"") != std::string::npos);
  CHECK(svg.find("<rect x=\"2\" y=\"109\"") != std::string::npos);
  CHECK(svg.find("<rect x=\"92.8\" y=\"109\"") != std::string::npos);
}

TEST_CASE("map_table lists the gemeenten with a figure in name order") {
  Topology squares = decode_topojson(testing_maps::kTwoSquares, "twee.topojson");
  MapGeometry g = make_map_geometry(squares, {}, {}, 200);
  MapChart chart;
  chart.geometry = &g;
  chart.legend = {"laag", "hoog"};
  chart.areas["GM0001"] = {1, "", "6,7%", ""};
  chart.areas["GM0002"] = {0, "", "1,2% & <", ""};
  chart.areas["GM0009"] = {-1, "Niets", "x", ""};
  chart.areas["GM0010"] = {0, "Amsterdam", "3%", ""};
  std::string table = map_table(chart);
  CHECK(spiegel::testing::xml_problem(table) == "");
  CHECK(table.find("<th scope=\"col\">Gemeente</th><th scope=\"col\">Waarde</th><th scope=\"col\">Klasse</th>") !=
        std::string::npos);
  // 's-Rechts sorts under R, after Links; Niets has no figure.
  std::size_t amsterdam = table.find("Amsterdam"),
              links = table.find("<th scope=\"row\">Links</th><td>6,7%</td><td>hoog"),
              rechts = table.find("<th scope=\"row\">&#39;s-Rechts &amp; &lt;Co&gt;</th><td>1,2% &amp; &lt;</td>");
  CHECK(amsterdam < links);
  CHECK(links < rechts);
  CHECK(rechts != std::string::npos);
  CHECK(table.find("Niets") == std::string::npos);
}

TEST_CASE("map_svg of the real gemeente map is well-formed and small enough for a page") {
  Topology gemeenten = read_map("gemeente.topojson");
  MapGeometry g = make_map_geometry(gemeenten, read_map("provincie.topojson"), read_map("jeugdregio.topojson"), 320);
  CHECK(g.gemeenten.areas.size() == 342);
  CHECK(g.provincies.areas.size() == 12);
  CHECK(g.jeugdregios.areas.size() == 42);
  CHECK(g.height > 300);
  CHECK(g.height < 450);
  for (const MapLayer::Area& a : g.gemeenten.areas) {
    CHECK(!a.path.empty());
    CHECK(a.cx >= 0);
    CHECK(a.cx <= g.width);
  }
  MapChart chart;
  chart.text = {"kaart", "Jeugdhulp per gemeente", "Hoog in het oosten."};
  chart.geometry = &g;
  for (int k = 0; k < 10; ++k) chart.legend.push_back(std::to_string(k) + ",0% tot " + std::to_string(k + 1) + ",0%");
  int i = 0;
  for (const MapLayer::Area& a : g.gemeenten.areas) chart.areas[a.code] = {i++ % 10, "", "6,7%", "../" + a.code + "/"};
  chart.outlined = "GM0150";
  std::string svg = map_svg(chart);
  CHECK(spiegel::testing::xml_problem(svg) == "");
  CHECK(occurrences(svg, "</title></path>") == 342);  // one path per gemeente, named
  for (int k = 0; k < 10; ++k) CHECK(occurrences(svg, "<g class=\"k" + std::to_string(k) + "\"") == 1);
  CHECK(svg.find(">Deventer</text>") != std::string::npos);
  // Users notice page weight: a page holds two maps and six charts.
  CHECK(svg.size() < 120000);
  chart.borders = Borders::jeugdregio;
  CHECK(spiegel::testing::xml_problem(map_svg(chart)) == "");
}

TEST_CASE("map_svg: a map of places names its gemeenten and greys the others instead of hatching them") {
  Topology squares = decode_topojson(testing_maps::kTwoSquares, "twee.topojson");
  MapGeometry g = make_map_geometry(squares, {}, {}, 200);
  MapChart chart;
  chart.text.id = "m";
  chart.geometry = &g;
  chart.legend = {"in de monitor"};
  chart.no_data_label = "andere gemeente";
  chart.hatch_missing = false;
  chart.areas["GM0001"] = {0, "Eerste & Co", "rapport", "gemeenten/eerste/index.html"};
  chart.named = {"GM0001"};
  std::string svg = map_svg(chart);
  CHECK(spiegel::testing::xml_problem(svg) == "");
  CHECK(svg.find("url(#m-geen)") == std::string::npos);
  CHECK(svg.find("fill=\"#e3e6ea\"") != std::string::npos);
  CHECK(occurrences(svg, ">Eerste &amp; Co</text>") == 2);  // the name and its halo
  CHECK(svg.find("role=\"group\"") != std::string::npos);  // its link must be announced
}
