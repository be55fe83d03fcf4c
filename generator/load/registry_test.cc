#include "load/registry.h"

#include <doctest/doctest.h>

using spiegel::Diagnostics;
using spiegel::load_registry;

TEST_CASE("registry: gemeenten met vrije kolommen") {
  Diagnostics d;
  auto reg = load_registry(
      "code,naam,inwoners,grootteklasse,jeugdregio\n"
      "GM0310,De Bilt,43400,20.000-50.000,Zuidoost-Utrecht\n"
      "GM1900,Súdwest-Fryslân,91000,50.000-100.000,\n"
      "GM0796,'s-Hertogenbosch,160000,100.000-250.000,Noordoost Brabant\n",
      "content/gemeenten.csv", d);
  CHECK_FALSE(d.has_errors());
  CHECK(reg.columns == std::vector<std::string>{"code", "naam", "inwoners", "grootteklasse", "jeugdregio"});
  REQUIRE(reg.gemeenten.size() == 3);
  const auto* bilt = reg.find("GM0310");
  REQUIRE(bilt);
  CHECK(bilt->naam == "De Bilt");
  CHECK(bilt->slug == "de-bilt");
  CHECK(bilt->kolommen.at("inwoners") == "43400");
  CHECK(bilt->kolommen.at("code") == "GM0310");
  CHECK(bilt->loc.file == "content/gemeenten.csv");
  CHECK(bilt->loc.line == 2);
  CHECK(reg.find("GM1900")->slug == "sudwest-fryslan");
  CHECK(reg.find("GM1900")->kolommen.at("jeugdregio") == "");
  CHECK(reg.find("GM0796")->slug == "s-hertogenbosch");
  CHECK(reg.gemeenten[2].code == "GM0796");  // file order
}

TEST_CASE("registry: Excel-bestand met puntkomma, BOM en lege kolom achteraan") {
  Diagnostics d;
  auto reg = load_registry(
      "\xEF\xBB\xBF"
      "code;naam;provincie;\r\nGM0820;Nuenen, Gerwen en Nederwetten;Noord-Brabant;\r\n",
      "g.csv", d);
  CHECK_FALSE(d.has_errors());
  REQUIRE(reg.gemeenten.size() == 1);
  CHECK(reg.gemeenten[0].slug == "nuenen-gerwen-en-nederwetten");
  CHECK(reg.columns.size() == 3);
  CHECK(reg.gemeenten[0].kolommen.size() == 3);
}

TEST_CASE("registry: ontbrekende kolom met suggestie") {
  Diagnostics d;
  auto reg = load_registry("Code,naaam\nGM0310,De Bilt\n", "g.csv", d);
  CHECK(reg.gemeenten.empty());
  REQUIRE(d.count() == 2);
  CHECK(d.all()[0].loc.line == 1);
  CHECK(d.all()[0].loc.column == 1);
  CHECK(d.all()[0].message.find("kolom 'code' ontbreekt") != std::string::npos);
  CHECK(d.all()[0].suggestion == "code");
  CHECK(d.all()[1].loc.column == 6);
  CHECK(d.all()[1].message.find("'naaam'") != std::string::npos);
  CHECK(d.all()[1].suggestion == "naam");
}

TEST_CASE("registry: ontbrekende kolom zonder gelijkende naam noemt de kolommen") {
  Diagnostics d;
  load_registry("statcode,statnaam\nGM0310,De Bilt\n", "g.csv", d);
  REQUIRE(d.count() == 2);
  CHECK(d.all()[0].message.find("statcode, statnaam") != std::string::npos);
}

TEST_CASE("registry: ongeldige gemeentecode") {
  Diagnostics d;
  auto reg = load_registry("naam,code\nA,GM31\nB,gm0150\nC,310\nD,GM0200\n", "g.csv", d);
  REQUIRE(d.count() == 3);
  CHECK(d.all()[0].loc.line == 2);
  CHECK(d.all()[0].loc.column == 3);
  CHECK(d.all()[0].message == "ongeldige gemeentecode 'GM31' — verwacht GM gevolgd door vier cijfers");
  CHECK(d.all()[0].suggestion == "GM0031");
  CHECK(d.all()[1].suggestion == "GM0150");
  CHECK(d.all()[2].suggestion == "GM0310");
  REQUIRE(reg.gemeenten.size() == 1);
  CHECK(reg.gemeenten[0].code == "GM0200");
}

TEST_CASE("registry: dubbele code noemt beide regels") {
  Diagnostics d;
  auto reg = load_registry("code,naam\nGM0310,De Bilt\nGM0150,Deventer\nGM0310,Bilt\n", "g.csv", d);
  REQUIRE(d.count() == 1);
  CHECK(d.all()[0].loc.line == 4);
  CHECK(d.all()[0].message.find("'GM0310'") != std::string::npos);
  CHECK(d.all()[0].message.find("regel 2") != std::string::npos);
  CHECK(reg.gemeenten.size() == 2);
  CHECK(reg.find("GM0310")->naam == "De Bilt");
}

TEST_CASE("registry: lege naam en dezelfde slug") {
  Diagnostics d;
  auto reg = load_registry("code,naam\nGM0001,Bergen (L.)\nGM0002,\nGM0003,Bergen L\nGM0004,--\n", "g.csv", d);
  REQUIRE(d.count() == 3);
  CHECK(d.all()[0].loc.line == 3);
  CHECK(d.all()[0].message.find("lege naam") != std::string::npos);
  CHECK(d.all()[1].loc.line == 4);
  CHECK(d.all()[1].message.find("'bergen-l'") != std::string::npos);
  CHECK(d.all()[1].message.find("regel 2") != std::string::npos);
  CHECK(d.all()[2].loc.line == 5);
  // Still in the registry, so references by code do not fail as well.
  CHECK(reg.gemeenten.size() == 4);
  CHECK(reg.find("GM0002")->slug == "gm0002");
}

TEST_CASE("registry: waarde in een kolom zonder naam") {
  Diagnostics d;
  load_registry("code;naam;\nGM0310;De Bilt;oeps\n", "g.csv", d);
  REQUIRE(d.count() == 1);
  CHECK(d.all()[0].loc.line == 2);
  CHECK(d.all()[0].loc.column == 16);
}
