// The report's anatomy and anonymisation, through a whole build.
#include <doctest/doctest.h>

#include <filesystem>

#include "site/pipeline.h"
#include "temp_project.h"

using namespace spiegel;
using spiegel::testing::contains;
using spiegel::testing::TempProject;

namespace {

const char* kReport = R"(---
gemeente: GM0001
titel: Jeugdhulp in Aa
---

::: hoofdvraag
Hoe stuurt de raad van {{< gemeente >}} op jeugdhulp?
:::

## Bevindingen

Zie {{< ref zicht >}} voor de kern.

::: conclusie {#kosten thema="de kosten"}
**De lasten zijn {{< waarde lasten >}} per inwoner.**
:::

::: conclusie {#zicht thema="de sturing"}
**De raad heeft weinig zicht.**
:::

::: aanbeveling {#monitor aan=raad conclusies=kosten,zicht}
**Vraag om een monitor.**
:::

::: aanbeveling {aan=college conclusies=zicht}
**Maak een plan.**
:::
)";

}  // namespace

TEST_CASE("conclusies and aanbevelingen are numbered, linked both ways and summarised") {
  TempProject t;
  t.write_minimal();
  t.write("content/gemeenten/aa.md", kReport);
  Diagnostics d;
  auto files = build_in_memory(t.root(), d);
  INFO(d.str());
  REQUIRE(files.has_value());
  const std::string& page = files->at("gemeenten/aa/index.html");
  CHECK(contains(page, "<p>Zie <a href=\"#zicht\">conclusie 2</a> voor de kern.</p>"));
  CHECK(contains(page, "<p class=\"blok-kop\">Aanbeveling 1 · aan de raad</p>"));
  CHECK(contains(page, "Gebaseerd op <a href=\"#kosten\">conclusie 1</a> en <a href=\"#zicht\">conclusie 2</a>."));
  CHECK(contains(page,
                 "Leidt tot <a href=\"#monitor\">aanbeveling 1</a> en <a href=\"#aanbeveling-2\">aanbeveling 2</a>."));
  // The summary: hoofdvraag, conclusies per thema, aanbevelingen per addressee.
  CHECK(contains(page, "<h2 id=\"samenvatting\">Samenvatting</h2>"));
  CHECK(contains(page, "Hoe stuurt de raad van Aa op jeugdhulp?"));
  CHECK(contains(page, "Conclusies ten aanzien van de kosten"));
  CHECK(contains(page, "<h3>Aanbevelingen aan de raad</h3>"));
  CHECK(contains(page, "<h3>Aanbevelingen aan het college</h3>"));
  CHECK(page.find("De lasten zijn € 240 per inwoner.") != page.rfind("De lasten zijn € 240 per inwoner."));
  // The summary's copies repeat no id of the originals.
  CHECK(page.find("id=\"kosten\"") == page.rfind("id=\"kosten\""));

  const std::string& overview = files->at("aanbevelingen/index.html");
  CHECK(contains(overview, "<a href=\"../gemeenten/aa/index.html\">Aa</a>"));
  CHECK(contains(overview, "href=\"../gemeenten/aa/index.html#monitor\">Aanbeveling 1</a>"));
  CHECK(contains(overview, "<h3>Aan het college</h3>"));
  CHECK(contains(files->at("conclusies/index.html"), "../gemeenten/aa/index.html#zicht"));
}

TEST_CASE("an unknown ref is an error at its line with a suggestion") {
  TempProject t;
  t.write_minimal();
  t.write("content/gemeenten/aa.md", std::string(kReport) + "\nZie {{< ref monitr >}}.\n");
  Diagnostics d;
  CHECK_FALSE(build_in_memory(t.root(), d).has_value());
  REQUIRE(d.count() == 1);
  CHECK(d.all()[0].loc.line == 30);
  CHECK(d.all()[0].suggestion == "monitor");
}

TEST_CASE("anonymised: Gemeente A everywhere, no real name or code in any file") {
  TempProject t;
  t.write_minimal();
  t.write("content/spiegel.yaml", "titel: Testmonitor\norganisatie: Rekenkamer Test\nanonimiseren: true\n");
  t.write("content/gemeenten.csv", "code,naam\nGM0001,Aadorp\nGM0002,Beekveld\n");
  t.write("content/gemeenten/aa.md", kReport);
  Diagnostics d;
  auto files = build_in_memory(t.root(), d);
  INFO(d.str());
  REQUIRE(files.has_value());
  REQUIRE(files->count("gemeenten/gemeente-a/index.html"));
  CHECK(contains(files->at("gemeenten/gemeente-a/index.html"), "Hoe stuurt de raad van Gemeente A op jeugdhulp?"));
  for (const auto& entry : *files) {
    const auto& path = entry.first;
    const auto& bytes = entry.second;
    CHECK_MESSAGE(!contains(bytes, "Aadorp"), path);
    CHECK_MESSAGE(!contains(bytes, "GM0001"), path);
    CHECK_MESSAGE(!contains(bytes, "gemeenten/aa"), path);
  }

  // A text that writes the real name gives it away: the build fails and names the page.
  t.write("content/gemeenten/aa.md", std::string(kReport) + "\nIn Aadorp is dat anders.\n");
  Diagnostics leak;
  CHECK_FALSE(build_in_memory(t.root(), leak).has_value());
  REQUIRE(leak.count() >= 1);
  CHECK(leak.all()[0].loc.file == "site/gemeenten/gemeente-a/index.html");
  CHECK(contains(leak.all()[0].message, "'Aadorp'"));
}

TEST_CASE("kerncijfers naming an unknown indicator is an error at its line, in spiegel.yaml and in a report") {
  TempProject t;
  t.write_minimal();
  t.write("content/spiegel.yaml", "titel: Testmonitor\norganisatie: Rekenkamer Test\nkerncijfers: [lastn]\n");
  t.write("content/gemeenten/aa.md", "---\ngemeente: GM0001\nkerncijfers: [lasten, kosten]\n---\n\nTekst.\n");
  Diagnostics d;
  CHECK_FALSE(build_in_memory(t.root(), d).has_value());
  REQUIRE(d.all().size() == 2);
  CHECK(d.all()[0].str() ==
        "content/spiegel.yaml:3:14: fout: kerncijfers: onbekende indicator 'lastn' — bedoelt u 'lasten'?");
  CHECK(d.all()[1].loc.file == "content/gemeenten/aa.md");
  CHECK(d.all()[1].loc.line == 3);
  CHECK(contains(d.all()[1].message, "'kosten'"));
}
