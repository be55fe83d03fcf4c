#include "render/markdown.h"

#include <doctest/doctest.h>

#include "text/shortcode_parser.h"

using namespace spiegel;

namespace {

RenderedMarkdown md(const std::string& text, const std::vector<Fragment>& fragments = {}, bool number = false,
                    bool html = false) {
  std::vector<std::string> taken = {"inhoud"};
  return render_markdown(text, fragments, MarkdownOptions{.allow_html = html, .number_headings = number}, taken);
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

/// The values of every href="…" and src="…" in `html`.
std::vector<std::string> url_attributes(const std::string& html) {
  std::vector<std::string> out;
  for (const std::string attr : {" href=\"", " src=\""})
    for (std::size_t at = html.find(attr); at != std::string::npos; at = html.find(attr, at + 1)) {
      std::size_t from = at + attr.size();
      out.push_back(html.substr(from, html.find('"', from) - from));
    }
  return out;
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

TEST_CASE("raw HTML in a text is left out, each piece a finding, unless the rekenkamer allows it") {
  auto safe = md("<script>alert(1)</script>\n\nTekst <b>vet</b>\n");
  CHECK_FALSE(contains(safe.html, "<script>"));
  CHECK_FALSE(contains(safe.html, "<b>"));
  CHECK(contains(safe.html, "Tekst"));
  REQUIRE(safe.findings.size() == 3);  // the block, <b> and </b>
  for (const MarkdownFinding& f : safe.findings) CHECK(f.kind == MarkdownFinding::Kind::raw_html);
  CHECK(safe.findings[0].line == 1);
  CHECK(safe.findings[1].line == 3);
  CHECK(safe.findings[1].column == 7);
  auto trusted = md("<div class=\"x\">blok</div>\n\nTekst <b>vet</b>\n", {}, false, true);
  CHECK(contains(trusted.html, "<div class=\"x\">blok</div>"));
  CHECK(contains(trusted.html, "<b>vet</b>"));
  CHECK(trusted.findings.empty());
}

TEST_CASE("HTML comments are the writer's notes: never on the page, never a finding") {
  const std::string text =
      "## Inleiding\n\n<!--\n  Schrijf hier de aanleiding.\n-->\n\nTekst <!-- noot --> verder.\n\n"
      "<!-- een --> <!-- twee -->\n";
  for (bool allow_html : {false, true}) {
    auto r = md(text, {}, false, allow_html);
    CHECK_MESSAGE(r.findings.empty(), allow_html);
    CHECK_FALSE(contains(r.html, "<!--"));
    CHECK_FALSE(contains(r.html, "aanleiding"));
    CHECK(contains(r.html, "<p>Tekst  verder.</p>"));
  }
  // An unclosed comment would take the rest of the text with it: not silent.
  auto open = md("Tekst.\n\n<!-- vergeten te sluiten\n\nDe conclusie.\n");
  REQUIRE(open.findings.size() == 1);
  CHECK(open.findings[0].kind == MarkdownFinding::Kind::raw_html);
  CHECK(open.findings[0].line == 3);
}

TEST_CASE("a link or image to a refused scheme is a finding at its line and loses its target") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"[a](javascript:alert(1))", "javascript:alert(1)"},
      {"[a](JaVaScRiPt:alert(1))", "JaVaScRiPt:alert(1)"},
      {"[a](&#106;avascript:alert(1))", "javascript:alert(1)"},
      {"[a](&#x6A;avascript&#58;alert(1))", "javascript:alert(1)"},
      {"[a](vbscript:msgbox)", "vbscript:msgbox"},
      {"[a](data:text/html,<b>x</b>)", "data:text/html,<b>x</b>"},
      {"![a](javascript:alert(1))", "javascript:alert(1)"},
      {"<javascript:alert(1)>", "javascript:alert(1)"},
      {"[a](<  javascript:alert(1)>)", "javascript:alert(1)"},
      {"[a](&#32;javascript:alert(1))", " javascript:alert(1)"},
      {"[a](&#x01;javascript:alert(1))", "\x01javascript:alert(1)"},
      {"[a](java&#9;script:alert(1))", "java\tscript:alert(1)"},
      {"[a](java&#10;script:alert(1))", "java\nscript:alert(1)"},
      {"[a][r]\n\n[r]: javascript:alert(2)", "javascript:alert(2)"},
      {"ftp://ftp.example.nl", "ftp://ftp.example.nl"},  // the GFM autolink extension
      {"| [a](javascript:cel()) |\n|---|\n| x", "javascript:cel()"},
      {"### Kop [a](javascript:kop())", "javascript:kop()"},
  };
  for (const auto& entry : cases) {
    const auto& link = entry.first;
    const auto& url = entry.second;
    CAPTURE(link);
    for (bool allow_html : {false, true}) {  // trusting raw HTML does not make these links safe
      auto r = md("Eerst tekst.\n\n" + link + "\n", {}, false, allow_html);
      REQUIRE(r.findings.size() == 1);
      CHECK(r.findings[0].kind == MarkdownFinding::Kind::disallowed_link);
      CHECK(r.findings[0].url == url);
      CHECK(r.findings[0].line == 3);
      CHECK(url_attributes(r.html) == std::vector<std::string>{""});
    }
  }
  auto r = md("1 [a](javascript:x)\n2 [b](vbscript:y)\n");
  REQUIRE(r.findings.size() == 2);
  CHECK(r.findings[0].column == 3);
  CHECK(r.findings[1].line == 2);
}

TEST_CASE("a refused link's column is where it starts, also where cmark's own position is off or missing") {
  // cmark puts an autolink on a paragraph's later line, or in a quote or list, past where it is,
  // and gives the GFM extension's autolinks no position.
  auto r =
      md("Regel een\nregel twee ftp://ftp.example.nl\nregel drie <javascript:x> [y](javascript:y)\n\n"
         "> quote\n> met <javascript:q>\n\n- item\n  lijst <javascript:l>\n");
  std::vector<std::string> where;
  for (const MarkdownFinding& f : r.findings) where.push_back(std::to_string(f.line) + ":" + std::to_string(f.column));
  CHECK(where == std::vector<std::string>{"2:12", "3:12", "3:27", "6:7", "9:9"});
}

TEST_CASE("links to the web, mail, phone and within the site stay as written") {
  const std::string text =
      "[a](http://cbs.nl) [b](https://www.waarstaatjegemeente.nl/x?y=1) [c](mailto:rk@example.nl) "
      "[d](tel:+31570693911) [e](../x/index.html) [f](#conclusie-1) [g](x.pdf) ![h](grafiek.svg) "
      "<https://cbs.nl/a> www.example.nl rk@example.nl [i](HTTPS://CBS.NL)\n";
  auto r = md(text);
  CHECK(r.findings.empty());
  for (const char* href : {"http://cbs.nl", "https://www.waarstaatjegemeente.nl/x?y=1", "mailto:rk@example.nl",
                           "tel:+31570693911", "../x/index.html", "#conclusie-1", "x.pdf", "https://cbs.nl/a",
                           "http://www.example.nl", "mailto:rk@example.nl", "HTTPS://CBS.NL"})
    CHECK_MESSAGE(contains(r.html, "href=\"" + std::string(href) + "\""), href);
  CHECK(contains(r.html, "src=\"grafiek.svg\""));
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
