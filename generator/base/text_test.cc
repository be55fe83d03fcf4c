#include "base/text.h"

#include <doctest/doctest.h>

using spiegel::plural;
using spiegel::split_quoted_words;
using spiegel::trim;
using Words = std::vector<std::string>;

TEST_CASE("plural: one is singular, every other count plural, thousands with a point") {
  CHECK(plural(1, "lege cel", "lege cellen") == "1 lege cel");
  CHECK(plural(2, "lege cel", "lege cellen") == "2 lege cellen");
  CHECK(plural(0, "rij", "rijen") == "0 rijen");
  CHECK(plural(1234, "rij", "rijen") == "1.234 rijen");
}

TEST_CASE("trim: spaces, tabs and line ends at both ends go, inside stays") {
  CHECK(trim("  Peel en Maas\t\r\n") == "Peel en Maas");
  CHECK(trim("\r\nGM0150") == "GM0150");
  CHECK(trim("a  b") == "a  b");
  CHECK(trim(" \t\r\n ") == "");
  CHECK(trim("") == "");
  CHECK(trim("\xC2\xA0x") == "\xC2\xA0x");  // a no-break space is text, not layout
}

TEST_CASE("split_quoted_words: spaces and tabs separate, quotes hold them") {
  CHECK(split_quoted_words("waarde lasten periode=2020") == Words{"waarde", "lasten", "periode=2020"});
  CHECK(split_quoted_words("#kosten\taan=raad \t thema=\"de kosten\"") ==
        Words{"#kosten", "aan=raad", "thema=de kosten"});
  CHECK(split_quoted_words("titel=\"a\tb\"") == Words{"titel=a\tb"});
  CHECK(split_quoted_words("a\"b c\"d") == Words{"ab cd"});
  CHECK(split_quoted_words("leeg=\"\"") == Words{"leeg="});
  CHECK(split_quoted_words(" \t ") == Words{});
  CHECK(split_quoted_words("") == Words{});
}

TEST_CASE("split_quoted_words: an unclosed quote is no split") {
  CHECK_FALSE(split_quoted_words("titel=\"De kosten").has_value());
  CHECK_FALSE(split_quoted_words("\"").has_value());
}

TEST_CASE("number_in_words: words up to twenty, digits above") {
  CHECK(spiegel::number_in_words(0) == "nul");
  CHECK(spiegel::number_in_words(1) == "één");  // the numeral, not the article
  CHECK(spiegel::number_in_words(6) == "zes");
  CHECK(spiegel::number_in_words(12) == "twaalf");
  CHECK(spiegel::number_in_words(20) == "twintig");
  CHECK(spiegel::number_in_words(21) == "21");
  CHECK(spiegel::number_in_words(342) == "342");
}

TEST_CASE("list_in_words: commas, and 'en' before the last") {
  CHECK(spiegel::list_in_words({}) == "");
  CHECK(spiegel::list_in_words({"Deventer"}) == "Deventer");
  CHECK(spiegel::list_in_words({"Deventer", "Zwolle"}) == "Deventer en Zwolle");
  CHECK(spiegel::list_in_words({"A", "B", "C"}) == "A, B en C");
}

TEST_CASE("dutch_date writes jjjj-mm-dd as a reader reads it, and leaves anything else") {
  CHECK(spiegel::dutch_date("2024-03-01") == "1 maart 2024");
  CHECK(spiegel::dutch_date("2021-12-31") == "31 december 2021");
  CHECK(spiegel::dutch_date("maart 2021") == "maart 2021");
  CHECK(spiegel::dutch_date("2024-13-01") == "2024-13-01");
}
