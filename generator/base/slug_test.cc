#include "base/slug.h"

#include <doctest/doctest.h>

#include <set>

#include "base/diagnostics.h"
#include "base/file_io.h"
#include "load/csv_reader.h"

using spiegel::slugify;

TEST_CASE("slugify: namen uit het ontwerp") {
  CHECK(slugify("'s-Hertogenbosch") == "s-hertogenbosch");
  CHECK(slugify("Súdwest-Fryslân") == "sudwest-fryslan");
  CHECK(slugify("Noardeast-Fryslân") == "noardeast-fryslan");
  CHECK(slugify("Peel en Maas") == "peel-en-maas");
  CHECK(slugify("Bergen (NH.)") == "bergen-nh");
  CHECK(slugify("Bergen (L.)") == "bergen-l");
  CHECK(slugify("De Bilt") == "de-bilt");
}

TEST_CASE("slugify: diacrieten, hoofdletters en de ĳ") {
  CHECK(slugify("ÁÀÂÄÃÅ áàâäãå") == "aaaaaa-aaaaaa");
  CHECK(slugify("ÉÈÊË éèêë ÍÌÎÏ íìîï") == "eeee-eeee-iiii-iiii");
  CHECK(slugify("ÓÒÔÖÕ óòôöõ ÚÙÛÜ úùûü") == "ooooo-ooooo-uuuu-uuuu");
  CHECK(slugify("Ý ý ÿ Ç ç Ñ ñ") == "y-y-y-c-c-n-n");
  CHECK(slugify("Ĳsselstein") == "ijsselstein");
  CHECK(slugify("ĳs") == "ijs");
  // Decomposed (NFD) input, as macOS produces: u + combining acute.
  CHECK(slugify("Su\u0301dwest") == "sudwest");
}

TEST_CASE("slugify: scheidingstekens") {
  CHECK(slugify("  Gemeente -- 'Test'  ") == "gemeente-test");
  CHECK(slugify("Nuenen, Gerwen en Nederwetten") == "nuenen-gerwen-en-nederwetten");
  CHECK(slugify("a\xE2\x80\x99s") == "a-s");  // typographic apostrophe
  CHECK(slugify("a\xFFz") == "a-z");          // invalid UTF-8 separates, does not vanish silently
  CHECK(slugify("2 × 3") == "2-3");
  CHECK(slugify("???") == "");
  CHECK(slugify("") == "");
}

TEST_CASE("slugify: alle 342 gemeenten van 2024 geven een unieke, geldige slug") {
  std::string text =
      spiegel::read_file(SPIEGEL_SOURCE_DIR "/tests/fixtures/gemeenten-2024/gemeenten_2024.csv", "gemeenten_2024.csv");
  spiegel::Diagnostics diags;
  auto table = spiegel::csv::parse(text, "gemeenten_2024.csv", diags);
  REQUIRE(table);
  REQUIRE_FALSE(diags.has_errors());
  int naam = table->column("statnaam");
  REQUIRE(naam >= 0);
  CHECK(table->rows.size() == 342);
  std::set<std::string> seen;
  for (const auto& row : table->rows) {
    std::string slug = slugify(row.cells[naam]);
    INFO(row.cells[naam], " → ", slug);
    CHECK_FALSE(slug.empty());
    CHECK(slug.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string::npos);
    CHECK(slug.front() != '-');
    CHECK(slug.back() != '-');
    CHECK(slug.find("--") == std::string::npos);
    CHECK(seen.insert(slug).second);
  }
  CHECK(seen.size() == 342);
}
