// Concepts: a text marked `concept: true` is left out of a published build,
// previewed by serve with a band that says so, and listed by check with the
// chapters still to write.
#include <doctest/doctest.h>

#include <algorithm>

#include "capture_output.h"
#include "cli/commands.h"
#include "serve/rebuilder.h"
#include "temp_project.h"

using namespace spiegel;
using spiegel::testing::capture_stderr;
using spiegel::testing::capture_stdout;
using spiegel::testing::contains;
using spiegel::testing::snapshot;
using spiegel::testing::TempProject;
namespace fs = std::filesystem;

namespace {

void write_concept(const TempProject& t) {
  t.write("content/gemeenten/bee.md",
          "---\ngemeente: GM0002\ntitel: Voorlopig over Bee\nconcept: true\n---\n\n## Kosten\n\n"
          "{{< gemeente >}} gaf {{< waarde lasten >}} uit.\n");
}

/// The 1-based line of `heading` in a file, read from the file itself.
int line_of(const std::string& text, const std::string& heading) {
  std::size_t at = text.find(heading);
  REQUIRE(at != std::string::npos);
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
}

}  // namespace

TEST_CASE("build leaves a concept out and says so; --concepten builds it with a band") {
  TempProject t;
  t.write_minimal();
  write_concept(t);
  int rc = 0;
  std::string err;
  std::tie(rc, err) = capture_stderr([&] { return run_build({t.root().string()}); });
  REQUIRE_MESSAGE(rc == kOk, err);
  CHECK_MESSAGE(contains(err, "1 concept niet gebouwd: content/gemeenten/bee.md"), err);
  CHECK_FALSE(fs::exists(t.root() / "site/gemeenten/bee"));
  for (const auto& entry : snapshot(t.root() / "site"))  // no card, no link, no line of open data
    CHECK_MESSAGE(!contains(entry.second, "Voorlopig over Bee"), entry.first);
  CHECK_FALSE(contains(t.read("site/gemeenten/aa/index.html"), "conceptband"));

  int rc2 = 0;
  std::string err2;
  std::tie(rc2, err2) = capture_stderr([&] { return run_build({t.root().string(), "--concepten"}); });
  REQUIRE_MESSAGE(rc2 == kOk, err2);
  CHECK_FALSE(contains(err2, "niet gebouwd"));
  const std::string page = t.read("site/gemeenten/bee/index.html");
  CHECK(contains(page, "<p class=\"conceptband\"><strong>Concept</strong>"));
  CHECK(contains(page, "Voorlopig over Bee"));
  CHECK_FALSE(contains(t.read("site/gemeenten/aa/index.html"), "conceptband"));
}

TEST_CASE("serve shows a concept, with its band") {
  TempProject t;
  t.write_minimal();
  write_concept(t);
  Rebuilder r(t.root());
  BuildOutcome o = r.build_all();
  REQUIRE_MESSAGE(o.files, o.diags.str());
  CHECK(contains(o.files->at("gemeenten/bee/index.html"), "class=\"conceptband\""));
  CHECK_FALSE(contains(o.files->at("gemeenten/aa/index.html"), "class=\"conceptband\""));
}

TEST_CASE("a new report is a concept: check lists its empty chapters; published, they are refused") {
  TempProject t;
  t.write_minimal();
  REQUIRE(capture_stdout([&] { return run_new({"gemeente", "Bee", t.root().string()}); }).first == kOk);
  const std::string text = t.read("content/gemeenten/bee.md");
  REQUIRE(contains(text, "\nconcept: true\n"));

  int rc = 0;
  std::string out;
  std::tie(rc, out) = capture_stdout([&] { return run_check({t.root().string()}); });
  CHECK_MESSAGE(rc == kOk, out);  // a concept is allowed
  CHECK_MESSAGE(contains(out,
                         "Concepten (niet gebouwd en niet gecontroleerd; met --concepten wel):\n"
                         "  content/gemeenten/bee.md: nog leeg: Aanleiding en onderzoeksvragen (regel " +
                             std::to_string(line_of(text, "## Aanleiding")) + "), Normenkader (regel " +
                             std::to_string(line_of(text, "## Normenkader")) + ")"),
                out);
  CHECK(contains(out, "Nawoord (regel " + std::to_string(line_of(text, "## Nawoord")) + ")\n"));

  // Published as it stands, it would be a report of empty chapters.
  std::string done = text;
  done.erase(done.find("concept: true\n"), 14);
  t.write("content/gemeenten/bee.md", done);
  int rc2 = 0;
  std::string err2;
  std::tie(rc2, err2) = capture_stderr([&] { return run_build({t.root().string()}); });
  CHECK(rc2 == kOk);  // a warning: the site is built
  CHECK_MESSAGE(contains(err2, "content/gemeenten/bee.md:" + std::to_string(line_of(done, "## Bevindingen")) +
                                   ":1: waarschuwing: hoofdstuk 'Bevindingen' is nog leeg"),
                err2);
  CHECK(capture_stderr([&] { return run_check({t.root().string()}); }).first == kContentError);

  // A chapter with only a subheading is still empty; one with a sentence is not.
  t.write("content/gemeenten/bee.md",
          "---\ngemeente: GM0002\n---\n\n## Eén\n\n### Sub\n\n<!-- nog doen -->\n\n"
          "## Twee\n\nTekst.\n");
  auto [rc3, err3] = capture_stderr([&] { return run_build({t.root().string()}); });
  CHECK(rc3 == kOk);
  CHECK(contains(err3, "hoofdstuk 'Eén' is nog leeg"));
  CHECK_FALSE(contains(err3, "'Twee'"));
}
