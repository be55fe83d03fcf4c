// The view model's structs, made by hand: what a template sees is exactly what
// the struct holds, with no site behind it.
#include <doctest/doctest.h>

#include "assemble/pages.h"
#include "assemble/report_page.h"

using namespace spiegel;
using nlohmann::json;

namespace {

ReportPage sample_report() {
  ReportPage r;
  r.page.site.titel = "Jeugdmonitor";
  r.page.site.organisatie = "Rekenkamer Oost";
  r.page.site.taal = "nl";
  r.page.site.root = "../../";
  r.page.site.css = "../../spiegel.css";
  r.page.site.peilperiode = "2020";
  r.page.site.nav = {{"Overzicht", "../../index.html", false}, {"Indicatoren", "../../indicatoren/index.html", false}};
  r.page.site.aantal_gemeenten = 2;
  r.page.pagina = {"rapport", "gemeenten/aa/index.html", "", "Jeugdhulp in Aa", false, std::nullopt};
  r.ondertitel = "Een onderzoek";
  r.datum = "maart 2021";
  r.gemeente = {"Aa", "GM0001", "aa", false};
  r.kerncijfers.rijen.push_back({"Lasten per inwoner", "lasten", "2020", "€ 240", "€ 270", true});
  return r;
}

}  // namespace

TEST_CASE("view model: a report page made by hand gives the keys the template reads") {
  json j = sample_report().to_json();
  CHECK(j["site"]["titel"] == "Jeugdmonitor");
  CHECK(j["site"]["nav"][1] ==
        json{{"titel", "Indicatoren"}, {"url", "../../indicatoren/index.html"}, {"actief", false}});
  CHECK(j["site"]["gemeenten"] == json::array());
  CHECK(j["site"]["aantal_gemeenten"] == 2);
  CHECK(j["pagina"] == json{{"soort", "rapport"},
                            {"pad", "gemeenten/aa/index.html"},
                            {"canonical", ""},
                            {"titel", "Jeugdhulp in Aa"},
                            {"concept", false},
                            {"ondertitel", "Een onderzoek"},
                            {"datum", "maart 2021"},
                            {"rapportnummer", ""},
                            {"logo", ""},
                            {"zoekindex", false}});
  // The printed report's parts: its colofon and, as the last bijlage, the verantwoording.
  CHECK(j["colofon"]["datum"] == "maart 2021");
  CHECK(j["verantwoording"].contains("indicatoren"));
  CHECK(j["bijlage_verantwoording"] == "Bijlage 1");
  CHECK(j["gemeente"] == json{{"naam", "Aa"}, {"code", "GM0001"}, {"slug", "aa"}, {"geanonimiseerd", false}});
  CHECK(j["kerncijfers"]["heeft_rijen"] == true);
  CHECK(j["kerncijfers"]["nederland"] == "Nederland");
  CHECK(j["kerncijfers"]["rijen"][0] == json{{"indicator", "Lasten per inwoner"},
                                             {"id", "lasten"},
                                             {"periode", "2020"},
                                             {"waarde", "€ 240"},
                                             {"nederland", "€ 270"},
                                             {"voorlopig", true}});
  // A report page without a text (pagina_per_gemeente: alle) has no summary.
  CHECK(j["inhoud"] == "");
  CHECK(j["toc"] == json::array());
  CHECK(j["heeft_toc"] == false);
  CHECK_FALSE(j.contains("samenvatting"));
}

TEST_CASE("view model: a text's table of contents and summary") {
  PageView view = sample_report();
  PageText text;
  text.inhoud = "<h2 id=\"kosten\">Kosten</h2>";
  text.toc = {{"Kosten", "kosten", "1", 2, false}, {"Per jaar", "per-jaar", "1.1", 3, true}};
  Summary s;
  s.conclusies.push_back(
      {"zorg", {{"Conclusie 1", "c1", "#c1", "<p>Te duur.</p>", "zorg", std::nullopt, std::nullopt}}});
  s.normen.push_back(
      {"Norm 1", "n1", "#n1", "<p>Op tijd.</p>", "", std::nullopt, NormVerdict{"deels", "Voldoet deels", "◐"}});
  text.samenvatting = s;
  set_text(view, text);
  json j = to_json(view);
  CHECK(j["inhoud"] == "<h2 id=\"kosten\">Kosten</h2>");
  CHECK(j["heeft_toc"] == true);
  CHECK(j["toc"][1] ==
        json{{"tekst", "Per jaar"}, {"id", "per-jaar"}, {"nummer", "1.1"}, {"niveau", 3}, {"sub", true}});
  const json& sum = j["samenvatting"];
  CHECK(sum["heeft"] == true);
  CHECK(sum["heeft_conclusies"] == true);
  CHECK(sum["heeft_raad"] == false);
  CHECK(sum["conclusies"][0]["heeft_thema"] == true);
  CHECK_FALSE(sum["conclusies"][0]["items"][0].contains("aan"));
  CHECK(sum["normen"][0]["oordeel"] == "deels");
  CHECK(sum["normen"][0]["symbool"] == "◐");
  // An antwoord without a hoofdvraag or anything else makes no summary.
  CHECK(json(Summary{"", "<p>Ja.</p>", {}, {}, {}, {}, {}})["heeft"] == false);
}
