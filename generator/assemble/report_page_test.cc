#include "assemble/report_page.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>

#include "assemble/pages.h"
#include "content_from_text.h"

using namespace spiegel;
using spiegel::testing::content_from_text;
using spiegel::testing::prepared;

namespace {

/// Aa (referentiegroep Bee) and Bee; lasten has a richting, a 2021 figure after the
/// peilperiode 2020 and none in 2020; inwoners has none; ten more indicators with a richting.
SiteData site(const std::string& settings_kerncijfers = "") {
  std::string yaml =
      "- id: inwoners\n  naam: Inwoners\n  eenheid: aantal\n"
      "- id: lasten\n  naam: Lasten per inwoner\n  eenheid: euro\n  richting: lager_is_beter\n"
      "- id: wacht\n  naam: Wachttijd\n  eenheid: aantal\n  richting: lager_is_beter\n";
  for (int i = 0; i < 10; ++i)
    yaml += fmt::format("- id: r{}\n  naam: R{}\n  eenheid: getal\n  richting: hoger_is_beter\n", i, i);
  Content c =
      content_from_text({"code,naam\nGM0001,Aa\nGM0002,Bee\n",
                         "groepen:\n  - id: nederland\n    naam: Nederland\n    alle: true\n    berekenen: false\n"
                         "referentiegroepen:\n  GM0001: [GM0002]\n",
                         yaml,
                         "gemeente,indicator,periode,waarde,status\n"
                         "GM0001,inwoners,2020,1000,\nGM0001,lasten,2019,240,\nGM0001,lasten,2021,999,voorlopig\n"
                         "GM0002,lasten,2019,365,\nnederland,lasten,2019,293,\n"
                         "GM0001,wacht,2019,50,\nGM0002,wacht,2019,30,\nnederland,wacht,2019,20,\n"});
  c.settings.peilperiode = parse_period("2020");
  c.settings.titel = "Monitor jeugdhulp";
  c.settings.organisatie = "Rekenkamer Aa";
  c.settings.editie = "2021";
  if (!settings_kerncijfers.empty()) c.settings.kerncijfers = std::vector<std::string>{settings_kerncijfers};
  return prepared(std::move(c));
}

}  // namespace

TEST_CASE("kerncijfers: each figure in the period the report's tables use, never one after the peilperiode") {
  SiteData s = site();
  KeyFigures k = key_figures(s, *s.content.registry.find("GM0001"), nullptr);
  REQUIRE_FALSE(k.rijen.empty());
  CHECK(k.rijen[0].id == "lasten");
  CHECK(k.rijen[0].periode == "2019");
  CHECK(k.rijen[0].waarde == "€ 240");
  CHECK(k.rijen[0].nederland == "€ 293");
  CHECK_FALSE(k.rijen[0].voorlopig);
}

TEST_CASE(
    "kerncijfers: by default the indicators with a richting, at most eight; chosen in spiegel.yaml or the report") {
  SiteData s = site();
  std::vector<const Indicator*> d = key_figure_indicators(s, nullptr);
  REQUIRE(d.size() == 8);
  CHECK(d[0]->id == "lasten");  // inwoners has no richting
  CHECK(d[1]->id == "wacht");

  SiteData chosen = site("inwoners");
  CHECK(key_figure_indicators(chosen, nullptr).size() == 1);
  KeyFigures k = key_figures(chosen, *chosen.content.registry.find("GM0001"), nullptr);
  REQUIRE(k.rijen.size() == 1);
  CHECK(k.rijen[0].waarde == "1.000");

  FrontMatter front;
  front.kerncijfers = std::vector<std::string>{"wacht", "lasten"};
  std::vector<const Indicator*> own = key_figure_indicators(chosen, &front);
  REQUIRE(own.size() == 2);
  CHECK(own[0]->id == "wacht");
  // A chosen figure the gemeente lacks is shown as missing, not left out.
  KeyFigures bee = key_figures(chosen, *chosen.content.registry.find("GM0002"), &front);
  REQUIRE(bee.rijen.size() == 2);
  CHECK(bee.rijen[0].waarde == "30");
}

