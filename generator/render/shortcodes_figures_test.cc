#include <doctest/doctest.h>
#include <fmt/format.h>

#include "compute/site_data.h"
#include "content_from_text.h"
#include "render/shortcodes.h"
#include "text/blocks.h"
#include "xml_check.h"

using namespace spiegel;
using spiegel::testing::content_from_text;
using spiegel::testing::prepared;

namespace {

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

/// Aa (with referentiegroep Bee) and Bee, two half years; Nederland from the source.
SiteData site() {
  Content c = content_from_text(
      {"code,naam\nGM0001,Aa & Zo\nGM0002,Bee\n",
       "groepen:\n  - id: nederland\n    naam: Nederland\n    alle: true\n    berekenen: false\n"
       "referentiegroepen:\n  GM0001: [GM0002]\n",
       "- id: pct\n  naam: Jongeren met hulp\n  eenheid: procent\n  decimalen: 1\n  bron: CBS <Jeugd>\n",
       "gemeente,indicator,periode,waarde,status\n"
       "GM0001,pct,2017-H1,8.1,\nGM0001,pct,2020-H1,6.7,\nGM0002,pct,2017-H1,7.4,\nGM0002,pct,2020-H1,7.5,\n"
       "nederland,pct,2017-H1,7.1,\nnederland,pct,2020-H1,7.2,\n"});
  c.settings.peilperiode = parse_period("2020-H1");
  c.settings.basisperiode = parse_period("2017-H1");
  return prepared(std::move(c));
}

/// A map of the two gemeenten and one more, as make_map_geometry would give it.
chart::MapGeometry geometry() {
  chart::MapGeometry g;
  g.width = 100;
  g.height = 100;
  for (const char* code : {"GM0001", "GM0002", "GM0003"}) {
    g.gemeenten.by_code[code] = g.gemeenten.areas.size();
    g.gemeenten.areas.push_back({code, std::string("Naam ") + code, "M0 0h10v10h-10z", 5, 5});
  }
  return g;
}

/// The text's fragments as render_text makes them: blocks scanned, figures numbered.
std::vector<Fragment> run(const SiteData& s, const std::string& text, Diagnostics& d,
                          const chart::MapGeometry* map = nullptr) {
  ShortcodeScan scan = scan_shortcodes(text, "content/gemeenten/aa.md", 10, d);
  BlockScan blocks = scan_blocks(scan.text, "content/gemeenten/aa.md", 10, scan.calls.size(), d);
  add_shortcode_blocks(blocks, scan.calls, d);
  return evaluate_shortcodes(scan.calls, ShortcodeContext{s, s.content.registry.find("GM0001"), &blocks, map}, d);
}

}  // namespace

TEST_CASE("grafiek: every kind is a numbered figure with a well-formed SVG, a description and its numbers") {
  SiteData s = site();
  for (const char* soort : {"lijn", "index", "staaf", "spreiding"}) {
    CAPTURE(soort);
    Diagnostics d;
    std::vector<Fragment> f = run(s, fmt::format("{{{{< grafiek indicator=pct soort={} >}}}}\n", soort), d);
    INFO(d.str());
    REQUIRE_FALSE(d.has_errors());
    const std::string& html = f[0].html;
    CHECK(contains(html, "<figure class=\"grafiek\" id=\"figuur-1\">"));
    CHECK(contains(html, "<figcaption>Figuur 1: Jongeren met hulp"));
    CHECK(contains(html, "role=\"img\""));
    CHECK(contains(html, "<desc"));
    CHECK(contains(html, "<details class=\"grafiek-cijfers\">"));
    CHECK(contains(html, "Bron: CBS &lt;Jeugd&gt;."));  // escaped, never raw
    CHECK(contains(html, "Aa &amp; Zo"));
    const std::size_t from = html.find("<svg"), to = html.find("</svg>");
    REQUIRE(to != std::string::npos);
    CHECK(testing::xml_problem(html.substr(from, to + 6 - from)) == "");
  }
}

