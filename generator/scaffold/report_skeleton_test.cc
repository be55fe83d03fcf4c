#include "scaffold/report_skeleton.h"

#include <doctest/doctest.h>

using namespace spiegel;

namespace {

Content sample() {
  Content c;
  c.settings.titel = "Monitor jeugdhulp: vijf gemeenten vergeleken";
  c.registry.gemeenten = {{"GM0150", "Deventer", "deventer", {}, {}},
                          {"GM0796", "'s-Hertogenbosch", "s-hertogenbosch", {}, {}},
                          {"GM0200", "Apeldoorn", "apeldoorn", {}, {}}};
  for (std::size_t i = 0; i < c.registry.gemeenten.size(); ++i) c.registry.by_code[c.registry.gemeenten[i].code] = i;
  c.referentiegroepen["GM0150"] = {"GM0200", "GM0796"};
  return c;
}

}  // namespace

TEST_CASE("a gemeente is found by code, name or slug, with a suggestion otherwise") {
  Content c = sample();
  CHECK(find_gemeente(c.registry, "GM0150")->naam == "Deventer");
  CHECK(find_gemeente(c.registry, "gm0150")->naam == "Deventer");
  CHECK(find_gemeente(c.registry, "0150")->naam == "Deventer");
  CHECK(find_gemeente(c.registry, "deventer")->code == "GM0150");
  CHECK(find_gemeente(c.registry, "'s-Hertogenbosch")->code == "GM0796");
  CHECK(find_gemeente(c.registry, "s-hertogenbosch")->code == "GM0796");
  CHECK(find_gemeente(c.registry, "Deventr") == nullptr);
  CHECK(find_gemeente(c.registry, "") == nullptr);
  CHECK(suggest_gemeente(c.registry, "Deventr") == "Deventer");
  CHECK(suggest_gemeente(c.registry, "GM0151") == "GM0150");
}

TEST_CASE("a gemeente of the registry is also found by a short code, accents or a common name") {
  Content c = sample();
  CHECK(find_gemeente(c.registry, "150")->naam == "Deventer");
  CHECK(find_gemeente(c.registry, "DEVENTER")->code == "GM0150");
  CHECK(find_gemeente(c.registry, "Dèventer")->code == "GM0150");
  CHECK(find_gemeente(c.registry, "Den Bosch")->code == "GM0796");  // the national list's alias
  CHECK(find_gemeente(c.registry, "Soest") == nullptr);             // national, not in this registry
  CHECK(find_gemeente(c.registry, "GM0342") == nullptr);
  // The suggestion comes from both lists: a typo of a gemeente the project lacks is still recognised.
  CHECK(suggest_gemeente(c.registry, "Soesst") == "Soest");
  CHECK(suggest_gemeente(c.registry, "Den Haga") == "Den Haag");
}

TEST_CASE("the report title follows the monitor's subject") {
  CHECK(report_title("Monitor jeugdhulp: vijf gemeenten vergeleken", "Deventer") == "Jeugdhulp in Deventer");
  CHECK(report_title("Monitor jeugdhulp 2025", "Utrecht") == "Jeugdhulp in Utrecht");
  CHECK(report_title("Monitor Wmo", "Aa") == "Wmo in Aa");
  CHECK(report_title("Rekenkameronderzoek", "Aa") == "Rapport Aa");
  CHECK(report_title("", "Aa") == "Rapport Aa");
}

TEST_CASE("the skeleton has front matter from the registry and every standard section") {
  Content c = sample();
  std::string text = report_skeleton(c, *find_gemeente(c.registry, "Deventer"));
  CHECK(text.starts_with("---\ngemeente: GM0150\ntitel: \"Jeugdhulp in Deventer\"\n"));
  CHECK(text.find("referentiegroep: [GM0200, GM0796]\n") != std::string::npos);
  CHECK(text.find("# referentiegroep uit groepen.yaml: Apeldoorn, 's-Hertogenbosch.") != std::string::npos);
  for (const char* h : {"## Aanleiding en onderzoeksvragen", "## Normenkader", "## Bevindingen", "## Conclusies",
                        "## Aanbevelingen", "## Bestuurlijke reactie", "## Nawoord"})
    CHECK_MESSAGE(text.find(h) != std::string::npos, h);
  // Hints must not be read as shortcodes or blocks by the build.
  CHECK(text.find("{{<") == std::string::npos);
  CHECK(text.find("\n:::") == std::string::npos);
  std::string bosch = report_skeleton(c, *find_gemeente(c.registry, "GM0796"));
  CHECK(bosch.find("titel: \"Jeugdhulp in 's-Hertogenbosch\"") != std::string::npos);
  CHECK(bosch.find("referentiegroep:") == std::string::npos);
}
