#include "render/markdown.h"

#include <doctest/doctest.h>

#include "render/shortcode_parser.h"

using namespace spiegel;

namespace {

RenderedMarkdown md(const std::string& text, const std::vector<Fragment>& fragments = {}, bool number = false,
                    bool html = false) {
  std::vector<std::string> taken = {"inhoud"};
  return render_markdown(text, fragments, MarkdownOptions{html, number}, taken);
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("report headings are numbered 1, 1.1 and get stable ids") {
  auto r = md("## Inleiding\n\n### Aanleiding\n\n### Aanpak\n\n## Uitgaven à la carte\n\n## Inhoud\n", {}, true);
  REQUIRE(r.headings.size() == 5);
  CHECK(r.headings[0].number == "1");
  CHECK(r.headings[1].number == "1.1");
  CHECK(r.headings[2].number == "1.2");
  CHECK(r.headings[3].number == "2");
  CHECK(r.headings[3].id == "uitgaven-a-la-carte");
  CHECK(r.headings[4].id == "inhoud-2");  // 'inhoud' is taken by the page itself
  CHECK(contains(r.html, "<h2 id=\"inleiding\"><span class=\"kopnummer\">1</span> Inleiding</h2>"));
  CHECK(contains(r.html, "<h3 id=\"aanleiding\"><span class=\"kopnummer\">1.1</span> Aanleiding</h3>"));
}

TEST_CASE("GFM: tables, strikethrough, autolinks and footnotes") {
  auto r = md("| a | b |\n|---|--:|\n| 1 | 2 |\n\n~~weg~~ https://example.nl\n\nZie noot.[^1]\n\n[^1]: De bron.\n");
  CHECK(contains(r.html, "<div class=\"tabelhouder\" role=\"region\" aria-label=\"Tabel\" tabindex=\"0\">\n<table>"));
  CHECK(contains(r.html, "style=\"text-align: right\""));  // not the obsolete align=
  CHECK(contains(r.html, "<del>weg</del>"));
  CHECK(contains(r.html, "<a href=\"https://example.nl\">"));
  CHECK(contains(r.html, "class=\"footnotes\""));
}

TEST_CASE("raw HTML in a text is left out unless the rekenkamer allows it") {
  auto safe = md("<script>alert(1)</script>\n\nTekst <b>vet</b>\n");
  CHECK_FALSE(contains(safe.html, "<script>"));
  CHECK_FALSE(contains(safe.html, "<b>"));
  CHECK(contains(safe.html, "Tekst"));
  auto trusted = md("Tekst <b>vet</b>\n", {}, false, true);
  CHECK(contains(trusted.html, "<b>vet</b>"));
}

TEST_CASE("shortcode fragments go inline, as blocks, and stay literal in code") {
  std::vector<Fragment> f = {{"6,7%", "6,7%", false, "{{< waarde x >}}"},
                             {"<table class=\"benchmark\"></table>", "", true, "{{< tabel >}}"},
                             {"&lt;Aa&gt;", "<Aa>", false, "{{< gemeente >}}"}};
  std::string text = "Het was " + shortcode_placeholder(0) + ".\n\n" + shortcode_placeholder(1) + "\n\n`" +
                     shortcode_placeholder(0) + "`\n\n## Over " + shortcode_placeholder(2) + "\n";
  auto r = md(text, f);
  CHECK(contains(r.html, "<p>Het was 6,7%.</p>"));
  CHECK(contains(r.html, "<table class=\"benchmark\"></table>"));
  CHECK_FALSE(contains(r.html, "<p><table"));
  CHECK(contains(r.html, "<code>{{&lt; waarde x &gt;}}</code>"));
  CHECK(contains(r.html, "Over &lt;Aa&gt;</h2>"));
  CHECK(r.headings[0].text == "Over <Aa>");
  CHECK(r.headings[0].id == "over-aa");
}
