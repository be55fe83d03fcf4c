// A rekenkamer publishes in its own name: no page names the tool that made it,
// unless spiegel.yaml asks for it with `vermeld_spiegel: true`. Only the
// generator meta tag, which no reader sees, always names it.
#include <doctest/doctest.h>

#include <regex>

#include "site/pipeline.h"
#include "temp_project.h"

using namespace spiegel;
using spiegel::testing::contains;
using spiegel::testing::TempProject;

namespace {

/// Every page of a small project with a report, the verantwoording and a decile indicator (whose page
/// explains where its deciles come from), built with `extra_settings` added to spiegel.yaml.
SiteFiles build(const std::string& extra_settings) {
  TempProject t;
  t.write_minimal();
  t.write("content/spiegel.yaml",
          "titel: Testmonitor\norganisatie: Rekenkamer Test\npeilperiode: 2020\n" + extra_settings);
  t.write("content/indicatoren.yaml",
          "- id: lasten\n  naam: Lasten per inwoner\n  eenheid: euro\n  bron: Iv3\n"
          "- id: ses\n  naam: Sociaal-economische status\n  eenheid: deciel\n  bron: CBS\n");
  t.write("content/data/ses.csv", "gemeente,indicator,periode,waarde\nGM0001,ses,2020,3\nGM0002,ses,2020,7\n");
  t.write("content/paginas/verantwoording.md", "---\ntitel: Verantwoording\n---\n\nHoe de cijfers zijn gemaakt.\n");
  Diagnostics d;
  auto files = build_in_memory(t.root(), d);
  INFO(d.str());
  REQUIRE(files.has_value());
  return *files;
}

}  // namespace

TEST_CASE("no page names the tool to its readers; the generator meta tag does") {
  const SiteFiles files = build("");
  const std::regex meta("<meta name=\"generator\" content=\"Spiegel [0-9.]+\">\n");
  int pages = 0;
  for (const auto& entry : files) {
    const auto& path = entry.first;
    const auto& text = entry.second;
    if (!path.ends_with(".html")) continue;
    ++pages;
    CHECK_MESSAGE(std::regex_search(text, meta), path);
    CHECK_MESSAGE(!contains(std::regex_replace(text, meta, ""), "Spiegel"), path);
  }
  CHECK(pages >= 6);  // index, report, verantwoording, indicatoren and both indicators, overviews, 404
  CHECK(contains(files.at("indicatoren/ses/index.html"), "het is niet opnieuw uitgerekend over deze gemeenten"));
}

TEST_CASE("vermeld_spiegel: true names the tool in every footer and in the printed colofon") {
  const SiteFiles files = build("vermeld_spiegel: true\n");
  CHECK(contains(files.at("index.html"), "· gemaakt met Spiegel"));
  CHECK(contains(files.at("verantwoording/index.html"), "· gemaakt met Spiegel"));
  CHECK(contains(files.at("gemeenten/aa/index.html"), "<dt>Gemaakt met</dt><dd>Spiegel</dd>"));
}
