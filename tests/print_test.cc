// The printed report: a title page, a colofon, the verantwoording as its last
// bijlage; the logo from content/ and tables numbered per chapter.
#include <doctest/doctest.h>

#include <filesystem>

#include "site/pipeline.h"
#include "temp_project.h"

using namespace spiegel;
using spiegel::testing::contains;
using spiegel::testing::occurrences;
using spiegel::testing::TempProject;

namespace {

const char* kChapters = R"(---
gemeente: GM0001
titel: Jeugdhulp in Aa
rapportnummer: 2021-04
---

## Inleiding

Zie {{< ref kostentabel >}} en {{< ref lijn >}}.

## Kosten

{{< tabel indicatoren=lasten id=kostentabel >}}

{{< grafiek lijn indicator=lasten id=lijn >}}

## Gebruik

{{< tabel indicatoren=lasten >}}
)";

std::string report_page(const TempProject& t, Diagnostics& d) {
  auto files = build_in_memory(t.root(), d);
  INFO(d.str());
  REQUIRE(files.has_value());
  return files->at("gemeenten/aa/index.html");
}

}  // namespace

TEST_CASE("a printed report opens with a title page and a colofon and ends with the verantwoording") {
  TempProject t;
  t.write_minimal();
  t.write("content/gemeenten/aa.md", kChapters);
  t.write("content/groepen.yaml",
          "groepen:\n  - id: nederland\n    naam: Nederland\n    alle: true\n"
          "referentiegroepen:\n  GM0001: [GM0002]\n  GM0002: [GM0001]\n");
  Diagnostics d;
  const std::string page = report_page(t, d);
  // Title page: organisation, title, gemeente, the editie or datum, the report's number; no second h1.
  CHECK(contains(page, "<div class=\"alleen-print titelpagina\" hidden>"));  // not on screen
  CHECK(contains(page, "<p class=\"titelpagina-titel\">Jeugdhulp in Aa</p>"));
  CHECK(contains(page, "<p class=\"titelpagina-organisatie\">Rekenkamer Test</p>"));
  CHECK(contains(page, "<p class=\"titelpagina-nummer\">Rapportnummer 2021-04</p>"));
  CHECK(occurrences(page, "<h1") == 1);
  // Colofon: the sources of the figures; the tool only when spiegel.yaml asks (see tool_name_test.cc).
  CHECK(contains(page, "<p class=\"colofon-kop\">Colofon</p>"));
  CHECK(contains(page, "<dt>Bronnen</dt><dd>Iv3</dd>"));
  CHECK_FALSE(contains(page, "<dt>Gemaakt met</dt>"));
  // The verantwoording, as on its own page, with ids of its own, and in the contents.
  CHECK(contains(page, "<h2 id=\"bijlage-verantwoording-kop\">Bijlage 1 Verantwoording van de monitor</h2>"));
  CHECK(contains(page, "<h2 id=\"bijlage-indicatoren-en-groepen\">Indicatoren en groepen</h2>"));
  CHECK(contains(page, "<a href=\"../../indicatoren/lasten/index.html\">Lasten per inwoner</a>"));
  CHECK(contains(page, "<a href=\"#bijlage-verantwoording\">Bijlage 1 Verantwoording van de monitor</a>"));
  CHECK_FALSE(contains(page, "id=\"indicatoren-en-groepen\""));
  // Of the referentiegroepen, only Aa's own.
  CHECK(contains(page, "<dt>Aa</dt>\n    <dd><p>Bee</p></dd>"));
  CHECK_FALSE(contains(page, "<dt>Bee</dt>\n    <dd><p>"));
  // Without a logo there is no image; without nummering tables run on through the report.
  CHECK_FALSE(contains(page, "<img"));
  CHECK(contains(page, "Zie <a href=\"#kostentabel\">tabel 1</a> en <a href=\"#lijn\">figuur 1</a>."));
  CHECK(contains(page, "Tabel 2: "));
}

TEST_CASE("nummering: hoofdstuk numbers tables and figures per chapter, in captions and references") {
  TempProject t;
  t.write_minimal();
  t.write("content/spiegel.yaml",
          "titel: Testmonitor\norganisatie: Rekenkamer Test\npeilperiode: 2020\nnummering: hoofdstuk\n");
  t.write("content/gemeenten/aa.md", kChapters);
  Diagnostics d;
  const std::string page = report_page(t, d);
  CHECK(contains(page, "Zie <a href=\"#kostentabel\">tabel 2.1</a> en <a href=\"#lijn\">figuur 2.1</a>."));
  CHECK(contains(page, "Tabel 2.1: "));
  CHECK(contains(page, "Figuur 2.1: "));
  CHECK(contains(page, "Tabel 3.1: "));
  CHECK_FALSE(contains(page, "Tabel 2: "));
}

TEST_CASE("the logo is copied from content/ to the site and shown on the title page") {
  TempProject t;
  t.write_minimal();
  t.write("content/spiegel.yaml",
          "titel: Testmonitor\norganisatie: Rekenkamer Test\npeilperiode: 2020\nlogo: beeld/Logo.SVG\n");
  const std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>";
  t.write("content/beeld/Logo.SVG", svg);
  Diagnostics d;
  auto files = build_in_memory(t.root(), d);
  INFO(d.str());
  REQUIRE(files.has_value());
  CHECK(files->at("logo.svg") == svg);
  CHECK(contains(files->at("gemeenten/aa/index.html"),
                 "<p class=\"logo\"><img src=\"../../logo.svg\" alt=\"Logo Rekenkamer Test\"></p>"));
}

TEST_CASE("a logo that is missing or a link is refused with a Dutch error") {
  TempProject t;
  t.write_minimal();
  t.write("content/spiegel.yaml", "titel: Testmonitor\npeilperiode: 2020\nlogo: logo.png\n");
  Diagnostics d;
  build_in_memory(t.root(), d);
  CHECK(contains(d.str(), "logo 'logo.png' niet gevonden"));

  t.write("elders.png", "PNG");
  std::error_code ec;
  std::filesystem::create_symlink(t.root() / "elders.png", t.root() / "content/logo.png", ec);
  if (ec) return;  // no links on this file system
  Diagnostics d2;
  auto files = build_in_memory(t.root(), d2);
  CHECK(d2.has_errors());
  CHECK_FALSE((files && files->count("logo.png")));
}
