#include "assemble/edition_changes.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "content_from_text.h"

using namespace spiegel;
using spiegel::testing::content_from_text;
using spiegel::testing::prepared;

namespace {

/// Aa, Bee, Cee and Dee with lasten in `jaar`; Nederland 250 from the source.
SiteData edition(const std::string& jaar, int aa, int bee, int cee, int dee) {
  std::string data = "gemeente,indicator,periode,waarde,status\n";
  for (auto [code, v] : {std::pair{"GM0001", aa}, {"GM0002", bee}, {"GM0003", cee}, {"GM0004", dee}})
    data += fmt::format("{},lasten,{},{},\n", code, jaar, v);
  data += "nederland,lasten," + jaar + ",250,\n";
  Content c = content_from_text(
      {"code,naam\nGM0001,Aa\nGM0002,Bee\nGM0003,Cee\nGM0004,Dee\n",
       "groepen:\n  - id: nederland\n    naam: Nederland\n    alle: true\n    berekenen: false\n",
       "- id: lasten\n  naam: Lasten per inwoner\n  eenheid: euro\n  richting: lager_is_beter\n", data});
  return prepared(std::move(c));
}

}  // namespace

TEST_CASE("edition_changes: a changed position beside Nederland and a move in rank, each edition in its own period") {
  // 2020: Dee 400, Cee 300, Bee 200, Aa 100: Aa is fourth, and lower than Nederland (250).
  // 2021: Cee 300, Aa 260, Bee 200, Dee 50: Aa is second, and within 5% of 250: comparable.
  const SiteData before = edition("2020", 100, 200, 300, 400), now = edition("2021", 260, 200, 300, 50);
  EditionChanges c = edition_changes(before, "2020", now, "GM0001", "../../");
  CHECK(c.editie == "2020");
  REQUIRE(c.oordeel.size() == 1);
  CHECK(c.oordeel[0].indicator == "Lasten per inwoner");
  CHECK(c.oordeel[0].url == "../../indicatoren/lasten/index.html");
  CHECK(c.oordeel[0].positie_voor == "lager dan Nederland");
  CHECK(c.oordeel[0].positie_nu == "vergelijkbaar met Nederland");
  CHECK(c.oordeel[0].waarde_voor == "€ 100 (2020)");
  CHECK(c.oordeel[0].waarde_nu == "€ 260 (2021)");
  REQUIRE(c.rang.size() == 1);
  CHECK(c.rang[0].rang_tekst == "van plaats 4 van 4 naar 2 van 4");

  // Bee stays third and lower than Nederland: nothing to say.
  EditionChanges bee = edition_changes(before, "2020", now, "GM0002", "");
  CHECK(bee.oordeel.empty());
  CHECK(bee.rang.empty());
  CHECK(nlohmann::json(bee)["leeg"] == true);
}