TEST_CASE("sterke punten en aandachtspunten: clearly better or worse than the referentiegroep and Nederland") {
  SiteData s = site();
  StrongAndWeak p = strong_and_weak_points(s, *s.content.registry.find("GM0001"), "../../");
  REQUIRE(p.sterk.size() == 1);
  CHECK(p.sterk[0].indicator == "Lasten per inwoner");
  CHECK(p.sterk[0].waarde == "€ 240");
  CHECK(p.sterk[0].vergelijking == "lager dan de referentiegroep (€ 365) en lager dan Nederland (€ 293)");
  CHECK(p.sterk[0].url == "../../indicatoren/lasten/index.html");
  REQUIRE(p.aandacht.size() == 1);
  CHECK(p.aandacht[0].indicator == "Wachttijd");
  CHECK(p.aandacht[0].vergelijking == "hoger dan de referentiegroep (30) en hoger dan Nederland (20)");
}

TEST_CASE("the printed report's parts: title page, colofon with the sources, the verantwoording as a bijlage") {
  SiteData s = site();
  s.content.indicators[1].bron = "Iv3";
  s.content.indicators[2].bron = "CBS";
  s.content.indicators[3].bron = "Iv3";  // each source once
  s.content.settings.logo = "beeld/logo.svg";
  s.content.logo = "<svg/>";
  PageBase base;
  base.site.root = "../../";
  base.site.logo = "../../logo.svg";  // as page_view sets it for every page
  base.pagina.titel = "Jeugdhulp in Aa";
  ReportPage r = report_page(s, *s.content.registry.find("GM0001"), nullptr, base);
  r.rapportnummer = "2021-04";
  nlohmann::json j = r.to_json();
  CHECK(j["pagina"]["logo"] == "../../logo.svg");
  CHECK(j["pagina"]["rapportnummer"] == "2021-04");
  CHECK(j["colofon"]["organisatie"] == "Rekenkamer Aa");
  CHECK(j["colofon"]["monitor"] == "Monitor jeugdhulp");
  CHECK(j["colofon"]["bronnen"] == "Iv3; CBS");
  CHECK(j["colofon"]["datum"] == "2021");  // without the report's datum: the editie
  CHECK(j["verantwoording"]["anker"] == "bijlage-");
  CHECK(j["verantwoording"]["indicatoren"][1]["url"] == "../../indicatoren/lasten/index.html");
  CHECK(j["bijlage_verantwoording"] == "Bijlage 1");
  r.datum = "maart 2021";
  r.page.text.bijlagen = 2;  // the text's own bijlagen come first
  j = r.to_json();
  CHECK(j["colofon"]["datum"] == "maart 2021");
  CHECK(j["bijlage_verantwoording"] == "Bijlage 3");
}

TEST_CASE("front page: each card has the report's ondertitel and the first three of its own key figures") {
  SiteData s = site();
  Report aa;
  aa.gemeente = "GM0001";
  aa.doc.slug = "aa";
  aa.doc.front.titel = "Jeugdhulp in Aa";
  aa.doc.front.ondertitel = "Lage lasten, lange wachttijd";
  aa.doc.front.kerncijfers = std::vector<std::string>{"wacht", "lasten", "inwoners", "r0"};
  Report bee;
  bee.gemeente = "GM0002";
  bee.doc.slug = "bee";
  bee.doc.front.titel = "Jeugdhulp in Bee";
  s.content.reports = {aa, bee};
  const std::vector<PageSpec> pages = plan_pages(s);
  REQUIRE(pages.front().kind == PageSpec::Kind::index);
  nlohmann::json j = to_json(page_view(s, pages.front(), pages, nullptr));
  const nlohmann::json& cards = j["site"]["gemeenten"];
  REQUIRE(cards.size() == 2);
  CHECK(cards[0]["naam"] == "Aa");
  CHECK(cards[0]["ondertitel"] == "Lage lasten, lange wachttijd");
  CHECK(cards[1]["ondertitel"] == "");  // the template then shows the titel
  CHECK(cards[1]["titel"] == "Jeugdhulp in Bee");
  // The card's figures are the report's Kerncijfers, in the report's order, as the report shows them.
  const KeyFigures own = key_figures(s, *s.content.registry.find("GM0001"), &aa.doc.front);
  REQUIRE(own.rijen.size() == 4);
  REQUIRE(cards[0]["kerncijfers"]["rijen"].size() == 3);
  for (std::size_t i = 0; i < 3; ++i) CHECK(cards[0]["kerncijfers"]["rijen"][i] == nlohmann::json(own.rijen[i]));
  CHECK(cards[0]["kerncijfers"]["rijen"][1]["waarde"] == "€ 240");
  CHECK(cards[0]["kerncijfers"]["rijen"][1]["nederland"] == "€ 293");
  CHECK(cards[0]["kerncijfers"]["nederland"] == "Nederland");
  // Bee has no choice of its own: spiegel.yaml's default, those with a richting and a figure.
  CHECK(cards[1]["kerncijfers"]["rijen"][0]["indicator"] == "Lasten per inwoner");
  CHECK(j["site"]["aantal_gemeenten_in_woorden"] == "twee");
}

