#include "text/blocks.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "render/block_html.h"
#include "text/shortcode_parser.h"

using namespace spiegel;

namespace {

BlockScan scan(const std::string& text, Diagnostics& d) { return scan_blocks(text, "g.md", 10, 0, d); }

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("blocks are numbered per kind in order and cross-linked both ways") {
  Diagnostics d;
  BlockScan s = scan(R"(Inleiding.
::: conclusie {#kosten thema=organisatie}
**Kosten stijgen.**
:::
::: conclusie
Tweede.
:::
::: aanbeveling {#monitor aan=raad conclusies=kosten,conclusie-2}
**Monitor.**
:::
::: aanbeveling {aan=college conclusies=kosten}
Plan.
:::
)",
                     d);
  CHECK_FALSE(d.has_errors());
  REQUIRE(s.blocks.size() == 4);
  CHECK(s.blocks[0].number == 1);
  CHECK(s.blocks[0].id == "kosten");
  CHECK(s.blocks[0].attrs["thema"] == "organisatie");
  CHECK(s.blocks[0].loc.line == 11);
  CHECK(s.blocks[1].number == 2);
  CHECK(s.blocks[1].id == "conclusie-2");
  CHECK(s.blocks[2].number == 1);
  CHECK(s.blocks[3].id == "aanbeveling-2");
  CHECK(s.blocks[0].aanbevelingen == std::vector<std::string>{"monitor", "aanbeveling-2"});
  CHECK(s.blocks[1].aanbevelingen == std::vector<std::string>{"monitor"});
  CHECK(s.blocks[0].inner == "**Kosten stijgen.**\n");
  // Each block stands in the text as its own paragraph.
  CHECK(contains(s.text, "Inleiding.\n\n" + shortcode_placeholder(0) + "\n\n"));

  std::string html = block_html(s.blocks[2], s);
  CHECK(contains(html, "id=\"monitor\""));
  CHECK(contains(html, "Aanbeveling 1 · aan de raad"));
  CHECK(
      contains(html, "Gebaseerd op <a href=\"#kosten\">conclusie 1</a> en <a href=\"#conclusie-2\">conclusie 2</a>."));
  CHECK(contains(block_html(s.blocks[0], s),
                 "Leidt tot <a href=\"#monitor\">aanbeveling 1</a> en <a href=\"#aanbeveling-2\">aanbeveling 2</a>."));
}

TEST_CASE("a norm shows its judgement in words and a symbol") {
  Diagnostics d;
  BlockScan s = scan("::: deelvraag {#dv}\nVraag?\n:::\n::: norm {oordeel=voldoet_niet deelvraag=dv}\nNorm.\n:::\n", d);
  CHECK_FALSE(d.has_errors());
  std::string html = block_html(s.blocks[1], s);
  CHECK(contains(html, "Norm 1"));
  CHECK(contains(html, "✘</span> Voldoet niet"));
}

TEST_CASE("block errors name file:line and suggest what was meant") {
  Diagnostics d;
  scan(R"(::: conclusi {#a}
x
:::
::: conclusie {#b}
x
:::
::: conclusie {#b}
x
:::
::: aanbeveling {conclusies=bb}
x
:::
::: aanbeveling {aan=burgemeester}
x
:::
::: norm {oordeel=voldoet deelvraag=dv kleur=rood}
x
:::
:::
::: kader
nooit gesloten
)",
       d);
  std::vector<std::string> messages;
  for (const Diagnostic& x : d.all()) messages.push_back(x.str());
  REQUIRE(d.count() == 9);
  CHECK(d.all()[0].loc.line == 10);
  CHECK(d.all()[0].suggestion == "conclusie");  // unknown kind
  CHECK(contains(messages[1], "aan="));         // aanbeveling without aan
  CHECK(d.all()[1].loc.line == 19);
  CHECK(contains(messages[2], "kies raad|college"));  // aan=burgemeester
  CHECK(contains(messages[3], "onbekend kenmerk 'kleur'"));
  CHECK(d.all()[4].loc.line == 28);  // a ':::' that closes nothing
  CHECK(contains(messages[5], "niet gesloten"));
  CHECK(d.all()[5].loc.line == 29);
  CHECK(contains(messages[6], "al gebruikt op regel 13"));
  CHECK(d.all()[7].suggestion == "b");  // conclusies=bb
  CHECK(contains(messages[8], "onbekende deelvraag 'dv'"));
}

TEST_CASE("':::' inside a code block is text") {
  Diagnostics d;
  BlockScan s = scan("```\n::: conclusie\n```\n", d);
  CHECK_FALSE(d.has_errors());
  CHECK(s.blocks.empty());
}

TEST_CASE("tables and figures are captioned 'Tabel n' and 'Figuur n' with their source") {
  Diagnostics d;
  BlockScan s = scan(
      "::: tabel {#t-lasten titel=\"Lasten per inwoner\" bron=\"Iv3\"}\n| a |\n|---|\n:::\n"
      "::: figuur {titel=Trend}\nx\n:::\n::: tabel\ny\n:::\n",
      d);
  CHECK_FALSE(d.has_errors());
  REQUIRE(s.blocks.size() == 3);
  std::string html = block_html(s.blocks[0], s);
  CHECK(contains(html, "<figcaption>Tabel 1: Lasten per inwoner</figcaption>"));
  CHECK(contains(html, "<p class=\"bron\">Bron: Iv3</p>"));
  CHECK(contains(block_html(s.blocks[1], s), "<figcaption>Figuur 1: Trend</figcaption>"));
  CHECK(block_reference(s.blocks[2]) == "tabel 2");
  CHECK(block_reference(s.blocks[0]) == "tabel 1");
}

TEST_CASE("tables made by shortcodes are numbered with the tabel blocks, in order of appearance") {
  Diagnostics d;
  std::string text =
      "{{< tabel thema=kosten >}}\n\n::: tabel {#eigen titel=\"Eigen\"}\n| a |\n|---|\n| 1 |\n:::\n\n"
      "{{< kenmerken kolommen=toegang id=toegang >}}\n\n{{< tabel thema=kosten id=conclusie >}}\n\n"
      "::: conclusie {#conclusie}\nTekst.\n:::\n";
  ShortcodeScan calls = scan_shortcodes(text, "g.md", 1, d);
  BlockScan s = scan_blocks(calls.text, "g.md", 1, calls.calls.size(), d);
  add_shortcode_blocks(s, calls.calls, d);
  std::vector<std::string> tables;
  for (const Block& b : s.blocks)
    if (b.kind == "tabel") tables.push_back(fmt::format("{} {}", b.number, b.id));
  CHECK(tables == std::vector<std::string>{"1 tabel-1", "2 eigen", "3 toegang", "4 conclusie"});
  REQUIRE(shortcode_block(s, calls.calls[1]) != nullptr);
  CHECK(shortcode_block(s, calls.calls[1])->number == 3);
  // The same id twice is an error, as between blocks.
  REQUIRE(d.all().size() == 1);
  CHECK(d.all()[0].loc.line == 11);
  CHECK(d.all()[0].message.find("de id 'conclusie' is al gebruikt op regel 13") != std::string::npos);
}

TEST_CASE("figures made by grafiek and kaart are numbered with the figuur blocks, apart from the tables") {
  Diagnostics d;
  std::string text =
      "{{< grafiek indicator=a soort=lijn >}}\n\n{{< tabel thema=kosten >}}\n\n::: figuur {titel=Eigen}\nx\n:::\n\n"
      "{{< kaart indicator=a id=kaart-a >}}\n";
  ShortcodeScan calls = scan_shortcodes(text, "g.md", 1, d);
  BlockScan s = scan_blocks(calls.text, "g.md", 1, calls.calls.size(), d);
  add_shortcode_blocks(s, calls.calls, d);
  std::vector<std::string> numbered;
  for (const Block& b : s.blocks) numbered.push_back(fmt::format("{} {} {}", b.kind, b.number, b.id));
  CHECK(numbered ==
        std::vector<std::string>{"figuur 1 figuur-1", "tabel 1 tabel-1", "figuur 2 figuur-2", "figuur 3 kaart-a"});
  REQUIRE(shortcode_block(s, calls.calls[2]) != nullptr);
  CHECK(shortcode_block(s, calls.calls[2])->id == "kaart-a");
  CHECK(d.all().empty());
}

TEST_CASE("block attributes: a tab separates as a space does, as in shortcodes") {
  Diagnostics d;
  BlockScan s = scan("::: conclusie\t{#kosten\tthema=\"de kosten\"}\nTekst.\n:::\n", d);
  CHECK_FALSE(d.has_errors());
  REQUIRE(s.blocks.size() == 1);
  CHECK(s.blocks[0].kind == "conclusie");
  CHECK(s.blocks[0].id == "kosten");
  CHECK(s.blocks[0].attrs["thema"] == "de kosten");
}

TEST_CASE("block attributes: an open quote is an error at the block") {
  Diagnostics d;
  scan("::: conclusie {#kosten thema=\"de kosten}\nTekst.\n:::\n", d);
  CHECK(contains(d.str(), "g.md:10:1: fout: conclusie: aanhalingsteken '\"' wordt niet gesloten"));
}

TEST_CASE("conclusie themes differing only in case or spacing are one theme in the summary, with a warning") {
  Diagnostics d;
  BlockScan s = scan(R"(::: conclusie {thema="De kosten"}
Eerste.
:::
::: conclusie {thema="de  kosten"}
Tweede.
:::
)",
                     d);
  CHECK_FALSE(d.has_errors());
  REQUIRE(s.blocks.size() == 2);
  CHECK(s.blocks[1].attrs.at("thema") == "De kosten");
  REQUIRE(d.warnings().size() == 1);
  CHECK(d.warnings()[0].loc.line == 13);
  CHECK(d.warnings()[0].message ==
        "thema 'de  kosten' geldt als 'De kosten' (alleen hoofdletters of spaties verschillen); schrijf het overal "
        "hetzelfde");
}

TEST_CASE("nummering: hoofdstuk numbers tables and figures within their chapter, ids unchanged") {
  Diagnostics d;
  // File lines from 10: the chapters (headings) stand on lines 11 and 20.
  BlockScan s = scan(
      "::: tabel {titel=Vooraf}\nx\n:::\n"           // lines 10-12: before the first chapter
      "::: tabel {titel=Eerste}\ny\n:::\n"           // 13: chapter 1
      "::: figuur {titel=Trend}\nz\n:::\n"           // 16: chapter 1
      "::: tabel {#laatste titel=Derde}\nw\n:::\n",  // 19: chapter 2
      d);
  REQUIRE(s.blocks.size() == 4);
  number_per_chapter(s, {11, 19});
  CHECK(block_title(s.blocks[0]) == "Tabel 1");
  CHECK(block_title(s.blocks[1]) == "Tabel 1.1");
  CHECK(block_title(s.blocks[2]) == "Figuur 1.1");
  CHECK(block_title(s.blocks[3]) == "Tabel 2.1");
  CHECK(block_reference(s.blocks[3]) == "tabel 2.1");
  CHECK(contains(block_html(s.blocks[1], s), "<figcaption>Tabel 1.1: Eerste</figcaption>"));
  // Links into the report keep working whichever numbering the monitor chooses.
  CHECK(s.blocks[1].id == "tabel-2");
  CHECK(s.blocks[3].id == "laatste");
}
