#include "assemble/figures.h"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "content_from_text.h"

using namespace spiegel;
using spiegel::testing::content_from_text;
using spiegel::testing::prepared;

namespace {

/// Aa with referentiegroep Bee and Cee, half years 2019-H1 (basis) to 2020-H1;
/// Cee has a gap in 2019-H2 and is geheim in 2020-H1.
SiteData site(bool anonymous = false) {
  Content c = content_from_text(
      {"code,naam\nGM0001,Aa\nGM0002,Bee\nGM0003,Cee\nGM0004,Dee\n",
       "groepen:\n  - id: nederland\n    naam: Nederland\n    alle: true\n"
       "referentiegroepen:\n  GM0001: [GM0002, GM0003]\n",
       "- id: pct\n  naam: Jongeren met hulp\n  eenheid: procent\n  decimalen: 1\n  richting: lager_is_beter\n"
       "  bron: CBS\n",
       "gemeente,indicator,periode,waarde,status\n"
       "GM0001,pct,2019-H1,10,\nGM0001,pct,2019-H2,9,\nGM0001,pct,2020-H1,8,voorlopig\n"
       "GM0002,pct,2019-H1,10,\nGM0002,pct,2019-H2,11,\nGM0002,pct,2020-H1,12,\n"
       "GM0003,pct,2019-H1,20,\nGM0003,pct,2020-H1,,geheim\n"
       "GM0004,pct,2020-H1,5,\nnederland,pct,2020-H1,9.5,\n"});
  c.settings.peilperiode = parse_period("2020-H1");
  c.settings.basisperiode = parse_period("2019-H1");
  c.settings.anonimiseren = anonymous;
  return prepared(std::move(c));
}

FigureRequest request(const SiteData& s, const char* gemeente = "GM0001") {
  FigureRequest r;
  r.indicator = s.content.indicator("pct");
  r.gemeente = gemeente ? s.content.registry.find(gemeente) : nullptr;
  r.id = "f1";
  r.root = "../../";
  return r;
}

}  // namespace

TEST_CASE("figures: the index chart has the gemeente, each member and the groups, 100 in the basisperiode") {
  SiteData s = site();
  FigureInfo info;
  chart::LineChart c = line_figure(s, request(s), true, info);
  REQUIRE(c.periods.size() == 3);
  std::vector<std::string> names;
  for (const chart::Series& x : c.series) names.push_back(x.name);
  CHECK(names == std::vector<std::string>{"Aa", "Bee", "Cee", "Referentiegroep", "Nederland"});
  CHECK(c.series[0].role == chart::Role::own);
  CHECK(c.series[1].role == chart::Role::member);
  CHECK(c.series[3].role == chart::Role::group);
  CHECK(c.series[0].points[0].shown == "100");
  CHECK(c.series[0].points[2].shown == "80*");  // voorlopig is marked, as in the tables
  CHECK(c.series[0].points[2].voorlopig);
  // Cee: a gap where there is no figure, x where it is geheim; neither is a number to draw.
  CHECK_FALSE(c.series[2].points[1].value);
  CHECK(c.series[2].points[1].shown == "–");
  CHECK_FALSE(c.series[2].points[2].value);
  CHECK(c.series[2].points[2].shown == "x");
  CHECK(c.baseline == 100);
  CHECK(c.axis.title == "index (1e halfjaar 2019 = 100)");
  CHECK(info.bron == "Bron: CBS.");
  CHECK(c.text.description.find("In 1e halfjaar 2020: Aa 80*") != std::string::npos);
}

TEST_CASE("figures: a line says in words where the gemeente stands and how it moved; the tone follows the richting") {
  SiteData s = site();
  FigureInfo info;
  chart::LineChart c = line_figure(s, request(s), false, info);
  // Lower is better and Aa (8,0%) is below Nederland: better, said with a word in the chart.
  CHECK(c.series[0].tone == chart::Tone::better);
  CHECK(c.axis.suffix == "%");
  CHECK(c.text.description.find("Aa ligt in 1e halfjaar 2020 met 8,0%* onder") != std::string::npos);
  CHECK(c.text.description.find("Sinds 1e halfjaar 2019 gedaald van 10,0% naar 8,0%.") != std::string::npos);
  CHECK(c.text.id == "f1");
}

