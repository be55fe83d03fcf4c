// Links and raw HTML in texts, through a whole build: a refused link fails the
// build at its file:line and leaves no site; raw HTML is a warning unless
// spiegel.yaml trusts the texts; comments stay out without a word.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <filesystem>

#include "capture_output.h"
#include "cli/commands.h"
#include "site/pipeline.h"
#include "temp_project.h"

using namespace spiegel;
using spiegel::testing::capture_stderr;
using spiegel::testing::contains;
using spiegel::testing::TempProject;
namespace fs = std::filesystem;

namespace {

const std::string kHead = "---\ngemeente: GM0001\ntitel: Jeugdhulp in Aa\n---\n";  // the body starts at line 5

}  // namespace

TEST_CASE("a javascript: link fails spiegel build with file:line and leaves no site") {
  TempProject t;
  t.write_minimal();
  t.write("content/gemeenten/aa.md", kHead + "\n## Kosten\n\nZie [de cijfers](javascript:alert(1)).\n");
  auto [rc, err] = capture_stderr([&] { return run_build({t.root().string()}); });
  CHECK(rc == kContentError);
  CHECK(contains(err,
                 "content/gemeenten/aa.md:8:5: fout: link naar 'javascript:alert(1)': alleen http(s)-, mailto- "
                 "en tel-links en links binnen de site zijn toegestaan\n"));
  CHECK_FALSE(fs::exists(t.root() / "site"));
}

TEST_CASE("refused links are found in blocks, nested blocks, notes and tables, at their line in the file") {
  TempProject t;
  t.write_minimal();
  t.write("content/gemeenten/aa.md", kHead +
                                         "\n"                                                    // 5
                                         "## Kosten\n"                                           // 6
                                         "\n"                                                    // 7
                                         "{{< gemeente >}} zie [a](&#106;avascript:a()).[^1]\n"  // 8
                                         "\n"                                                    // 9
                                         "::: conclusie {#kosten}\n"                             // 10
                                         "Tekst ![b](JaVaScRiPt:b()).[^1]\n"                     // 11
                                         "\n"                                                    // 12
                                         "::: kader {titel=x}\n"                                 // 13
                                         "Dieper <vbscript:c>\n"                                 // 14
                                         ":::\n"                                                 // 15
                                         "\n"                                                    // 16
                                         "[d](data:text/html,x)\n"                               // 17
                                         ":::\n"                                                 // 18
                                         "\n"                                                    // 19
                                         "| kolom |\n|---|\n| [e](javascript:e()) |\n"           // 20-22
                                         "\n"                                                    // 23
                                         "[^1]: Bron: [f](javascript:f()).\n");                  // 24
  Diagnostics d;
  CHECK_FALSE(build_in_memory(t.root(), d).has_value());
  INFO(d.str());
  std::vector<std::string> where;
  for (const Diagnostic& x : d.all()) where.push_back(fmt::format("{}:{}:{}", x.loc.file, x.loc.line, x.loc.column));
  // The note goes with every piece, but is reported once.
  CHECK(where == std::vector<std::string>{"content/gemeenten/aa.md:8:22", "content/gemeenten/aa.md:11:7",
                                          "content/gemeenten/aa.md:14:8", "content/gemeenten/aa.md:17:1",
                                          "content/gemeenten/aa.md:22:3", "content/gemeenten/aa.md:24:13"});
  CHECK(contains(d.all()[0].message, "'javascript:a()'"));
  CHECK(contains(d.all()[2].message, "'vbscript:c'"));
}

TEST_CASE("raw HTML: left out with a warning at file:line, kept with markdown_html: true; comments silent") {
  TempProject t;
  t.write_minimal();
  t.write(
      "content/gemeenten/aa.md",
      kHead +
          "\n## Kosten\n\n<!-- aanwijzing: niet op de site -->\n\nTekst <b>vet</b>.\n\n<div class=\"x\">blok</div>\n");
  auto [rc, err] = capture_stderr([&] { return run_build({t.root().string()}); });
  CHECK(rc == kOk);
  CHECK(contains(err,
                 "content/gemeenten/aa.md:10:7: waarschuwing: ruwe HTML wordt weggelaten; zet markdown_html: true "
                 "in spiegel.yaml als u de teksten vertrouwt\n"));
  CHECK(contains(err, "content/gemeenten/aa.md:12:1: waarschuwing: ruwe HTML"));
  CHECK_FALSE(contains(err, ":8:"));  // the comment
  std::string page = t.read("site/gemeenten/aa/index.html");
  CHECK(contains(page, "<p>Tekst vet.</p>"));
  CHECK_FALSE(contains(page, ">blok<"));
  CHECK_FALSE(contains(page, "aanwijzing"));

  t.write("content/spiegel.yaml", t.read("content/spiegel.yaml") + "markdown_html: true\n");
  auto [rc2, err2] = capture_stderr([&] { return run_build({t.root().string()}); });
  CHECK(rc2 == kOk);
  CHECK_FALSE(contains(err2, "waarschuwing"));
  page = t.read("site/gemeenten/aa/index.html");
  CHECK(contains(page, "<p>Tekst <b>vet</b>.</p>"));
  CHECK(contains(page, "<div class=\"x\">blok</div>"));
  CHECK_FALSE(contains(page, "aanwijzing"));

  // Trusting raw HTML does not make a javascript: link in Markdown syntax safe.
  t.write("content/gemeenten/aa.md", kHead + "\n[x](javascript:alert(1))\n");
  Diagnostics d;
  CHECK_FALSE(build_in_memory(t.root(), d).has_value());
  REQUIRE(d.count() == 1);
  CHECK(d.all()[0].loc.line == 6);
}

TEST_CASE("the report spiegel new writes builds without a warning, its hints not on the site") {
  TempProject t;
  t.write_minimal();
  REQUIRE(capture_stderr([&] { return run_new({"gemeente", "Bee", t.root().string()}); }).first == kOk);
  REQUIRE(contains(t.read("content/gemeenten/bee.md"), "<!--"));
  auto [rc, err] = capture_stderr([&] { return run_build({t.root().string()}); });
  CHECK(rc == kOk);
  CHECK_FALSE(contains(err, "waarschuwing"));
  CHECK_FALSE(contains(t.read("site/gemeenten/bee/index.html"), "<!--"));
}