TEST_CASE("grafiek: figures and tables are numbered apart; titel= and id= are the writer's") {
  SiteData s = site();
  Diagnostics d;
  std::vector<Fragment> f = run(
      s, "{{< tabel indicatoren=pct >}}\n{{< grafiek indicator=pct soort=staaf titel=\"Eigen titel\" id=staven >}}\n",
      d);
  REQUIRE_FALSE(d.has_errors());
  CHECK(contains(f[1].html, "id=\"staven\""));
  CHECK(contains(f[1].html, "<figcaption>Figuur 1: Eigen titel</figcaption>"));
}

TEST_CASE("grafiek and kaart: wrong arguments are errors at the shortcode with a suggestion") {
  SiteData s = site();
  auto error = [&](const std::string& text, const chart::MapGeometry* map = nullptr) {
    Diagnostics d;
    run(s, text, d, map);
    REQUIRE(d.all().size() == 1);
    CHECK(d.all()[0].loc.line == 10);
    return d.all()[0].message + " | " + d.all()[0].suggestion;
  };
  CHECK(error("{{< grafiek indicator=pct soort=lijnen >}}") ==
        "grafiek: onbekende soort 'lijnen' (kies lijn, index, staaf of spreiding) | lijn");
  CHECK(error("{{< grafiek soort=lijn >}}").starts_with("grafiek: welke indicator?"));
  CHECK(error("{{< grafiek indicator=pcd >}}").ends_with("| pct"));
  CHECK(error("{{< grafiek indicator=pct soort=index van=2017-H1 >}}").starts_with("grafiek: van= geldt alleen"));
  CHECK(error("{{< kaart indicator=pct >}}").starts_with("kaart: het thema heeft geen kaart"));
  chart::MapGeometry g = geometry();
  CHECK(error("{{< kaart indicator=pct grenzen=gemeente >}}", &g) ==
        "kaart: onbekende grenzen 'gemeente' (kies provincie, jeugdregio of geen) | ");
}

TEST_CASE("kaart: a choropleth with the report's gemeente outlined and the others hatched") {
  SiteData s = site();
  chart::MapGeometry g = geometry();
  Diagnostics d;
  std::vector<Fragment> f = run(s, "{{< kaart indicator=pct >}}\n", d, &g);
  INFO(d.str());
  REQUIRE_FALSE(d.has_errors());
  CHECK(contains(f[0].html, "<figcaption>Figuur 1: Jongeren met hulp per gemeente, 1e halfjaar 2020</figcaption>"));
  CHECK(contains(f[0].html, "kaartgegevens: CBS/PDOK"));
  const std::size_t from = f[0].html.find("<svg"), to = f[0].html.find("</svg>");
  REQUIRE(to != std::string::npos);
  CHECK(testing::xml_problem(f[0].html.substr(from, to + 6 - from)) == "");
}

TEST_CASE("a report without a referentiegroep whose tables compare gets one warning, at the first table") {
  SiteData s = site();
  Diagnostics d;
  ShortcodeScan scan =
      scan_shortcodes("{{< waarde pct >}}\n{{< tabel indicatoren=pct >}}\n{{< grafiek indicator=pct >}}\n",
                      "content/gemeenten/bee.md", 10, d);
  evaluate_shortcodes(scan.calls, ShortcodeContext{s, s.content.registry.find("GM0002"), nullptr, nullptr}, d);
  CHECK_FALSE(d.has_errors());
  REQUIRE(d.warnings().size() == 1);
  CHECK(d.warnings()[0].loc.line == 11);
  CHECK(d.warnings()[0].message.starts_with("Bee heeft geen referentiegroep"));
  // Aa has one: no warning.
  Diagnostics a;
  run(s, "{{< tabel indicatoren=pct >}}\n", a);
  CHECK(a.warnings().empty());
}
