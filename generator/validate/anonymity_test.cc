// The anonymity check through whole builds: a writer's Markdown, rendered, must
// not give an anonymised gemeente away however the name is spelled, and
// ordinary words that contain a short name must not trip it.
#include "validate/anonymity.h"

#include <doctest/doctest.h>

#include "../../tests/temp_project.h"
#include "site/pipeline.h"

using namespace spiegel;
using spiegel::testing::contains;
using spiegel::testing::TempProject;

namespace {

/// Builds the anonymised project with `body` as content/paginas/extra.md; the errors.
Diagnostics build_with_page(const std::string& body, bool* built = nullptr) {
  TempProject t;
  t.write_anonymised();
  t.write("content/paginas/extra.md", "---\ntitel: Extra\n---\n\n" + body);
  Diagnostics d;
  auto files = build_in_memory(t.root(), d);
  if (built) *built = files.has_value();
  return d;
}

/// The one message about `naam`, with where it was found, or "".
std::string leak_of(const Diagnostics& d, const std::string& naam) {
  std::string found;
  for (const Diagnostic& e : d.all())
    if (contains(e.message, "maar " + naam + " is geanonimiseerd")) {
      CHECK_MESSAGE(found.empty(), d.str());
      found = e.loc.file + ":" + std::to_string(e.loc.line) + ": " + e.message;
    }
  return found;
}

}  // namespace

TEST_CASE("anonymity: the anonymised project itself builds") {
  bool built = false;
  Diagnostics d = build_with_page("Niets bijzonders.\n", &built);
  INFO(d.str());
  CHECK(built);
}

TEST_CASE("anonymity: every spelling of a name in a text is found") {
  struct Case {
    const char* text;
    const char* naam;
    const char* shows;  ///< part of the message
  };
  const Case cases[] = {
      {"Zo doet Peel en\nMaas het.\n", "Peel en Maas", "'Peel en Maas' staat in de uitvoer (de naam van Peel en Maas"},
      {"Zo doet Peel-en-Maas het.\n", "Peel en Maas", "'Peel-en-Maas' staat in de uitvoer"},
      {"IN DEVENTER GAAT HET GOED.\n", "Deventer", "'DEVENTER' staat in de uitvoer (de naam van Deventer"},
      {"In Dev*en*ter gaat het goed.\n", "Deventer",
       "'Dev<em>en</em>ter' staat in de uitvoer (de naam van Deventer, gelezen als 'deventer'"},
      {"In **Dev**enter gaat het goed.\n", "Deventer", "extra.md:5"},
      {"In Deven&shy;ter gaat het goed.\n", "Deventer", "gelezen als 'deventer'"},
      {"In Dev&#8203;enter gaat het goed.\n", "Deventer", "gelezen als 'deventer'"},
      {"In Dev&#x200B;enter gaat het goed.\n", "Deventer", "gelezen als 'deventer'"},
      {"Zie [de gemeente](https://www.deventer.nl/jeugd).\n", "Deventer", "href https www deventer nl jeugd"},
      {"Zie https://www.deventer.nl.\n", "Deventer", "https www deventer nl"},
      {"Zie www.peelenmaas.nl.\n", "Peel en Maas", "de naam van Peel en Maas aaneengeschreven, zoals in een webadres"},
      {"Code gm0150 in de data.\n", "Deventer", "'gm0150' staat in de uitvoer (de code van Deventer"},
      {"Code GM-0150 in de data.\n", "Deventer", "'GM-0150' staat in de uitvoer (de code van Deventer"},
      {"In 's-Hertogenbosch gaat het goed.\n", "'s-Hertogenbosch", "(de naam van 's-Hertogenbosch"},
      {"In s-Hertogenbosch gaat het goed.\n", "'s-Hertogenbosch", "(de naam van 's-Hertogenbosch"},
      {"In Hertogenbosch gaat het goed.\n", "'s-Hertogenbosch", "(een schrijfwijze van 's-Hertogenbosch"},
      {"In Den Bosch gaat het goed.\n", "'s-Hertogenbosch", "(een andere naam voor 's-Hertogenbosch"},
      {"De Bossche aanpak.\n", "'s-Hertogenbosch", "(afgeleid van 's-Hertogenbosch"},
      {"De Deventerse aanpak.\n", "Deventer", "(afgeleid van Deventer"},
      {"In Bergen gaat het goed.\n", "Bergen (NH.)", "(een schrijfwijze van Bergen (NH.)"},
      {"In Ede gaat het goed.\n", "Ede", "(de naam van Ede"},
      {"Op Urk en in Oss.\n", "Oss", "(de naam van Oss"},
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    bool built = true;
    Diagnostics d = build_with_page(c.text, &built);
    CHECK_FALSE(built);
    std::string leak = leak_of(d, c.naam);
    CHECK_MESSAGE(contains(leak, c.shows), leak);
    // The output file and line, and the text it comes from.
    CHECK_MESSAGE(contains(leak, "site/extra/index.html:"), leak);
    CHECK_MESSAGE(contains(leak, "de pagina komt uit content/paginas/extra.md"), leak);
  }
}

