// content/bestanden/: the writer's own files (images, PDFs, spreadsheets)
// copied to the site byte for byte, linked from the texts without knowing
// where a page lands, and the logo in the header of every page.
#include <doctest/doctest.h>

#include <filesystem>

#include "capture_output.h"
#include "cli/commands.h"
#include "site/pipeline.h"
#include "temp_project.h"

using namespace spiegel;
using spiegel::testing::capture_stderr;
using spiegel::testing::capture_stdout;
using spiegel::testing::contains;
using spiegel::testing::TempProject;
namespace fs = std::filesystem;

namespace {

// Not text: a NUL, bytes that are no UTF-8, a CR LF that must stay one.
const std::string kPng = std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff\xfe", 18);

void write_with_files(const TempProject& t) {
  t.write_minimal();
  t.write("content/bestanden/foto.png", kPng);
  t.write("content/bestanden/tabellen/lasten 2020.xlsx", std::string("PK\x03\x04\0\0", 6));
  t.write("content/gemeenten/aa.md",
          "---\ngemeente: GM0001\ntitel: Jeugdhulp in Aa\n---\n\n## Kosten\n\n"
          "![Grafiek van de lasten](bestanden/foto.png)\n\n"
          "De [tabel als Excel](../bestanden/tabellen/lasten%202020.xlsx).\n");
  t.write("content/paginas/over.md", "---\ntitel: Over\n---\n\n![Foto](bestanden/foto.png)\n");
}

}  // namespace

TEST_CASE("files in content/bestanden/ are in the site unchanged, and texts link them from any page") {
  TempProject t;
  write_with_files(t);
  int rc = 0;
  std::string err;
  std::tie(rc, err) = capture_stderr([&] { return run_build({t.root().string()}); });
  REQUIRE_MESSAGE(rc == kOk, err);
  CHECK(t.read("site/bestanden/foto.png") == kPng);
  CHECK(t.read("site/bestanden/tabellen/lasten 2020.xlsx") == std::string("PK\x03\x04\0\0", 6));
  std::string report = t.read("site/gemeenten/aa/index.html");
  CHECK(contains(report, "<img src=\"../../bestanden/foto.png\" alt=\"Grafiek van de lasten\""));
  CHECK(contains(report, "<a href=\"../../bestanden/tabellen/lasten%202020.xlsx\">tabel als Excel</a>"));
  CHECK(contains(t.read("site/over/index.html"), "<img src=\"../bestanden/foto.png\" alt=\"Foto\""));
  // And check finds every one of them.
  int check_rc = 0;
  std::string out;
  std::tie(check_rc, out) = capture_stdout([&] { return run_check({t.root().string()}); });
  CHECK_MESSAGE(check_rc == kOk, out);
}

TEST_CASE("a missing file and an image without alt text stop the build at their Markdown line") {
  TempProject t;
  write_with_files(t);
  t.write("content/gemeenten/aa.md",
          "---\ngemeente: GM0001\n---\n\n## Kosten\n\nZie de\n![Grafiek](bestanden/fto.png) en\n\n"
          "![](bestanden/foto.png)\n");
  int rc = 0;
  std::string err;
  std::tie(rc, err) = capture_stderr([&] { return run_build({t.root().string()}); });
  CHECK(rc == kContentError);
  CHECK_MESSAGE(contains(err,
                         "content/gemeenten/aa.md:8:1: fout: 'bestanden/fto.png' staat niet in "
                         "content/bestanden/ — bedoelt u 'bestanden/foto.png'?"),
                err);
  CHECK(contains(err, "content/gemeenten/aa.md:10:1: fout: de afbeelding 'bestanden/foto.png' heeft geen alt-tekst"));
  CHECK_FALSE(fs::exists(t.root() / "site"));
}

TEST_CASE("the logo is in the header of every page, from bestanden/ without a second copy") {
  TempProject t;
  write_with_files(t);
  t.write("content/spiegel.yaml",
          "titel: Testmonitor\norganisatie: Rekenkamer Test\npeilperiode: 2020\nlogo: bestanden/foto.png\n");
  Diagnostics d;
  std::optional<SiteFiles> files = build_in_memory(t.root(), d);
  REQUIRE_MESSAGE(files, d.str());
  CHECK_FALSE(files->contains("logo.png"));
  CHECK(files->at("bestanden/foto.png") == kPng);
  auto logo = [](const std::string& root) {
    return "<p class=\"organisatie\"><img class=\"logo\" src=\"" + root +
           "bestanden/foto.png\" alt=\"Rekenkamer Test\"></p>";
  };
  CHECK(contains(files->at("index.html"), logo("")));
  CHECK(contains(files->at("over/index.html"), logo("../")));
  CHECK(contains(files->at("gemeenten/aa/index.html"), logo("../../")));
  // Without a logo the header names the organisatie in words.
  t.write("content/spiegel.yaml", "titel: Testmonitor\norganisatie: Rekenkamer Test\npeilperiode: 2020\n");
  files = build_in_memory(t.root(), d);
  REQUIRE(files);
  CHECK(contains(files->at("index.html"), "<p class=\"organisatie\">Rekenkamer Test</p>"));
}

TEST_CASE("a link in content/bestanden/ is refused, as everywhere in content/") {
  TempProject t;
  write_with_files(t);
  std::error_code ec;
  fs::create_symlink(t.root() / "content/bestanden/foto.png", t.root() / "content/bestanden/kopie.png", ec);
  if (ec) return;  // a file system without links
  Diagnostics d;
  CHECK_FALSE(build_in_memory(t.root(), d));
  CHECK(contains(d.str(), "content/bestanden/kopie.png"));
}

TEST_CASE("an anonymised monitor warns for each file in bestanden/ it cannot search, and check refuses them") {
  TempProject t;
  t.write_anonymised();
  t.write("content/bestanden/foto.png", kPng);
  t.write("content/bestanden/cijfers.csv", "jaar;lasten\n2020;240\n");
  int rc = 0;
  std::string err;
  std::tie(rc, err) = capture_stderr([&] { return run_build({t.root().string()}); });
  CHECK(rc == kOk);
  CHECK_MESSAGE(contains(err, "content/bestanden/foto.png: waarschuwing: Spiegel kan in dit bestand niet zoeken"), err);
  CHECK_FALSE(contains(err, "cijfers.csv"));  // text: searched like every page
  CHECK(capture_stderr([&] { return run_check({t.root().string()}); }).first == kContentError);
  // A name in a text file there is found as anywhere else.
  t.write("content/bestanden/cijfers.csv", "gemeente;lasten\nDeventer;240\n");
  int rc2 = 0;
  std::string err2;
  std::tie(rc2, err2) = capture_stderr([&] { return run_build({t.root().string()}); });
  CHECK(rc2 == kContentError);
  CHECK_MESSAGE(contains(err2, "site/bestanden/cijfers.csv:2:"), err2);
}
