#include "load/document.h"

#include <doctest/doctest.h>

using namespace spiegel;

TEST_CASE("front matter is split off and the body knows its first line") {
  Diagnostics d;
  Document doc = load_document("---\ngemeente: GM0150\ntitel: \"Jeugd & zorg\"\n---\n## Kop\n", "g/deventer.md", "deventer", d);
  CHECK_FALSE(d.has_errors());
  CHECK(doc.front["titel"] == "Jeugd & zorg");
  CHECK(doc.front_lines["titel"] == 3);
  CHECK(doc.body == "## Kop\n");
  CHECK(doc.body_line == 5);
}

TEST_CASE("a file without front matter is all body; CRLF and a BOM are fine") {
  Diagnostics d;
  Document plain = load_document("Tekst\n", "p.md", "p", d);
  CHECK(plain.body == "Tekst\n");
  CHECK(plain.body_line == 1);
  Document crlf = load_document("\xEF\xBB\xBF---\r\ntitel: T\r\n---\r\nTekst\r\n", "p.md", "p", d);
  CHECK_FALSE(d.has_errors());
  CHECK(crlf.front["titel"] == "T");
  CHECK(crlf.body_line == 4);
}

TEST_CASE("an unclosed front matter and broken YAML are errors with a line") {
  Diagnostics d;
  load_document("---\ntitel: T\nTekst\n", "p.md", "p", d);
  REQUIRE(d.count() == 1);
  CHECK(d.all()[0].message.find("niet afgesloten") != std::string::npos);

  Diagnostics yaml;
  load_document("---\ntitel: T\nfoo: [\n---\nx\n", "p.md", "p", yaml);
  REQUIRE(yaml.count() == 1);
  CHECK(yaml.all()[0].loc.line >= 3);
}

TEST_CASE("a report needs its gemeente code") {
  Diagnostics d;
  Report r = read_report(load_document("---\ntitel: T\nreferentiegroep: GM0200\n---\n", "g.md", "g", d), d);
  REQUIRE(d.count() == 2);
  CHECK(d.all()[0].message.find("'gemeente:'") != std::string::npos);
  CHECK(d.all()[1].loc.line == 3);
  CHECK(r.gemeente.empty());
}

TEST_CASE("an unknown key in the front matter is an error at its line, with the key that was meant") {
  Diagnostics d;
  read_report(load_document("---\ngemeente: GM0150\nondertitle: Kern\n---\n", "g.md", "g", d), d);
  REQUIRE(d.count() == 1);
  CHECK(d.all()[0].loc.line == 3);
  CHECK(d.all()[0].message.find("'ondertitle'") != std::string::npos);
  CHECK(d.all()[0].suggestion == "ondertitel");

  // A page knows volgorde and verantwoording; a report's gemeente is not a page key.
  Diagnostics p;
  read_page(load_document("---\ntitel: T\nvolgorde: 2\nverantwoording: true\ngemeente: GM0150\n---\n", "p.md", "p", p), p);
  REQUIRE(p.count() == 1);
  CHECK(p.all()[0].loc.line == 5);
}