TEST_CASE("anonymity: a leak in running text points at the line of the text") {
  Diagnostics d = build_with_page("Eerste regel.\n\nTweede alinea over\nDeventer en meer.\n");
  std::string leak = leak_of(d, "Deventer");
  CHECK_MESSAGE(contains(leak, "de pagina komt uit content/paginas/extra.md:8"), leak);
  CHECK_MESSAGE(contains(leak, "in \"…extra eerste regel tweede alinea over deventer en meer"), leak);
  CHECK_MESSAGE(contains(leak, "geanonimiseerd als 'Gemeente A'"), leak);
}

TEST_CASE("anonymity: ordinary words that contain a short name are no leak") {
  bool built = false;
  Diagnostics d = build_with_page(
      "We bedenken een plan voor de mossel en de zeden. Het beste is: bedenk het Ossendrecht.\n"
      "Bergen op Zoom, een andere gemeente, heet gewoon zo; Zwolle ook.\n",
      &built);
  INFO(d.str());
  CHECK(built);
}

TEST_CASE("anonymity: a name that is also a word counts as the word only in lower case in running text") {
  bool built = false;
  Diagnostics d = build_with_page("Dat gaat op zijn best goed, zo best. Het is (best) zo.\n", &built);
  INFO(d.str());
  CHECK(built);
  for (const char* text : {"Best is dat het goed gaat.\n", "Zie www.best.nl.\n", "## Op zijn best {#best}\n"}) {
    CAPTURE(text);
    const std::string errors = build_with_page(text).str();  // a heading's id is in monitor.json too
    CHECK_MESSAGE(contains(errors, "maar Best is geanonimiseerd"), errors);
    CHECK_MESSAGE(contains(errors, "'best' is ook een gewoon woord, maar met een hoofdletter"), errors);
  }
}

TEST_CASE("anonymity: a group named after an anonymised gemeente is reported, as before") {
  TempProject t;
  t.write_anonymised();
  t.write("content/groepen.yaml",
          "groepen:\n  - id: nederland\n    naam: Nederland\n    alle: true\n"
          "  - id: provincie\n    naam: \"Provincie {waarde}\"\n    per_kolom: provincie\n");
  t.write("content/gemeenten.csv", t.read("content/gemeenten.csv") + "GM0003,Regio,Deventer\n");
  Diagnostics d;
  CHECK_FALSE(build_in_memory(t.root(), d).has_value());
  // monitor.json and every report, which prints the verantwoording with its groups as a bijlage.
  const std::string errors = d.str();
  CHECK_MESSAGE(contains(errors, "site/data/monitor.json:"), errors);
  CHECK_MESSAGE(contains(errors, "site/gemeenten/gemeente-a/index.html:"), errors);
  CHECK_MESSAGE(contains(errors, "het staat in de naam van de groep 'provincie deventer'"), errors);
}

TEST_CASE("anonymity: addresses and data count too: a page named after the gemeente, a source's URL") {
  {
    TempProject t;
    t.write_anonymised();
    // The file name becomes the page's address, in every menu and in sitemap.xml.
    t.write("content/paginas/aanpak-deventer.md", "---\ntitel: Aanpak\n---\n\nOnze aanpak.\n");
    Diagnostics d;
    CHECK_FALSE(build_in_memory(t.root(), d).has_value());
    const std::string errors = d.str();
    CHECK_MESSAGE(contains(errors, "site/sitemap.xml:"), errors);
    CHECK_MESSAGE(contains(errors, "aanpak deventer"), errors);
  }
  {
    TempProject t;
    t.write_anonymised();
    t.write("content/indicatoren.yaml",
            "- id: lasten\n  naam: Lasten per inwoner\n  eenheid: euro\n"
            "  bron: \"Iv3, zie https://www.deventer.nl/cijfers?jaar=2020\"\n");
    Diagnostics d;
    CHECK_FALSE(build_in_memory(t.root(), d).has_value());
    const std::string errors = d.str();
    CHECK_MESSAGE(contains(errors, "site/data/monitor.json:"), errors);
    CHECK_MESSAGE(contains(errors, "https www deventer nl cijfers"), errors);
  }
}