TEST_CASE("the menu has every overview page: aanbevelingen, conclusies and indicatoren") {
  SiteData s = site();
  const std::vector<PageSpec> pages = plan_pages(s);
  nlohmann::json j = to_json(page_view(s, pages.front(), pages, nullptr));
  std::vector<std::string> titles;
  for (const nlohmann::json& item : j["site"]["nav"]) titles.push_back(item["titel"]);
  CHECK(titles == std::vector<std::string>{"Overzicht", "Indicatoren", "Aanbevelingen", "Conclusies"});
  const auto conclusies =
      std::find_if(pages.begin(), pages.end(), [](const PageSpec& p) { return p.kind == PageSpec::Kind::conclusies; });
  REQUIRE(conclusies != pages.end());
  j = to_json(page_view(s, *conclusies, pages, nullptr));
  CHECK(j["site"]["nav"][3] ==
        nlohmann::json{{"titel", "Conclusies"}, {"url", "../conclusies/index.html"}, {"actief", true}});
}

TEST_CASE("a printed report names a group's members up to kPrintedMembers; of a larger group the count") {
  // Gemeente 1…42 and groups of 41 and 40 of them (not all 42: every gemeente is counted anyway).
  std::string registry = "code,naam\n";
  std::string grote, kleine;
  for (std::size_t i = 1; i <= kPrintedMembers + 2; ++i) {
    registry += fmt::format("GM{:04},Gemeente {}\n", i, i);
    if (i <= kPrintedMembers + 1) grote += fmt::format("{}GM{:04}", i > 1 ? ", " : "", i);
    if (i <= kPrintedMembers) kleine += fmt::format("{}GM{:04}", i > 1 ? ", " : "", i);
  }
  SiteData s = prepared(content_from_text({registry,
                                           "groepen:\n  - id: groot\n    naam: Groot\n    leden: [" + grote +
                                               "]\n  - id: klein\n    naam: Klein\n"
                                               "    leden: [" +
                                               kleine + "]\n",
                                           "- id: lasten\n  naam: Lasten\n  eenheid: euro\n",
                                           "gemeente,indicator,periode,waarde,status\nGM0001,lasten,2020,1,\n"}));
  PageBase base;
  base.site.root = "../../";
  const auto groups = report_page(s, *s.content.registry.find("GM0001"), nullptr, base).verantwoording.groepen;
  REQUIRE(groups.size() == 2);
  CHECK(groups[0].naam == "Groot");
  CHECK(groups[0].leden == "41 gemeenten; hun namen staan in de verantwoording op de website");
  CHECK(groups[1].naam == "Klein");
  CHECK(groups[1].leden.starts_with("Gemeente 1, Gemeente 10, "));  // the names, as on the site
  // The site's verantwoording names them all.
  CHECK(verantwoording_context(s, "../").groepen[0].leden.find("Gemeente 41") != std::string::npos);
}
