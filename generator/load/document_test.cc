#include "load/document.h"

#include <doctest/doctest.h>

using namespace spiegel;

TEST_CASE("front matter is split off and the body knows its first line") {
  Diagnostics d;
  Document doc =
      load_document("---\ngemeente: GM0150\ntitel: \"Jeugd & zorg\"\n---\n## Kop\n", "g/deventer.md", "deventer", d);
  CHECK_FALSE(d.has_errors());
  CHECK(doc.front.titel == "Jeugd & zorg");
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
  CHECK(crlf.front.titel == "T");
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
  // The wrong type comes first: it is found while reading, the missing key after.
  REQUIRE(d.count() == 2);
  CHECK(d.all()[0].loc.line == 3);
  CHECK(d.all()[0].message == "'referentiegroep' moet een lijst codes zijn, zoals [GM0200, GM0202]");
  CHECK(d.all()[1].loc.line == 1);
  CHECK(d.all()[1].message.find("'gemeente:'") != std::string::npos);
  CHECK(r.gemeente.empty());

  // A gemeente that is there but not one code is one error at its line, not two.
  for (const char* value : {"[GM0150, GM0193]", "\"\""}) {
    Diagnostics e;
    read_report(load_document(std::string("---\ntitel: T\ngemeente: ") + value + "\n---\n", "g.md", "g", e), e);
    REQUIRE(e.count() == 1);
    CHECK(e.all()[0].loc.line == 3);
    CHECK(e.all()[0].message == "'gemeente' moet één gemeentecode zijn, zoals GM0150");
  }
}

TEST_CASE("a report's front matter is read into typed fields") {
  Diagnostics d;
  Report r = read_report(load_document("---\ngemeente: GM0150\ntitel: 2025\nondertitel: Kern\ndatum: maart 2021\n"
                                       "referentiegroep: [GM0200, GM0202]\n---\nTekst\n",
                                       "g.md", "deventer", d),
                         d);
  CHECK_FALSE(d.has_errors());
  CHECK(r.gemeente == "GM0150");
  CHECK(r.referentiegroep == std::vector<std::string>{"GM0200", "GM0202"});
  CHECK(r.doc.front.gemeente == "GM0150");
  CHECK(r.doc.front.titel == "2025");  // a number is text for a title
  CHECK(r.doc.front.ondertitel == "Kern");
  CHECK(r.doc.front.datum == "maart 2021");
  CHECK(r.doc.front.referentiegroep == r.referentiegroep);
  CHECK_FALSE(r.doc.front.volgorde);
  CHECK_FALSE(r.doc.front.verantwoording);
}

TEST_CASE("a page's front matter is read into typed fields; absent keys stay absent") {
  Diagnostics d;
  Document p =
      read_page(load_document("---\ntitel: Colofon\nvolgorde: -3\nverantwoording: false\n---\n", "p.md", "p", d), d);
  CHECK_FALSE(d.has_errors());
  CHECK(p.front.titel == "Colofon");
  CHECK(p.front.volgorde == -3);
  CHECK(p.front.verantwoording == false);
  // The boolean reads as in spiegel.yaml, where ja and nee have always counted.
  CHECK(read_page(load_document("---\nverantwoording: ja\n---\n", "p.md", "p", d), d).front.verantwoording == true);
  CHECK(read_page(load_document("---\nverantwoording: \"true\"\n---\n", "p.md", "p", d), d).front.verantwoording ==
        true);

  Document empty = read_page(load_document("---\ntitel:\nvolgorde:\n---\n", "p.md", "p", d), d);
  CHECK_FALSE(d.has_errors());
  CHECK(empty.front == FrontMatter{});
}

TEST_CASE("a value of the wrong type is an error at its line and column, and the field stays empty") {
  struct Case {
    const char* front;
    int line, column;
    const char* message;
  };
  const Case cases[] = {
      {"titel: T\nvolgorde: eerst\n", 3, 11, "'volgorde' moet een geheel getal zijn, zoals 2, niet 'eerst'"},
      {"volgorde: 1.5\n", 2, 11, "'volgorde' moet een geheel getal zijn, zoals 2, niet '1.5'"},
      {"titel: T\n\nverantwoording: misschien\n", 4, 17, "'verantwoording' moet true of false zijn, niet 'misschien'"},
      {"titel: [a, b]\n", 2, 8, "'titel' moet een enkele waarde zijn, geen lijst of tabel"},
      {"ondertitel:\n  kort: k\n", 3, 3, "'ondertitel' moet een enkele waarde zijn, geen lijst of tabel"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.front);
    Diagnostics d;
    Document p = read_page(load_document(std::string("---\n") + c.front + "---\n", "content/paginas/p.md", "p", d), d);
    REQUIRE(d.count() == 1);
    CHECK(d.all()[0].loc.file == "content/paginas/p.md");
    CHECK(d.all()[0].loc.line == c.line);
    CHECK(d.all()[0].loc.column == c.column);
    CHECK(d.all()[0].message == c.message);
    CHECK_FALSE(p.front.volgorde);
    CHECK_FALSE(p.front.verantwoording);
    CHECK(p.front.ondertitel.empty());
  }

  // In a report: a list item that is itself a list, and a datum that is a table.
  Diagnostics r;
  read_report(load_document("---\ngemeente: GM0150\nreferentiegroep: [GM0200, [GM0202]]\ndatum: {maand: maart}\n---\n",
                            "g.md", "g", r),
              r);
  REQUIRE(r.count() == 2);
  CHECK(r.all()[0].loc.line == 4);
  CHECK(r.all()[0].message.find("'datum' moet een enkele waarde zijn") != std::string::npos);
  CHECK(r.all()[1].loc.line == 3);
  CHECK(r.all()[1].message.find("elk element van 'referentiegroep'") != std::string::npos);
}

TEST_CASE("equal front matter compares equal, whatever the layout; any value changed does not") {
  // serve's rebuilder keeps the figures when only the text below changed.
  Diagnostics d;
  Document a = load_document("---\ngemeente: GM0150\nreferentiegroep: [GM0200]\n---\nA\n", "g.md", "g", d);
  Document b =
      load_document("---\n# kop\nreferentiegroep:\n  - GM0200\ngemeente: \"GM0150\"\n---\nB\n", "g.md", "g", d);
  Document c = load_document("---\ngemeente: GM0150\nreferentiegroep: [GM0202]\n---\nA\n", "g.md", "g", d);
  CHECK_FALSE(d.has_errors());
  CHECK(a.front == b.front);
  CHECK(a.front != c.front);
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
  read_page(load_document("---\ntitel: T\nvolgorde: 2\nverantwoording: true\ngemeente: GM0150\n---\n", "p.md", "p", p),
            p);
  REQUIRE(p.count() == 1);
  CHECK(p.all()[0].loc.line == 5);
}
