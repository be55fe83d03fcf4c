#include "base/text_normalise.h"

#include <doctest/doctest.h>

using spiegel::normalise_text;
using spiegel::origins_at;

TEST_CASE("normalise_text: case, diacritics, hyphens and line breaks") {
  CHECK(normalise_text("DEVENTER") == "deventer");
  CHECK(normalise_text("Súdwest-Fryslân") == "sudwest fryslan");
  CHECK(normalise_text("Su\xCC\x81"
                       "dwest") == "sudwest");  // decomposed: u + combining acute
  CHECK(normalise_text("Peel en\nMaas") == "peel en maas");
  CHECK(normalise_text("  Peel-en-Maas,\r\n\tof 's-Hertogenbosch?  ") == "peel en maas of s hertogenbosch");
  CHECK(normalise_text("\xC4\xB2sselstein") == "ijsselstein");  // Ĳ
  CHECK(normalise_text("").empty());
  CHECK(normalise_text(" -- ").empty());
}

TEST_CASE("normalise_text: inline tags join a word, other tags separate") {
  // CSS may show the pieces apart: they follow as words of their own.
  CHECK(normalise_text("<p>Dev<em>en</em>ter</p>") == "deventer\ndev en ter");
  CHECK(normalise_text("Dev<strong class=\"x\">en</strong>ter is") == "deventer is\nclass x\ndev en ter");
  CHECK(normalise_text("<span>Deventer</span><span>Zwolle</span>") == "deventerzwolle\ndeventer zwolle");
  CHECK(normalise_text("<td>Deventer</td><td>Zwolle</td>") == "deventer zwolle");
  CHECK(normalise_text("Peel en<br>Maas") == "peel en maas");
  CHECK(normalise_text("a < b en c<5 > 2") == "a b en c 5 2");
  CHECK(normalise_text("x <b") == "x b");  // no '>': an ordinary '<'
}

TEST_CASE("normalise_text: character references, invisible characters and escapes") {
  CHECK(normalise_text("Deven&shy;ter") == "deventer");
  CHECK(normalise_text("Deven&shyter") == "deventer");  // a legacy name without ';', as browsers read it
  CHECK(normalise_text("Dev&#8203;enter") == "deventer");
  CHECK(normalise_text("Dev&#x200B;enter Dev&#X200b;enter") == "deventer deventer");
  CHECK(normalise_text("Deven\xC2\xADter De\xE2\x80\x8Bven\xE2\x80\x8Dter D\xE2\x81\xA0"
                       "e\xEF\xBB\xBFventer") == "deventer deventer deventer");
  CHECK(normalise_text("Frysl&acirc;n &amp; Zw&ouml;lle &eacute;&Eacute;") == "fryslan zwolle ee");
  CHECK(normalise_text("&#68;eventer &#0; &#x110000; &#xD800;") == "deventer");
  CHECK(normalise_text("&unknown; &") == "unknown");
  CHECK(normalise_text("Dev&ZeroWidthSpace;enter") == "deventer");
  CHECK(normalise_text("Den%20Bosch Frysl%C3%A2n 100%") == "den bosch fryslan 100");
  CHECK(normalise_text("5%Ede") == "5 ede");  // %Ed is no valid UTF-8: the '%' stays a '%'
  CHECK(normalise_text(R"("Frysl\u00e2n","Peel en\nMaas","a\/b","\ud83d\ude00x")") == "fryslan peel en maas a b x");
}

TEST_CASE("normalise_text: attributes, comments and scripts are their own segments") {
  CHECK(normalise_text("<a href=\"https://www.deventer.nl/jeugd?q=Den+Bosch\">site</a>") ==
        "site\nhref https www deventer nl jeugd q den bosch");
  CHECK(normalise_text("<img src='Peel%20en%20Maas.png' alt=\"Peel en\nMaas\">") ==
        "src peel en maas png alt peel en maas");
  CHECK(normalise_text("Peel en <!-- Maas --> x") == "peel en x\nmaas");
  CHECK(normalise_text("<script>var a = \"<b>Deventer</b>\";</script><style>p{}</style>ok") ==
        "ok\nvar a b deventer b\np");
  CHECK(normalise_text("<Deventer>") == "deventer");  // not a tag of HTML: its name counts
  CHECK(normalise_text("<?xml version=\"1.0\"?><urlset><url><loc>https://x.nl/gemeenten/deventer/</loc></url>") ==
        "https x nl gemeenten deventer\nxml version 1 0");
}

TEST_CASE("normalise_text: origins point into the input") {
  std::vector<std::size_t> origins;
  const std::string html = "<p>In Dev<em>en</em>ter.</p>\n<a href=\"x\">";
  std::string words = normalise_text(html, &origins);
  REQUIRE(words == "in deventer\ndev en ter\nhref x");
  REQUIRE(origins.size() == words.size());
  CHECK(html[origins[words.find("deventer")]] == 'D');
  CHECK(html.substr(origins[words.find("ter")], 3) == "ter");
  CHECK(html[origins[words.find("x")]] == 'x');
  CHECK(html.substr(origins[words.find("dev en")], 3) == "Dev");
}

TEST_CASE("origins_at gives the origins of a few offsets, as the full list does") {
  const std::string html =
      "<p>Peel en\nMaas, Dev<em>en</em>ter &amp; Frysl&acirc;n</p>\n<a href=\"https://www.deventer.nl\">x</a><!-- Oss "
      "-->";
  std::vector<std::size_t> all;
  const std::string words = normalise_text(html, &all);
  REQUIRE(words == "peel en maas deventer fryslan x\ndev en ter\nhref https www deventer nl\noss");
  std::vector<std::size_t> offsets;
  for (std::size_t k = 0; k < words.size(); k += 3) offsets.push_back(k);
  offsets.push_back(words.size() - 1);
  offsets.push_back(words.find('\n'));
  offsets.push_back(0);  // twice, and out of order
  std::vector<std::size_t> expected;
  for (std::size_t k : offsets) expected.push_back(all[k]);
  CHECK(origins_at(html, words, offsets) == expected);
}

TEST_CASE("origins_at when there is no visible text, only attributes") {
  const std::string html = "<img alt=\"Peel en Maas\" src=\"x.png\"><p{\n>";
  std::vector<std::size_t> all;
  const std::string words = normalise_text(html, &all);
  REQUIRE(words == "alt peel en maas src x png\np");
  std::vector<std::size_t> offsets;
  for (std::size_t k = 0; k < words.size(); ++k) offsets.push_back(k);
  CHECK(origins_at(html, words, offsets) == all);
  CHECK(origins_at("<p{\n>", "p", {0}) == std::vector<std::size_t>{1});
}
