#include "search/search_index.h"

#include <doctest/doctest.h>

#include "search/pagefind.h"
#include "text/blocks.h"

using namespace spiegel;

namespace {

Block block(const std::string& kind, int number, const std::string& id, std::map<std::string, std::string> attrs,
            const std::string& html) {
  Block b;
  b.kind = kind;
  b.number = number;
  b.id = id;
  b.attrs = std::move(attrs);
  b.html = html;
  return b;
}

}  // namespace

TEST_CASE("search records: a result per conclusie, aanbeveling and norm, titled as a reader names it") {
  SiteData site;
  Gemeente g;
  g.code = "GM0150";
  g.naam = "Deventer";
  site.content.registry.gemeenten.push_back(g);
  site.content.registry.by_code["GM0150"] = 0;
  const Gemeente* deventer = &site.content.registry.gemeenten.front();
  std::vector<Block> blocks = {
      block("conclusie", 1, "lasten", {{"thema", "de kosten"}}, "<p>De lasten zijn laag.</p>"),
      block("aanbeveling", 2, "a-informatie", {{"aan", "raad"}, {"thema", "de sturing"}},
            "<p><strong>Vraag om cijfers over wachttijden.</strong>\nElk   kwartaal.</p>"),
      block("aanbeveling", 3, "a-daling", {{"aan", "college"}}, "<p>Breng de daling in kaart.</p>"),
      block("norm", 1, "n-toegang", {{"oordeel", "deels"}}, "<p>De toegang is tijdig.</p>"),
      block("kader", 0, "k", {}, "<p>Geen resultaat van zichzelf.</p>")};
  std::vector<TextOutline> outlines = {{nullptr, "gemeenten/deventer/", deventer, nullptr, &blocks},
                                       {nullptr, "verantwoording/", nullptr, nullptr, &blocks}};
  std::vector<SearchRecord> records = search_records(site, outlines);
  // The verantwoording's blocks are no results of their own: conclusies and aanbevelingen belong to reports.
  REQUIRE(records.size() == 4);
  CHECK(records[0].meta.at("title") == "Conclusie 1 — Deventer");
  CHECK(records[1].meta.at("title") == "Aanbeveling 2 — Deventer — aan de raad");
  CHECK(records[2].meta.at("title") == "Aanbeveling 3 — Deventer — aan het college");
  CHECK(records[3].meta.at("title") == "Norm 1 — Deventer — voldoet deels");
  CHECK(records[1].url == "/gemeenten/deventer/index.html#a-informatie");
  CHECK(records[1].content == "Vraag om cijfers over wachttijden. Elk kwartaal.");
  CHECK(records[1].filters.at("soort") == std::vector<std::string>{"Aanbeveling"});
  CHECK(records[1].filters.at("gemeente") == std::vector<std::string>{"Deventer"});
  CHECK(records[1].filters.at("thema") == std::vector<std::string>{"de sturing"});
  CHECK_FALSE(records[2].filters.count("thema"));

  // An anonymised monitor shows the pseudonym, in the title and the filter alike.
  site.pseudonyms["GM0150"] = "Gemeente A";
  records = search_records(site, outlines);
  CHECK(records[1].meta.at("title") == "Aanbeveling 2 — Gemeente A — aan de raad");
  CHECK(records[1].filters.at("gemeente") == std::vector<std::string>{"Gemeente A"});
}

TEST_CASE("text_of_html: the words of Spiegel's own HTML, with its entities read") {
  CHECK(text_of_html("<p>Jeugd &amp; zorg</p><p>&lt;b&gt; is &quot;vet&quot; &#39;hier&#39;</p>") ==
        "Jeugd & zorg <b> is \"vet\" 'hier'");
  CHECK(text_of_html("<ul>\n<li>een</li>\n<li>twee</li>\n</ul>") == "een twee");
  CHECK(text_of_html("<p>een</p><p>twee</p>") == "een twee");
  CHECK(text_of_html("voldoet aan <a href=\"#n-3\">norm 3</a>. <strong>Vet</strong>gedrukt") ==
        "voldoet aan norm 3. Vetgedrukt");
  CHECK(text_of_html("tekst<sup class=\"footnote-ref\"><a href=\"#fn-1\">1</a></sup> verder") == "tekst 1 verder");
  CHECK(text_of_html("a &copy; b") == "a &copy; b");  // one Spiegel never writes stays as it stands
  CHECK(text_of_html("a & b; c") == "a & b; c");      // a bare ampersand is text
  CHECK(text_of_html("tekst <niet gesloten") == "tekst");
  CHECK(text_of_html("") == "");
}

TEST_CASE("search_pages: the marked pages only, without their charts' drawings and tables of numbers") {
  SiteFiles site = {
      {"index.html", "<main id=\"hoofdinhoud\">Voorpagina</main>"},
      {"gemeenten/aa/index.html",
       "<main data-pagefind-body>Tekst <svg viewBox=\"0 0 1 1\"><text>as</text></svg> en <svg><g/></svg>meer"
       "<table>\n<tr><td>240</td></tr></table><figcaption>Tabel 1</figcaption><tablet>blijft</tablet>"
       "<svg><g/></svg><svg><g/></svg>einde</main>"},
      {"spiegel.css", "main { data-pagefind-body: 1 }"},
  };
  std::vector<PagefindPage> pages = search_pages(site);
  REQUIRE(pages.size() == 1);
  CHECK(pages[0].url == "/gemeenten/aa/index.html");
  CHECK(pages[0].html ==
        "<main data-pagefind-body>Tekst  en meer<figcaption>Tabel 1</figcaption><tablet>blijft</tablet>einde</main>");
}
