#include "assemble/edition_nav.h"

#include <doctest/doctest.h>

using namespace spiegel;

TEST_CASE("editions_view links a page to itself in every edition that has it, else to that edition's front page") {
  EditionNav nav;
  nav.editions = {{"2025", "", {"index.html", "gemeenten/aa/index.html", "gemeenten/bee/index.html"}},
                  {"2024", "edities/2024/", {"index.html", "gemeenten/aa/index.html"}},
                  {"2023", "edities/2023/", {"index.html"}}};
  nav.current = 1;
  EditionsView v = editions_view(nav, "gemeenten/aa/index.html");
  CHECK(v.jaar == "2024");
  CHECK_FALSE(v.actueel);
  CHECK(v.actuele_url == "../../../../gemeenten/aa/index.html");
  REQUIRE(v.edities.size() == 3);
  CHECK(v.edities[0].url == "../../../../gemeenten/aa/index.html");
  CHECK(v.edities[0].actueel);
  CHECK(v.edities[1].url == "../../../../edities/2024/gemeenten/aa/index.html");
  CHECK(v.edities[1].huidig);
  CHECK(v.edities[2].url == "../../../../edities/2023/index.html");  // 2023 had no report for Aa
  CHECK_FALSE(v.edities[2].huidig);

  nav.current = 0;
  v = editions_view(nav, "gemeenten/bee/index.html");
  CHECK(v.actueel);
  CHECK(v.edities[0].url == "../../gemeenten/bee/index.html");
  CHECK(v.edities[1].url == "../../edities/2024/index.html");
}
