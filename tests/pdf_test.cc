// End to end: `spiegel pdf` with the real WeasyPrint on a small project, read
// back with poppler's tools as a reader's PDF viewer would; and with WeasyPrint
// missing or failing, the old site stays as it was.
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <sys/stat.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "capture_output.h"
#include "cli/commands.h"
#include "temp_project.h"

using namespace spiegel;
using spiegel::testing::capture_stderr;
using spiegel::testing::contains;
using spiegel::testing::EnvironmentFor;
using spiegel::testing::snapshot;
using spiegel::testing::TempProject;
namespace fs = std::filesystem;

namespace {

/// What a command prints on stdout; tests only run poppler's tools on paths without spaces.
std::string output_of(const std::string& command) {
  std::string out;
  std::FILE* p = popen(command.c_str(), "r");
  REQUIRE(p);
  char buf[4096];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
  pclose(p);
  return out;
}

/// write_minimal with a second report, for Bee.
void write_two_reports(const TempProject& t) {
  t.write_minimal();
  t.write("content/gemeenten/bee.md", "---\ngemeente: GM0002\ntitel: Jeugdhulp in Bee\n---\n\n## Kosten\n\nTekst.\n");
}

/// Nothing of a render is left beside the site: no .site.spiegel-pdf-… folder.
bool render_folder_left(const TempProject& t) {
  for (const auto& e : fs::directory_iterator(t.root()))
    if (contains(e.path().filename().string(), "spiegel-pdf")) return true;
  return false;
}

}  // namespace

TEST_CASE("spiegel pdf: a PDF per report with title, author and embedded fonts, in the manifest and linked") {
  TempProject t;
  write_two_reports(t);
  t.write("content/gemeenten/aa.md", t.read("content/gemeenten/aa.md") + "\n{{< kaart indicator=lasten >}}\n");
  int rc = 0;
  std::string err;
  std::tie(rc, err) = capture_stderr([&] { return run_pdf({t.root().string(), "--bundel", "-j", "2"}); });
  INFO(err);
  REQUIRE(rc == kOk);
  CHECK(contains(err, "PDF 3 van 3"));  // not a terminal: a plain line per finished page
  const fs::path site = t.root() / "site";
  const std::string manifest = t.read("site/.spiegel-site");
  for (const char* pdf : {"gemeenten/aa/rapport.pdf", "gemeenten/bee/rapport.pdf", "monitor.pdf"}) {
    CHECK_MESSAGE(fs::exists(site / pdf), pdf);
    CHECK_MESSAGE(contains(manifest, std::string("\n") + pdf + "\n"), pdf);
  }
  CHECK_FALSE(render_folder_left(t));

  const std::string info = output_of("pdfinfo " + (site / "gemeenten/aa/rapport.pdf").string());
  CHECK(contains(info, "Title:           Jeugdhulp in Aa — Testmonitor"));
  CHECK(contains(info, "Author:          Rekenkamer Test"));
  CHECK(contains(info, "Tagged:          yes"));  // PDF/UA: a structure a screen reader can follow
  CHECK_FALSE(contains(info, "Pages:           0"));
  CHECK(contains(info, "Pages:"));
  CHECK(contains(output_of("pdftotext " + (site / "gemeenten/aa/rapport.pdf").string() + " -"), "Jeugdhulp in Aa"));
  const std::string fonts = output_of("pdffonts " + (site / "gemeenten/aa/rapport.pdf").string());
  CHECK(contains(fonts, " yes "));
  CHECK_FALSE(contains(fonts, " no  "));  // every font embedded: the emb column never says no
  // Links stay relative, as on the page: not into the folder the page was rendered in, which is gone.
  CHECK_FALSE(contains(t.read("site/gemeenten/aa/rapport.pdf"), "file://"));
  // Yet images load: the map all reports share is drawn (its legend), not replaced by its alt text.
  const std::string aa = output_of("pdftotext " + (site / "gemeenten/aa/rapport.pdf").string() + " -");
  CHECK(contains(aa, "geen cijfer"));
  CHECK_FALSE(contains(aa, "Kaart van Nederland:"));
  const std::string bundle = output_of("pdftotext " + (site / "monitor.pdf").string() + " -");
  CHECK(contains(bundle, "Jeugdhulp in Aa"));
  CHECK(contains(bundle, "Jeugdhulp in Bee"));

  CHECK(contains(t.read("site/gemeenten/aa/index.html"),
                 "<a href=\"rapport.pdf\" type=\"application/pdf\">Download als PDF"));

  // A chosen report: only its PDF, and only its page links one.
  int rc2 = 0;
  std::string err2;
  std::tie(rc2, err2) = capture_stderr([&] { return run_pdf({t.root().string(), "bee"}); });
  INFO(err2);
  REQUIRE(rc2 == kOk);
  CHECK(fs::exists(site / "gemeenten/bee/rapport.pdf"));
  CHECK_FALSE(fs::exists(site / "gemeenten/aa/rapport.pdf"));
  CHECK_FALSE(fs::exists(site / "monitor.pdf"));
  CHECK_FALSE(contains(t.read("site/gemeenten/aa/index.html"), "rapport.pdf"));
  CHECK(contains(t.read("site/gemeenten/bee/index.html"), "rapport.pdf"));

  // A plain build has no PDF, so no link.
  REQUIRE(capture_stderr([&] { return run_build({t.root().string()}); }).first == kOk);
  CHECK_FALSE(fs::exists(site / "gemeenten/bee/rapport.pdf"));
  CHECK_FALSE(contains(t.read("site/gemeenten/bee/index.html"), "rapport.pdf"));
}

