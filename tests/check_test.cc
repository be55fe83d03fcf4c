// spiegel check on whole projects: the fixture in tests/fixtures/check-broken
// builds, but has a broken anchor, a missing asset and a duplicate id.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>

#include "capture_output.h"
#include "cli/commands.h"
#include "site/pipeline.h"
#include "temp_project.h"

using namespace spiegel;
using spiegel::testing::capture_stderr;
using spiegel::testing::capture_stdout;
using spiegel::testing::TempProject;

namespace {

bool contains(const std::string& h, const std::string& n) { return h.find(n) != std::string::npos; }

}  // namespace

TEST_CASE("check reports each broken link, missing asset and duplicate id at its Markdown line, and exits 1") {
  int rc = 0;
  std::string out;
  std::tie(rc, out) = capture_stdout([] { return run_check({SPIEGEL_SOURCE_DIR "/tests/fixtures/check-broken"}); });
  CHECK(rc == kContentError);
  // The file and line the writer edits first, the page after it.
  CHECK_MESSAGE(contains(out,
                         "content/gemeenten/aa.md:8: het anker '#bestaat-niet' bestaat niet in colofon/index.html "
                         "(gemeenten/aa/index.html:"),
                out);
  CHECK(contains(out,
                 "content/gemeenten/aa.md:10: het bestand 'lasten-grafiek.png' (gemeenten/aa/lasten-grafiek.png) "
                 "ontbreekt in de site (gemeenten/aa/index.html:"));
  CHECK(contains(out, "content/gemeenten/aa.md:13: het id 'dubbel' staat al op regel 12;"));
  // Inside a block, on the second and third line of its paragraph; the
  // block is also in the report's summary, the same line twice.
  CHECK(contains(out, "content/gemeenten/aa.md:19: het anker '#bijlage-9' bestaat niet in deze pagina"));
  CHECK(contains(out,
                 "content/gemeenten/aa.md:20: het bestand 'kosten.svg' (gemeenten/aa/kosten.svg) ontbreekt in de "
                 "site (gemeenten/aa/index.html:"));
  CHECK(contains(out, " en 1 andere plaats)\n"));
  CHECK_FALSE(contains(out, "\ngemeenten/aa/index.html:"));  // no finding without its source
  CHECK_FALSE(contains(out, "over-deze-monitor"));           // the good link
  CHECK(contains(out, "Externe links (1, niet opgevraagd):\n  mailto:rekenkamer@example.nl"));
}

TEST_CASE("check names the template line of what a template made, the project's own or the built-in one") {
  TempProject t;
  t.write_minimal();
  t.write("content/paginas/over.md", "---\ntitel: Over\n---\n\nTekst.\n");
  std::ifstream builtin(SPIEGEL_SOURCE_DIR "/templates/pagina.mustache");
  std::string own{std::istreambuf_iterator<char>(builtin), {}};
  own.insert(own.find("  <div class=\"tekst\">"), "  <p><a href=\"#nergens\">naar nergens</a></p>\n");
  t.write("templates/pagina.mustache", own);
  int rc = 0;
  std::string out;
  std::tie(rc, out) = capture_stdout([&] { return run_check({t.root().string()}); });
  CHECK(rc == kContentError);
  CHECK_MESSAGE(contains(out,
                         "templates/pagina.mustache:5: het anker '#nergens' bestaat niet in deze pagina "
                         "(over/index.html:"),
                out);
  // Not in the text, and not in the built-in layout around it.
  CHECK_FALSE(contains(out, "content/paginas/over.md"));
  CHECK_FALSE(contains(out, "(ingebouwd thema)"));
}

TEST_CASE("check passes the example monitor and a minimal project") {
  int rc = 0;
  std::string out;
  std::tie(rc, out) = capture_stdout([] { return run_check({SPIEGEL_SOURCE_DIR}); });
  CHECK_MESSAGE(rc == kOk, out);
  TempProject t;
  t.write_minimal();
  CHECK(capture_stdout([&] { return run_check({t.root().string()}); }).first == kOk);
}

TEST_CASE("the site check looks at is byte for byte the site build writes") {
  // The example monitor, and a report with every kind of block and footnotes.
  for (const char* dir : {SPIEGEL_SOURCE_DIR, SPIEGEL_SOURCE_DIR "/tests/fixtures/rapport"}) {
    Diagnostics plain, marked;
    std::optional<Project> project = load_project(dir, plain);
    REQUIRE(project);
    std::map<std::string, SourceMap> maps;
    SiteFiles built = build_site(project->site, project->theme, plain);
    SiteFiles checked = build_site(project->site, project->theme, marked, nullptr, BuildOptions{.source_maps = &maps});
    CHECK(plain.str() == marked.str());
    for (const auto& entry : built) CHECK_MESSAGE(checked[entry.first] == entry.second, entry.first);
    CHECK(checked.size() == built.size());
    CHECK(maps.size() > 3);
  }
}

TEST_CASE("check stops at build errors, with exit 1") {
  TempProject t;
  t.write_minimal();
  t.write("content/gemeenten/aa.md", "---\ngemeente: GM0001\n---\n\n{{< waarde onbekend >}}\n");
  CHECK(capture_stdout([&] { return run_check({t.root().string()}); }).first == kContentError);
  CHECK(run_check({"--snel"}) == kUsageError);
}

TEST_CASE("check refuses a text that names an anonymised gemeente, as build does") {
  TempProject t;
  t.write_anonymised();
  CHECK(capture_stderr([&] { return run_check({t.root().string()}); }).first == kOk);
  t.write("content/paginas/extra.md", "---\ntitel: Extra\n---\n\nZo doet Peel en\nMaas het, zie www.deventer.nl.\n");
  int rc = 0;
  std::string err;
  std::tie(rc, err) = capture_stderr([&] { return run_check({t.root().string()}); });
  CHECK(rc == kContentError);
  CHECK_MESSAGE(contains(err, "site/extra/index.html:"), err);
  CHECK_MESSAGE(contains(err, "'Peel en Maas' staat in de uitvoer"), err);
  CHECK_MESSAGE(contains(err, "maar Deventer is geanonimiseerd als 'Gemeente A'"), err);
  CHECK_FALSE(contains(err, "geen problemen"));
}

TEST_CASE("check is always strict: a warning that build lets pass is an error") {
  TempProject t;
  t.write_minimal();
  t.write("content/gemeenten/aa.md", "---\ngemeente: GM0001\n---\n\nAa gaf {{ waarde lasten }} uit.\n");
  CHECK(capture_stderr([&] { return run_build({t.root().string()}); }).first == kOk);
  int rc = 0;
  std::string err;
  std::tie(rc, err) = capture_stderr([&] { return run_check({t.root().string()}); });
  CHECK(rc == kContentError);
  CHECK_MESSAGE(contains(err, "content/gemeenten/aa.md:5:8: fout (strikt): lijkt een shortcode maar mist < >"), err);
  CHECK_MESSAGE(contains(err, "de links zijn niet gecontroleerd"), err);
}
