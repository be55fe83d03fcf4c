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
  for (const char* report : {"deventer", "utrecht", "zaltbommel", "peel-en-maas", "roosendaal"}) {
    CAPTURE(report);
    const std::string& page = files->at(std::string("gemeenten/") + report + "/index.html");
    std::vector<std::string> figures = svgs(page);
    CHECK(figures.size() == 4);
    for (const std::string& svg : figures) {
      CHECK(testing::xml_problem(svg) == "");
      // A map with links is a group, so that a screen reader reaches its links; a chart is one image.
      CHECK((contains(svg, "role=\"img\"") || contains(svg, "role=\"group\"")));
      CHECK(contains(svg, "<title id="));
      CHECK(contains(svg, "<desc id="));
    }
    CHECK(occurrences(page, "<details class=\"grafiek-cijfers\">") == 4);
    CHECK(contains(page, "index (1e halfjaar 2017 = 100)"));
    CHECK(contains(page, "class=\"kaart\""));
  }
  // Deventer's index line: 8,1% → 6,7% is 83, computed from the data, as in the printed figure.
  CHECK(contains(files->at("gemeenten/deventer/index.html"), "In 1e halfjaar 2020: Deventer 83"));
  // The front page maps the monitor's gemeenten, each linked to its report.
  const std::string& front = files->at("index.html");
  CHECK(contains(front, "href=\"gemeenten/deventer/index.html\""));
  CHECK(svgs(front).size() == 1);
  // An indicator page has the spread of all gemeenten and the map.
  CHECK(svgs(files->at("indicatoren/jeugdhulp_zonder_verblijf_pct/index.html")).size() == 2);
}

TEST_CASE("a report with two maps and six charts stays under 400 KB of HTML") {
  TempProject t;
  t.copy_from(std::string(SPIEGEL_SOURCE_DIR) + "/content", "content");
  std::string more = "\n## Meer figuren\n\n";
  for (const char* soort : {"lijn", "index", "staaf", "spreiding", "staaf", "lijn"})
    more += fmt::format("{{{{< grafiek indicator=jeugdhulp_zonder_verblijf_pct soort={} >}}}}\n\n", soort);
  more += "{{< kaart indicator=lasten_per_inwoner >}}\n\n{{< kaart indicator=ses_deciel grenzen=geen >}}\n";
  t.write("content/gemeenten/deventer.md", t.read("content/gemeenten/deventer.md") + more);
  Diagnostics d;
  auto files = build_in_memory(t.root(), d);
  INFO(d.str());
  REQUIRE(files.has_value());
  const std::string& page = files->at("gemeenten/deventer/index.html");
  CHECK(occurrences(page, "class=\"kaart\"") == 3);
  CHECK(page.size() < 400 * 1024);
  MESSAGE("rapport met 3 kaarten en 9 grafieken: " << page.size() / 1024 << " KB");
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
