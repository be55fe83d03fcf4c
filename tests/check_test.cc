// spiegel check on whole projects: the fixture in tests/fixtures/check-broken
// builds, but has a broken anchor, a missing asset and a duplicate id.
#include <doctest/doctest.h>

#include "capture_output.h"
#include "cli/commands.h"
#include "temp_project.h"

using namespace spiegel;
using spiegel::testing::capture_stderr;
using spiegel::testing::capture_stdout;
using spiegel::testing::TempProject;

namespace {

bool contains(const std::string& h, const std::string& n) { return h.find(n) != std::string::npos; }

}  // namespace

TEST_CASE("check reports each broken link, missing asset and duplicate id with its file, and exits 1") {
  auto [rc, out] = capture_stdout([] { return run_check({SPIEGEL_SOURCE_DIR "/tests/fixtures/check-broken"}); });
  CHECK(rc == kContentError);
  CHECK(contains(out, "gemeenten/aa/index.html (uit content/gemeenten/aa.md)\n"));
  CHECK(contains(out, "het anker '#bestaat-niet' bestaat niet in colofon/index.html"));
  CHECK(contains(out, "het bestand 'lasten-grafiek.png' (gemeenten/aa/lasten-grafiek.png) ontbreekt in de site"));
  CHECK(contains(out, "het id 'dubbel' staat al op regel"));
  CHECK_FALSE(contains(out, "over-deze-monitor"));  // the good link
  CHECK(contains(out, "Externe links (1, niet opgevraagd):\n  mailto:rekenkamer@example.nl"));
}

TEST_CASE("check passes the example monitor and a minimal project") {
  auto [rc, out] = capture_stdout([] { return run_check({SPIEGEL_SOURCE_DIR}); });
  CHECK_MESSAGE(rc == kOk, out);
  TempProject t;
  t.write_minimal();
  CHECK(capture_stdout([&] { return run_check({t.root().string()}); }).first == kOk);
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
  auto [rc, err] = capture_stderr([&] { return run_check({t.root().string()}); });
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
  auto [rc, err] = capture_stderr([&] { return run_check({t.root().string()}); });
  CHECK(rc == kContentError);
  CHECK_MESSAGE(contains(err, "content/gemeenten/aa.md:5:8: fout (strikt): lijkt een shortcode maar mist < >"), err);
  CHECK_MESSAGE(contains(err, "de links zijn niet gecontroleerd"), err);
}
