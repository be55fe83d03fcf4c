#include "assemble/indicator_page.h"

#include <doctest/doctest.h>

#include "assemble/verantwoording.h"
#include "content_from_text.h"

using namespace spiegel;
using nlohmann::json;
using spiegel::testing::content_from_text;
using spiegel::testing::prepared;

namespace {

SiteData site() {
  Content c = content_from_text(
      {"code,naam,regio\nGM0001,Aa,Noord\nGM0002,Bee,Noord\nGM0003,Cee,Zuid\n",
       "groepen:\n  - id: nederland\n    naam: Nederland\n    alle: true\n"
       "  - id: regio\n    naam: \"Regio {waarde}\"\n    per_kolom: regio\n",
       "- id: t\n  naam: Jongeren met hulp (aantal)\n  eenheid: aantal\n  aggregatie: som\n"
       "- id: n\n  naam: Jongeren\n  eenheid: aantal\n  aggregatie: som\n"
       "- id: pct\n  naam: Jongeren met hulp\n  eenheid: procent\n  decimalen: 1\n  teller: t\n  noemer: n\n"
       "  factor: 100\n  richting: lager_is_beter\n",
       "gemeente,indicator,periode,waarde,status\n"
       "GM0001,t,2019,10,\nGM0001,n,2019,100,\nGM0001,t,2020,12,\nGM0001,n,2020,100,\n"
       "GM0002,t,2020,30,\nGM0002,n,2020,200,\nGM0003,t,2020,,geheim\nGM0003,n,2020,50,\n"
       "regio:Zuid,pct,2020,9.9,\n"});
  c.settings.peilperiode = parse_period("2020");
  c.settings.basisperiode = parse_period("2019");
  return prepared(std::move(c));
}

}  // namespace

TEST_CASE("indicator page: all gemeenten ranked, the geheim one last; group figures with their origin") {
  SiteData s = site();
  json ctx = indicator_context(s, *s.content.indicator("pct"), "../../", nullptr);
  CHECK(ctx["periode"] == "2020");
  CHECK(ctx["berekening"] == "Jongeren met hulp (aantal) gedeeld door Jongeren × 100.");
  const json& rows = ctx["rijen"];
  REQUIRE(rows.size() == 3);
  // Bee 30/200 = 15,0%; Aa 12/100 = 12,0%; Cee geheim.
  CHECK(rows[0]["naam"] == "Bee");
  CHECK(rows[0]["rang"] == "1");
  CHECK(rows[0]["waarde"] == "15,0%");
  CHECK(rows[1]["naam"] == "Aa");
  CHECK(rows[1]["verandering_vorige"] == "+2,0 procentpunt");  // 12,0 − 10,0
  CHECK(rows[2]["naam"] == "Cee");
  CHECK(rows[2]["rang"] == "");
  CHECK(rows[2]["waarde"] == "x");
  CHECK(ctx["aantal_met_waarde"] == 2);
  // Nederland: (12 + 30) / (100 + 200) × 100 = 14,0, Cee left out; Aa against it is gunstiger (lager is beter).
  const json& groups = ctx["groepen"];
  CHECK(groups[0]["naam"] == "Nederland");
  CHECK(groups[0]["waarde"] == "14,0%");
  CHECK(groups[0]["herkomst"] == "berekend over 2 van de 3 gemeenten");
  CHECK(rows[1]["oordeel"] == "gunstiger");
  bool zuid = false;
  for (const json& g : groups)
    if (g["naam"] == "Regio Zuid") zuid = g["herkomst"] == "bron";
  CHECK(zuid);
}

TEST_CASE("verantwoording: every indicator and group, the page found by name or front matter") {
  SiteData s = site();
  json v = verantwoording_context(s, "../");
  CHECK(v["indicatoren"].size() == 3);
  CHECK(v["indicatoren"][2]["url"] == "../indicatoren/pct/index.html");
  CHECK(v["groepen"][1]["naam"] == "Regio Noord");
  CHECK(v["groepen"][1]["leden"] == "Aa, Bee");
  CHECK(v["open_data"][2]["url"] == "../data/benchmark.csv");
  Document d;
  d.slug = "verantwoording";
  CHECK(is_verantwoording(d));
  d.slug = "methode";
  CHECK_FALSE(is_verantwoording(d));
  d.front.verantwoording = true;
  CHECK(is_verantwoording(d));
  d.slug = "verantwoording";  // `verantwoording: false` turns the name's default off
  d.front.verantwoording = false;
  CHECK_FALSE(is_verantwoording(d));
}

TEST_CASE("indicator page: the rank says over how many gemeenten; no decile below 30, with the reason") {
  SiteData s = site();
  json ctx = indicator_context(s, *s.content.indicator("pct"), "../../", nullptr);
  CHECK(ctx["rijen"][0]["deciel"] == "–");  // Bee is first of two: once "deciel 10"
  CHECK(ctx["rang_uitleg"] ==
        "Rang: de plaats onder de twee gemeenten met een cijfer over 2020, 1 voor het hoogste cijfer; gelijke cijfers "
        "delen een rang.");
  CHECK(ctx["deciel_uitleg"] == "Deciel: pas vanaf 30 gemeenten met een cijfer; hier 2.");
  Indicator in_deciles;
  in_deciles.eenheid = Unit::deciel;
  CHECK(decile_explanation(in_deciles, 2).starts_with("Deciel: het cijfer zelf, zoals de bron het berekende"));
  CHECK(decile_explanation(*s.content.indicator("pct"), 342) ==
        "Deciel: over deze 342 gemeenten; deciel 10 bevat de hoogste cijfers.");
}

TEST_CASE("verantwoording: per indicator over how many gemeenten rank and decile were taken") {
  SiteData s = site();
  json v = verantwoording_context(s, "../");
  CHECK(v["deciel_vanaf"] == 30);
  CHECK(v["gemeenten"] == "drie");  // in a sentence: "over de drie gemeenten van de monitor"
  CHECK(v["indicatoren"][2]["rangorde"] ==
        "Rang over 2 gemeenten met een cijfer over 2020; geen deciel (pas vanaf 30 gemeenten met een cijfer).");
}
