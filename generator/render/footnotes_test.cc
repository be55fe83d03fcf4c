#include "render/footnotes.h"

#include <doctest/doctest.h>

#include "render/markdown.h"

using namespace spiegel;

namespace {

std::string md(const std::string& text) {
  std::vector<std::string> taken;
  return render_markdown(text, {}, MarkdownOptions{}, taken).html;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = 0; (at = haystack.find(needle, at)) != std::string::npos; at += needle.size()) ++n;
  return n;
}

}  // namespace

TEST_CASE("footnote definitions are found with their continuation lines and end at a block fence") {
  std::string text =
      "Tekst.[^a]\n\n[^a]: Eerste regel\n    tweede regel.\n\n::: conclusie\nZie.[^b]\n\n[^b]: In het blok.\n:::\n\n"
      "[^ongebruikt]: Geen verwijzing.\n";
  Diagnostics d;
  std::string defs = footnote_definitions(text, "g.md", 1, d);
  CHECK_FALSE(d.has_errors());
  CHECK(defs.find("[^a]: Eerste regel\n    tweede regel.\n") != std::string::npos);
  CHECK(defs.find("[^b]: In het blok.\n") != std::string::npos);
  CHECK(defs.find(":::") == std::string::npos);  // the fence stays with its block
  CHECK(defs.find("ongebruikt") == std::string::npos);
}

TEST_CASE("notes are numbered once over all pieces, with unique ids and Dutch back-links") {
  // The text and a block rendered apart, as a report is: both number from 1 in cmark.
  std::string defs = "\n[^bron]: Iv3.\n\n[^def]: Jongeren tot 18 jaar.\n";
  std::string block = md("In het blok.[^def]\n" + defs);
  std::string html = md("Eerst.[^bron]\n\nBLOK\n\nNog eens.[^def]\n" + defs);
  html.replace(html.find("<p>BLOK</p>"), 11, block);
  Footnotes notes = number_footnotes(html);
  REQUIRE(notes.notes.size() == 2);
  CHECK(notes.notes[0].label == "bron");
  CHECK(notes.notes[1].label == "def");
  CHECK(notes.notes[1].references == 2);
  CHECK(html.find("<a href=\"#fn-def\" id=\"fnref-def\" data-footnote-ref>2</a>") != std::string::npos);
  CHECK(html.find("<a href=\"#fn-def\" id=\"fnref-def-2\" data-footnote-ref>2</a>") != std::string::npos);
  CHECK(html.find("class=\"footnotes\"") == std::string::npos);  // taken out, to be placed

  place_footnotes(html, notes, {});
  CHECK(count(html, "class=\"footnotes\"") == 1);
  CHECK(count(html, "<li id=\"fn-def\">") == 1);
  CHECK(html.find("<p>Jongeren tot 18 jaar. <a href=\"#fnref-def\" class=\"footnote-backref\" data-footnote-backref "
                  "aria-label=\"Terug naar de tekst\">↩</a> <a href=\"#fnref-def-2\" class=\"footnote-backref\" "
                  "data-footnote-backref aria-label=\"Terug naar verwijzing 2 in de tekst\">↩<sup>2</sup></a></p>") !=
        std::string::npos);
  CHECK(html.find("Back to content") == std::string::npos);

  std::string copy = block;
  renumber_copy(copy, notes);
  CHECK(copy.find("<a href=\"#fn-def\" data-footnote-ref>2</a>") != std::string::npos);
  CHECK(copy.find("class=\"footnotes\"") == std::string::npos);
}

TEST_CASE("each note goes to the end of the chapter where it is first referenced") {
  std::string html =
      md("## Een\n\nA.[^x]\n\n## Twee\n\nB.[^y] C.[^x]\n\n## Drie\n\nGeen noten.\n\n"
         "[^x]: Noot x.\n\n[^y]: Noot y.\n");
  Footnotes notes = number_footnotes(html);
  place_footnotes(html, notes, {"<h2 id=\"een\">", "<h2 id=\"twee\">", "<h2 id=\"drie\">"});
  std::size_t twee = html.find("<h2 id=\"twee\">"), drie = html.find("<h2 id=\"drie\">");
  std::size_t x = html.find("<li id=\"fn-x\">"), y = html.find("<li id=\"fn-y\">");
  CHECK(x < twee);
  CHECK(y > twee);
  CHECK(y < drie);
  CHECK(html.find("<ol start=\"2\">\n<li id=\"fn-y\">") != std::string::npos);  // numbering runs on
  CHECK(count(html, "class=\"footnotes\"") == 2);
}

TEST_CASE("a reference without a note and a note written twice are errors at their line") {
  Diagnostics d;
  footnote_definitions(
      "Intro.\n\nZie[^bronn] en `[^code]`.\n\n[^bron]: Iv3.\n\n[^bron]: Nog eens.\n\n"
      "```\n[^bron]: in code\n```\n",
      "content/gemeenten/aa.md", 5, d);
  REQUIRE(d.all().size() == 2);
  CHECK(d.all()[0].str() == "content/gemeenten/aa.md:11:1: fout: voetnoot [^bron] heeft al een tekst op regel 9");
  CHECK(d.all()[1].loc.line == 7);
  CHECK(d.all()[1].message == "voetnoot [^bronn] heeft geen tekst — zet in het bestand een regel '[^bronn]: …'");
  CHECK(d.all()[1].suggestion == "bron");
}

TEST_CASE("a note that refers to a note: numbered after the text's notes, references in notes without ids") {
  std::string html = md("Tekst.[^a]\n\n[^a]: Zie ook[^b] en hier[^a].\n\n[^b]: Alleen vanuit een noot.\n");
  Footnotes notes = number_footnotes(html);
  REQUIRE(notes.notes.size() == 2);
  CHECK(notes.notes[1].label == "b");
  CHECK(notes.notes[1].references == 0);
  place_footnotes(html, notes, {});
  CHECK(count(html, "id=\"fnref-a\"") == 1);  // only the text's reference
  CHECK(html.find("<a href=\"#fn-b\" data-footnote-ref>2</a>") != std::string::npos);
  CHECK(html.find("href=\"#fnref-b\"") == std::string::npos);  // no back-link to a reference that is not there
}
