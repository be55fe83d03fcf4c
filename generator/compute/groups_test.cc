#include "compute/groups.h"

#include <doctest/doctest.h>

#include "load/groups.h"
#include "load/registry.h"

using namespace spiegel;

namespace {

Content registry_content() {
  Content c;
  Diagnostics d;
  c.registry = load_registry(
      "code,naam,inwoners,jeugdregio\nGM0001,Aa,30000,Noord\nGM0002,Bee,45000,Zuid\nGM0003,Cee,60000,Noord\nGM0004,Dee,"
      ",\n",
      "gemeenten.csv", d);
  REQUIRE_FALSE(d.has_errors());
  return c;
}

}  // namespace

TEST_CASE("groups expand: alle, per_kolom, bereik and leden") {
  Content c = registry_content();
  Diagnostics d;
  load_groups(R"(groepen:
  - id: nederland
    naam: Nederland
    alle: true
  - id: jeugdregio
    naam: "Jeugdregio {waarde}"
    per_kolom: jeugdregio
  - id: middelgroot
    naam: 35.000 tot 50.000
    bereik: {kolom: inwoners, van: 35000, tot: 50000}
  - id: duo
    leden: [GM0003, GM0001]
referentiegroepen:
  GM0001: [GM0002, GM0003]
)",
              "groepen.yaml", c, d);
  REQUIRE_FALSE(d.has_errors());
  auto groups = expand_groups(c, d);
  REQUIRE_FALSE(d.has_errors());
  REQUIRE(groups.size() == 5);
  CHECK(groups[0].id == "nederland");
  CHECK(groups[0].members.size() == 4);
  CHECK(groups[1].id == "jeugdregio:Noord");  // sorted by value; Dee has no region and is in none
  CHECK(groups[1].naam == "Jeugdregio Noord");
  CHECK(groups[1].members == std::vector<std::size_t>{0, 2});
  CHECK(groups[2].id == "jeugdregio:Zuid");
  CHECK(groups[3].members == std::vector<std::size_t>{1});  // van <= x < tot
  CHECK(groups[4].members == std::vector<std::size_t>{0, 2});
  CHECK(c.referentiegroepen["GM0001"] == std::vector<std::string>{"GM0002", "GM0003"});
  CHECK(groups_of(groups, 0).size() == 3);
}

TEST_CASE("groups: an unknown column or member is an error with a suggestion") {
  Content c = registry_content();
  Diagnostics d;
  load_groups("groepen:\n  - id: r\n    per_kolom: jeugdrego\n  - id: l\n    leden: [GM0005]\n", "groepen.yaml", c, d);
  REQUIRE_FALSE(d.has_errors());
  expand_groups(c, d);
  REQUIRE(d.count() == 2);
  CHECK(d.all()[0].loc.line == 2);
  CHECK(d.all()[0].suggestion == "jeugdregio");
  CHECK(d.all()[1].message.find("GM0005") != std::string::npos);
}

TEST_CASE("groepen.yaml: a group needs exactly one way of choosing members") {
  Content c = registry_content();
  Diagnostics d;
  load_groups(
      "groepen:\n  - id: a\n    naam: A\n  - id: b\n    alle: true\n    leden: [GM0001]\n  - id: a\n    alle: true\n",
      "groepen.yaml", c, d);
  REQUIRE(d.count() == 3);
  CHECK(d.all()[0].loc.line == 2);
  CHECK(d.all()[1].loc.line == 4);
  CHECK(d.all()[2].message.find("twee keer") != std::string::npos);
}

TEST_CASE("bereik reads a decimal comma in a ;-separated gemeenten.csv, as Excel saves it") {
  Content c;
  Diagnostics d;
  c.registry =
      load_registry("code;naam;oppervlak\nGM0001;Aa;12,5\nGM0002;Bee;30,25\nGM0003;Cee;9,9\n", "gemeenten.csv", d);
  load_groups("groepen:\n  - id: middel\n    naam: Middel\n    bereik: {kolom: oppervlak, van: 10, tot: 30.5}\n",
              "groepen.yaml", c, d);
  auto groups = expand_groups(c, d);
  INFO(d.str());
  REQUIRE_FALSE(d.has_errors());
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].members == std::vector<std::size_t>{0, 1});
}