TEST_CASE("spiegel pdf: an unknown slug is a usage error that names the nearest report") {
  TempProject t;
  write_two_reports(t);
  auto [rc, err] = capture_stderr([&] { return run_pdf({t.root().string(), "bea"}); });
  CHECK(rc == kUsageError);
  CHECK(contains(err, "geen rapport met de naam 'bea' in de site — bedoelt u 'bee'?"));
  CHECK_FALSE(fs::exists(t.root() / "site"));
}

TEST_CASE("spiegel pdf: without WeasyPrint it says how to install it, builds nothing and leaves the site") {
  TempProject t;
  t.write_minimal();
  REQUIRE(capture_stderr([&] { return run_build({t.root().string()}); }).first == kOk);
  const auto before = snapshot(t.root() / "site");
  fs::create_directories(t.root() / "leeg");
  EnvironmentFor path("PATH", (t.root() / "leeg").string());
  auto [rc, err] = capture_stderr([&] { return run_pdf({t.root().string()}); });
  CHECK(rc == kContentError);
  CHECK(contains(err, "WeasyPrint is niet gevonden"));
  CHECK(contains(err, "apt-get install weasyprint"));
  CHECK(snapshot(t.root() / "site") == before);
}

TEST_CASE("spiegel pdf: a failing render shows its last lines, leaves no PDF and the old site as it was") {
  TempProject t;
  t.write_minimal();
  REQUIRE(capture_stderr([&] { return run_build({t.root().string()}); }).first == kOk);
  const auto before = snapshot(t.root() / "site");
  // A renderer that writes half a PDF to its output (the last argument) and fails.
  t.write("nep/weasyprint",
          "#!/bin/sh\nfor last; do :; done\nprintf '%%PDF-1.7 half' > \"$last\"\n"
          "echo 'Traceback (most recent call last):' >&2\necho 'ERROR: de pagina is kapot' >&2\nexit 1\n");
  chmod((t.root() / "nep/weasyprint").c_str(), 0755);
  EnvironmentFor path("PATH", (t.root() / "nep").string() + ":" + std::getenv("PATH"));
  auto [rc, err] = capture_stderr([&] { return run_pdf({t.root().string()}); });
  CHECK(rc == kContentError);
  CHECK(contains(err, "de PDF van Aa is niet gemaakt: WeasyPrint stopte met afsluitcode 1"));
  CHECK(contains(err, "ERROR: de pagina is kapot"));
  CHECK(contains(err, "de site is niet bijgewerkt"));
  CHECK(snapshot(t.root() / "site") == before);
  CHECK_FALSE(render_folder_left(t));
}

TEST_CASE("spiegel pdf: pages say 'n van N' but the title page does not; the contents' page numbers are right") {
  TempProject t;
  t.write_minimal();
  t.write("content/gemeenten/aa.md",
          "---\ngemeente: GM0001\ntitel: Jeugdhulp in Aa\n---\n\n## Kosten\n\n{{< gemeente >}} gaf "
          "{{< waarde lasten >}} uit.\n\n## Gebruik\n\nTekst over het gebruik.\n\n## Conclusies\n\nTekst.\n");
  int rc = 0;
  std::string err;
  std::tie(rc, err) = capture_stderr([&] { return run_pdf({t.root().string()}); });
  INFO(err);
  REQUIRE(rc == kOk);
  const std::string pdf = (t.root() / "site/gemeenten/aa/rapport.pdf").string();
  const std::string info = output_of("pdfinfo " + pdf);
  const std::size_t at = info.find("Pages:");
  REQUIRE(at != std::string::npos);
  const int pages = std::atoi(info.c_str() + at + 6);
  REQUIRE(pages >= 4);  // title page, colofon, contents, chapters each on a new page
  auto page_text = [&](int p) { return output_of(fmt::format("pdftotext -f {0} -l {0} -layout {1} -", p, pdf)); };
  CHECK_FALSE(contains(page_text(1), " van "));  // no folio on the title page
  CHECK(contains(page_text(2), fmt::format("2 van {}", pages)));
  // The contents give "2 Gebruik …… n"; the chapter heading stands on page n.
  int toc_page = 0, listed = 0;
  for (int p = 1; p <= pages && !toc_page; ++p) {
    const std::string text = page_text(p);
    const std::size_t line = text.find("2 Gebruik");
    const std::size_t end = line == std::string::npos ? line : text.find('\n', line);
    if (line == std::string::npos || text.find("....", line) > end) continue;
    toc_page = p;
    std::string entry = text.substr(line, end - line);
    listed = std::atoi(entry.c_str() + entry.find_last_of('.') + 1);
  }
  REQUIRE(toc_page > 0);
  REQUIRE(listed > toc_page);
  CHECK(contains(page_text(listed), "Gebruik"));
  CHECK(contains(page_text(listed), "Tekst over het gebruik."));

  // The same input gives the same PDF, byte for byte (so it keeps its date in the site).
  const std::string first = t.read("site/gemeenten/aa/rapport.pdf");
  REQUIRE(capture_stderr([&] { return run_pdf({t.root().string()}); }).first == kOk);
  CHECK(t.read("site/gemeenten/aa/rapport.pdf") == first);
}
