// End to end: the charts and maps of the example monitor, as a reader gets them.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include "site/pipeline.h"
#include "temp_project.h"
#include "xml_check.h"

using namespace spiegel;
using spiegel::testing::contains;
using spiegel::testing::occurrences;
using spiegel::testing::TempProject;

namespace {

/// Every <svg>…</svg> in a page.
std::vector<std::string> svgs(const std::string& html) {
  std::vector<std::string> out;
  for (std::size_t at = html.find("<svg"); at != std::string::npos; at = html.find("<svg", at + 1))
    out.push_back(html.substr(at, html.find("</svg>", at) + 6 - at));
  return out;
}

}  // namespace

TEST_CASE("the example reports show an index figure, bars, a spread and a map, each with a text alternative") {
  Diagnostics d;
  auto files = build_in_memory(SPIEGEL_SOURCE_DIR, d);
  INFO(d.str());
  REQUIRE(files.has_value());
  const std::string map_file = "kaarten/jeugdhulp_zonder_verblijf_pct-2020-H1-jeugdregio.svg";
  const std::map<std::string, const char*> names = {{"deventer", "Deventer"},
                                                    {"utrecht", "Utrecht"},
                                                    {"zaltbommel", "Zaltbommel"},
                                                    {"peel-en-maas", "Peel en Maas"},
                                                    {"roosendaal", "Roosendaal"}};
  for (const auto& entry : names) {
    const auto& report = entry.first;
    CAPTURE(report);
    const std::string& page = files->at("gemeenten/" + report + "/index.html");
    std::vector<std::string> figures = svgs(page);
    REQUIRE(figures.size() == 4);  // three charts, and the mark over the map
    for (const std::string& svg : figures) {
      CHECK(testing::xml_problem(svg) == "");
      if (contains(svg, "class=\"kaart-markering\"")) {
        // Decoration: the map's image says in words where the gemeente stands.
        CHECK(contains(svg, "aria-hidden=\"true\""));
        CHECK(contains(svg, "<g class=\"kaart-eigen\""));
        continue;
      }
      CHECK(contains(svg, "role=\"img\""));
      CHECK(contains(svg, "<title id="));
      CHECK(contains(svg, "<desc id="));
    }
    CHECK(occurrences(page, "<details class=\"grafiek-cijfers\">") == 3);
    CHECK(contains(page, "index (1e halfjaar 2017 = 100)"));
    // The map of all gemeenten is one file that every report shows, with the
    // report's gemeente named in the image's alt; its figures are on the indicator's page.
    CHECK(contains(page, "<img class=\"kaart\" src=\"../../" + map_file + "\" alt=\"Kaart van Nederland: "));
    CHECK(contains(page, "gearceerd. " + std::string(names.at(report)) + " valt in de klasse "));
    CHECK(contains(page,
                   "De cijfers van alle gemeenten staan bij <a href=\"../../indicatoren/"
                   "jeugdhulp_zonder_verblijf_pct/index.html#kaart\">"));
  }
  const std::string& map = files->at(map_file);
  CHECK(testing::xml_problem(map) == "");
  CHECK(contains(map, "role=\"img\""));  // an image has no links
  CHECK_FALSE(contains(map, "<a "));
  CHECK_FALSE(contains(map, "kaart-eigen"));
  CHECK(contains(map, "<title>Deventer: 6,7%</title>"));
  // Deventer's index line: 8,1% → 6,7% is 83, computed from the data, as in the printed figure.
  CHECK(contains(files->at("gemeenten/deventer/index.html"), "In 1e halfjaar 2020: Deventer 83"));
  // The front page maps the monitor's gemeenten, each linked to its report.
  const std::string& front = files->at("index.html");
  CHECK(contains(front, "href=\"gemeenten/deventer/index.html\""));
  CHECK(svgs(front).size() == 1);
  // An indicator page has the spread of all gemeenten and the map.
  CHECK(svgs(files->at("indicatoren/jeugdhulp_zonder_verblijf_pct/index.html")).size() == 2);
}

TEST_CASE("a report with four maps and six charts stays under 150 KB of HTML: each map is a shared file") {
  TempProject t;
  t.copy_from(std::string(SPIEGEL_SOURCE_DIR) + "/content", "content");
  std::string more = "\n## Meer figuren\n\n";
  for (const char* soort : {"lijn", "index", "staaf", "spreiding", "staaf", "lijn"})
    more += fmt::format("{{{{< grafiek indicator=jeugdhulp_zonder_verblijf_pct soort={} >}}}}\n\n", soort);
  more += "{{< kaart indicator=lasten_per_inwoner >}}\n\n{{< kaart indicator=ses_deciel grenzen=geen >}}\n\n";
  more += "{{< kaart indicator=jeugdhulp_zonder_verblijf_pct grenzen=jeugdregio periode=2017-H1 >}}\n";
  t.write("content/gemeenten/deventer.md", t.read("content/gemeenten/deventer.md") + more);
  Diagnostics d;
  auto files = build_in_memory(t.root(), d);
  INFO(d.str());
  REQUIRE(files.has_value());
  const std::string& page = files->at("gemeenten/deventer/index.html");
  CHECK(occurrences(page, "<img class=\"kaart\"") == 4);
  for (const char* map :
       {"lasten_per_inwoner-2019-provincie", "ses_deciel-2019-geen", "jeugdhulp_zonder_verblijf_pct-2020-H1-jeugdregio",
        "jeugdhulp_zonder_verblijf_pct-2017-H1-jeugdregio"}) {
    CAPTURE(map);
    CHECK(files->count(std::string("kaarten/") + map + ".svg"));
    CHECK(contains(page, std::string("src=\"../../kaarten/") + map + ".svg\""));
  }
  // Another period than the indicator page's keeps the figures with the map: no page has them.
  CHECK(occurrences(page, "<a href=\"../../indicatoren/jeugdhulp_zonder_verblijf_pct/index.html#kaart\">") == 1);
  CHECK(contains(page, "<tr><th scope=\"row\">Deventer</th><td>8,1%</td>"));  // in 1e halfjaar 2017
  CHECK(page.size() < 150 * 1024);
  MESSAGE("rapport met 4 kaarten en 9 grafieken: " << page.size() / 1024 << " KB");
}

TEST_CASE("a map in an anonymised monitor is an error: it would show which gemeente the report is about") {
  TempProject t;
  t.write_minimal();
  t.write("content/spiegel.yaml", "titel: Testmonitor\norganisatie: Rekenkamer Test\nanonimiseren: true\n");
  t.write("content/gemeenten/aa.md", t.read("content/gemeenten/aa.md") + "\n{{< kaart indicator=lasten >}}\n");
  Diagnostics d;
  CHECK_FALSE(build_in_memory(t.root(), d).has_value());
  CHECK(contains(d.str(), "kaart: deze monitor is geanonimiseerd"));
}
