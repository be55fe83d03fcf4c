#include "load/indicators.h"

#include <doctest/doctest.h>

using namespace spiegel;

TEST_CASE("indicatoren.yaml: a full definition") {
  Diagnostics d;
  auto list = load_indicators(R"(- id: jeugdhulp_pct
  naam: Jongeren met jeugdhulp
  eenheid: procent
  decimalen: 1
  richting: lager_is_beter
  teller: jongeren_jeugdhulp
  noemer: jongeren
  factor: 100
  tolerantie: 0.1
- id: jongeren_jeugdhulp
  naam: Jongeren met jeugdhulp (aantal)
  eenheid: aantal
  aggregatie: som
)",
                              "indicatoren.yaml", d);
  CHECK_FALSE(d.has_errors());
  REQUIRE(list.size() == 2);
  CHECK(list[0].eenheid == Unit::procent);
  CHECK(list[0].decimalen == 1);
  CHECK(list[0].richting == Direction::lager_is_beter);
  CHECK(list[0].aggregatie == Aggregation::ratio);  // a ratio indicator aggregates as a ratio by default
  CHECK(list[0].factor == 100);
  CHECK(list[0].tolerantie == doctest::Approx(0.1));
  CHECK(list[0].loc.line == 1);
  CHECK(list[1].aggregatie == Aggregation::som);
  CHECK(list[1].loc.line == 10);
}

TEST_CASE("indicatoren.yaml: wrong values are reported at their line with a suggestion") {
  Diagnostics d;
  load_indicators(R"(- id: a
  naam: A
  eenheid: procnt
- id: a
  naam: A again
  eenheid: euro
  richting: hoger
  aggregatie: ratio
  kleur: rood
)",
                  "indicatoren.yaml", d);
  REQUIRE(d.count() == 5);
  CHECK(d.all()[0].loc.line == 3);
  CHECK(d.all()[0].suggestion == "procent");
  CHECK(d.all()[1].message.find("twee keer") != std::string::npos);
  CHECK(d.all()[2].loc.line == 7);                                // richting: hoger
  CHECK(d.all()[3].message.find("teller") != std::string::npos);  // ratio without teller/noemer
  CHECK(d.all()[4].loc.line == 9);
  CHECK(d.all()[4].message.find("onbekende sleutel 'kleur'") != std::string::npos);
}

TEST_CASE("indicatoren.yaml: decimalen is a whole number, whatever else is written") {
  for (const char* value : {"twee", "1.5", "99999999999"}) {
    Diagnostics d;
    load_indicators(std::string("- id: a\n  naam: A\n  eenheid: euro\n  decimalen: ") + value + "\n",
                    "indicatoren.yaml", d);
    REQUIRE(d.count() == 1);
    CHECK(d.all()[0].loc.line == 4);
    CHECK(d.all()[0].message == std::string("'decimalen' moet een geheel getal zijn, zoals 2, niet '") + value + "'");
  }
}

TEST_CASE("indicatoren.yaml: ids are lower case, and the file is a list") {
  Diagnostics d;
  load_indicators("- id: Lasten Per Inwoner\n  naam: x\n  eenheid: euro\n", "indicatoren.yaml", d);
  REQUIRE(d.count() == 1);
  CHECK(d.all()[0].message.find("ongeldige indicator-id") != std::string::npos);

  Diagnostics not_list;
  load_indicators("id: a\n", "indicatoren.yaml", not_list);
  REQUIRE(not_list.count() == 1);
  CHECK(not_list.all()[0].message.find("lijst") != std::string::npos);
}

TEST_CASE("indicatoren.yaml: themes differing only in case or spacing are merged, the first spelling wins") {
  Diagnostics d;
  auto list = load_indicators(R"(- id: a
  naam: A
  eenheid: euro
  thema: De kosten
- id: b
  naam: B
  eenheid: euro
  thema: de kosten
)",
                              "indicatoren.yaml", d);
  CHECK_FALSE(d.has_errors());
  REQUIRE(list.size() == 2);
  CHECK(list[1].thema == "De kosten");
  REQUIRE(d.warnings().size() == 1);
  CHECK(d.warnings()[0].loc.line == 8);
  CHECK(d.warnings()[0].message.find("'de kosten' geldt als 'De kosten'") != std::string::npos);
}

TEST_CASE("indicatoren.yaml: a placeholder of spiegel import left in a text a reader sees is an error at its line") {
  Diagnostics d;
  load_indicators("- id: a\n  naam: Een\n  eenheid: aantal\n  definitie: \"VUL IN: wat de kolom meet\"\n",
                  "indicatoren.yaml", d);
  CHECK(d.count() == 1);
  CHECK(d.str().find("indicatoren.yaml:4:") != std::string::npos);
  CHECK(d.str().find("'definitie' is nog niet ingevuld") != std::string::npos);
  Diagnostics ok;
  load_indicators("- id: a\n  naam: Een\n  eenheid: aantal\n  definitie: Het aantal, VUL IN komt hier niet voor\n",
                  "indicatoren.yaml", ok);
  CHECK_FALSE(ok.has_errors());
}
