// Search end to end, as `spiegel build` makes it: the index under pagefind/
// with the search page, the menu entry and the front page's field; without
// Pagefind (--zonder-zoeken, or not found) none of them and one line that
// says so; a Pagefind that fails leaves the old site as it was.
// What the browser finds in the index is tests/browser/search.test.mjs.
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>

#include "capture_output.h"
#include "cli/commands.h"
#include "search/pagefind.h"
#include "temp_project.h"

using namespace spiegel;
using spiegel::testing::capture_stderr;
using spiegel::testing::contains;
using spiegel::testing::EnvironmentFor;
using spiegel::testing::snapshot;
using spiegel::testing::TempProject;
namespace fs = std::filesystem;

namespace {

/// A minimal project with one aanbeveling to the raad.
void write_project(const TempProject& t) {
  t.write_minimal();
  t.write("content/gemeenten/aa.md",
          "---\ngemeente: GM0001\ntitel: Jeugdhulp in Aa\n---\n\n## Kosten\n\n"
          "{{< gemeente >}} gaf {{< waarde lasten >}} uit.\n\n"
          "::: conclusie {#c-kosten thema=kosten}\nDe lasten stijgen.\n:::\n\n"
          "::: aanbeveling {#a-wachttijden aan=raad conclusies=c-kosten}\n"
          "**Vraag om cijfers over wachttijden.** Elk kwartaal.\n:::\n");
}

}  // namespace

TEST_CASE("search: the build makes the index, the search page, its menu entry and the front page's field") {
  std::optional<fs::path> pagefind = find_pagefind(SPIEGEL_SOURCE_DIR);
  // `npm ci` puts Pagefind in node_modules/ before the tests run (README); without it this test cannot run.
  REQUIRE_MESSAGE(pagefind, "Pagefind is niet gevonden: eerst 'npm ci --ignore-scripts'");
  TempProject t;
  write_project(t);
  int rc = 0;
  std::string err;
  std::tie(rc, err) = capture_stderr([&] { return run_build({t.root().string()}); });
  INFO(err);
  REQUIRE(rc == kOk);
  CHECK_FALSE(contains(err, "zoeken weggelaten"));
  for (const char* p : {"pagefind/pagefind.js", "pagefind/pagefind-entry.json", "pagefind/wasm.nl.pagefind",
                        "zoeken/index.html", "zoeken.js"})
    CHECK_MESSAGE(fs::exists(t.root() / "site" / p), p);
  // Only what zoeken.js uses: Pagefind's ready-made interfaces stay out of the site.
  CHECK_FALSE(fs::exists(t.root() / "site/pagefind/pagefind-ui.js"));
  CHECK_FALSE(fs::exists(t.root() / "site/pagefind/pagefind-component-ui.js"));
  const std::string index = t.read("site/index.html");
  CHECK(contains(index, "<a href=\"zoeken/index.html\">Zoeken</a>"));
  CHECK(contains(index, "<form class=\"zoekveld\" role=\"search\" action=\"zoeken/index.html\" method=\"get\">"));
  // The report is marked for the index with its filters; the front page is not.
  CHECK(contains(t.read("site/gemeenten/aa/index.html"),
                 "data-pagefind-body data-pagefind-filter=\"soort[data-soort], gemeente[data-gemeente]\" "
                 "data-soort=\"Rapport\" data-gemeente=\"Aa\""));
  CHECK_FALSE(contains(index, "data-pagefind-body"));
  // The search page is no page to find through a search engine.
  CHECK_FALSE(contains(t.read("site/sitemap.xml"), "zoeken"));
}

TEST_CASE("search: with --zonder-zoeken the site has no search page, no field and no index, and says nothing") {
  TempProject t;
  write_project(t);
  auto [rc, err] = capture_stderr([&] { return run_build({t.root().string(), "--zonder-zoeken"}); });
  REQUIRE(rc == kOk);
  CHECK_FALSE(contains(err, "zoeken"));
  for (const auto& entry : snapshot(t.root() / "site")) {
    const auto& path = entry.first;
    const auto& bytes = entry.second;
    CHECK_MESSAGE(!path.starts_with("pagefind/"), path);
    CHECK_MESSAGE(!path.starts_with("zoeken"), path);
    if (!path.ends_with(".html")) continue;         // the stylesheet keeps its rules for them
    CHECK_MESSAGE(!contains(bytes, "zoek"), path);  // no menu entry, field or mark on any page
    CHECK_MESSAGE(!contains(bytes, "pagefind"), path);
  }
}

TEST_CASE("search: without Pagefind the build still works and says once that search is left out") {
  TempProject t;
  write_project(t);
  EnvironmentFor missing("SPIEGEL_PAGEFIND", (t.root() / "nergens/pagefind").string());
  auto [rc, err] = capture_stderr([&] { return run_build({t.root().string()}); });
  REQUIRE(rc == kOk);
  std::size_t said = 0;
  for (std::size_t at = 0; (at = err.find("zoeken weggelaten", at)) != std::string::npos; ++at) ++said;
  CHECK(said == 1);
  CHECK(contains(err, "npm ci --ignore-scripts"));
  CHECK_FALSE(fs::exists(t.root() / "site/zoeken"));
  CHECK_FALSE(fs::exists(t.root() / "site/pagefind"));
  CHECK_FALSE(contains(t.read("site/index.html"), "zoek"));
}

TEST_CASE("search: a Pagefind that fails stops the build and leaves the old site as it was") {
  TempProject t;
  write_project(t);
  REQUIRE(run_build({t.root().string(), "--zonder-zoeken"}) == kOk);
  const auto before = snapshot(t.root() / "site");
  t.write("bin/pagefind", "#!/bin/sh\necho 'kapot: geen index vandaag' >&2\nexit 3\n");
  chmod((t.root() / "bin/pagefind").c_str(), 0755);
  EnvironmentFor broken("SPIEGEL_PAGEFIND", (t.root() / "bin/pagefind").string());
  auto [rc, err] = capture_stderr([&] { return run_build({t.root().string()}); });
  CHECK(rc == kContentError);
  CHECK(contains(err, "zoekindex: Pagefind"));
  CHECK(contains(err, "kapot: geen index vandaag"));  // what Pagefind said, for the user to act on
  CHECK(contains(err, "de site is niet bijgewerkt"));
  CHECK(snapshot(t.root() / "site") == before);
}