TEST_CASE("figures: bars for the gemeente, its members and groups; a chart that compares needs a report") {
  SiteData s = site();
  FigureInfo info;
  chart::BarChart b = bar_figure(s, request(s), info);
  std::vector<std::string> labels;
  for (const chart::Bar& x : b.bars) labels.push_back(x.label + "=" + x.point.shown);
  CAPTURE(fmt::format("{}", fmt::join(labels, " ")));
  CHECK(labels ==
        std::vector<std::string>{"Aa=8,0%*", "Bee=12,0%", "Cee=x", "Referentiegroep=12,0%", "Nederland=9,5%"});
  CHECK_THROWS_AS(bar_figure(s, request(s, nullptr), info), FigureProblem);
}

TEST_CASE("figures: the spread has every gemeente with a figure, the own one marked with its place") {
  SiteData s = site();
  FigureInfo info;
  chart::SpreadChart c = spread_figure(s, request(s), info);
  CHECK(c.values.size() == 3);  // Cee is geheim
  REQUIRE(c.own);
  CHECK(c.own->label == "Aa");
  CHECK(c.text.description.find("3 gemeenten hebben een cijfer over 1e halfjaar 2020, van 5,0% tot 12,0%.") !=
        std::string::npos);
  CHECK(c.text.description.find("Aa staat met 8,0%* op plaats 2 van 3") != std::string::npos);
}

TEST_CASE("figures: a map classes the gemeenten, links reports and refuses an anonymised monitor") {
  SiteData s = site();
  chart::MapGeometry geometry;
  for (const char* code : {"GM0001", "GM0002", "GM0099"}) {
    geometry.gemeenten.by_code[code] = geometry.gemeenten.areas.size();
    geometry.gemeenten.areas.push_back({code, code, "M0 0h1v1z", 0.5, 0.5});
  }
  FigureInfo info;
  chart::MapChart m = map_figure(s, geometry, request(s), info);
  CHECK(m.outlined == "GM0001");
  CHECK(m.legend.size() == 1);  // three gemeenten with a figure: one class, not ten of one each
  CHECK(m.areas.at("GM0002").shown == "12,0%");
  CHECK(m.areas.count("GM0003") == 0);  // geheim: hatched like a gemeente without a figure
  CHECK(m.text.description.find("1 gemeente met een cijfer staat niet op deze kaart") != std::string::npos);
  CHECK(info.bron == "Bron: CBS; kaartgegevens: CBS/PDOK.");

  SiteData anonymous = site(true);
  CHECK_THROWS_AS(map_figure(anonymous, geometry, request(anonymous), info), FigureProblem);
}

TEST_CASE("figures: with fewer than 30 gemeenten (no deciles) the map and the spread still class them in quintiles") {
  std::string registry = "code,naam\n", data = "gemeente,indicator,periode,waarde,status\n";
  for (int i = 1; i <= 20; ++i) {
    registry += fmt::format("GM{:04},G{}\n", i, i);
    data += fmt::format("GM{:04},pct,2020,{},\n", i, i);
  }
  Content c = content_from_text({registry, "", "- id: pct\n  naam: Pct\n  eenheid: procent\n", data});
  c.settings.peilperiode = parse_period("2020");
  SiteData s = prepared(std::move(c));
  REQUIRE_FALSE(s.benchmark.derived.get("GM0020", "pct", *parse_period("2020"))->deciel);
  chart::MapGeometry geometry;
  geometry.gemeenten.by_code["GM0001"] = 0;
  geometry.gemeenten.areas.push_back({"GM0001", "GM0001", "M0 0h1v1z", 0.5, 0.5});
  FigureRequest r = request(s, nullptr);
  FigureInfo info;
  chart::MapChart m = map_figure(s, geometry, r, info);
  CHECK(m.legend == std::vector<std::string>{"1% tot 4%", "5% tot 8%", "9% tot 12%", "13% tot 16%", "17% tot 20%"});
  CHECK(m.areas.at("GM0020").klass == 4);
  CHECK(spread_figure(s, r, info).decile_bounds.size() == 4);
}
