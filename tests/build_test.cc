// End to end: whole projects through every stage, as `spiegel build` runs them.
#include <doctest/doctest.h>

#include <filesystem>

#include "capture_output.h"
#include "cli/commands.h"
#include "site/pipeline.h"
#include "temp_project.h"

using namespace spiegel;
using spiegel::testing::contains;
using spiegel::testing::snapshot;
using spiegel::testing::TempProject;
namespace fs = std::filesystem;

namespace {

int build(const TempProject& t, const std::vector<std::string>& extra = {}) {
  std::vector<std::string> args = {t.root().string()};
  args.insert(args.end(), extra.begin(), extra.end());
  return run_build(args);
}

}  // namespace

TEST_CASE("a minimal project builds into the pages of the contract") {
  TempProject t;
  t.write_minimal();
  REQUIRE(build(t) == kOk);
  for (const char* p : {"index.html", "gemeenten/aa/index.html", "404.html", "sitemap.xml", "spiegel.css"})
    CHECK_MESSAGE(fs::exists(t.root() / "site" / p), p);
  std::string report = t.read("site/gemeenten/aa/index.html");
  CHECK(contains(report, "<html lang=\"nl\">"));
  CHECK(contains(report, "Aa gaf € 240 uit."));
  CHECK(contains(report, "<span class=\"kopnummer\">1</span> Kosten"));
  CHECK(contains(t.read("site/index.html"), "href=\"gemeenten/aa/index.html\""));
}

TEST_CASE("the example monitor builds, and twice gives the same bytes") {
  TempProject t;
  t.copy_from(SPIEGEL_SOURCE_DIR "/content", "content");
  REQUIRE(build(t) == kOk);
  auto first = snapshot(t.root() / "site");
  CHECK(first.size() >= 10);
  CHECK(first.count("gemeenten/peel-en-maas/index.html"));
  REQUIRE(build(t, {"--output", (t.root() / "tweede").string()}) == kOk);
  CHECK(snapshot(t.root() / "tweede") == first);
}

TEST_CASE("everything from data and front matter is escaped") {
  TempProject t;
  t.write_minimal();
  t.write("content/gemeenten.csv", "code,naam\nGM0001,<script>alert(1)</script> & Co\nGM0002,\"Bee \"\"B\"\"\"\n");
  t.write("content/gemeenten/aa.md",
          "---\ngemeente: GM0001\ntitel: \"Jeugd & <b>zorg</b>\"\nondertitel: \"\\\" onload=\\\"x\"\n---\n\n"
          "## Over {{< gemeente >}}\n\n{{< gemeente >}} gaf {{< waarde lasten >}} uit.\n");
  t.write("content/indicatoren.yaml", "- id: lasten\n  naam: \"Lasten <i>per</i> inwoner & meer\"\n  eenheid: euro\n");
  REQUIRE(build(t) == kOk);
  for (const auto& entry : snapshot(t.root() / "site")) {
    const auto& path = entry.first;
    const auto& html = entry.second;
    if (path.ends_with(".csv")) continue;  // data, not markup: the name stands there as written (below)
    // The search index is data too: zoeken.js puts every value from it into the page as text.
    if (path.starts_with("pagefind/")) continue;
    CHECK_MESSAGE(!contains(html, "<script>alert"), path);
    CHECK_MESSAGE(!contains(html, "<b>zorg"), path);
    CHECK_MESSAGE(!contains(html, "<i>per"), path);
    CHECK_MESSAGE(!contains(html, "\" onload=\"x"), path);
  }
  std::string report = t.read("site/gemeenten/script-alert-1-script-co/index.html");
  CHECK(contains(report, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co gaf"));
  CHECK(contains(report, "Jeugd &amp; &lt;b&gt;zorg&lt;/b&gt;"));
  CHECK(contains(report, "Lasten &lt;i&gt;per&lt;/i&gt; inwoner &amp; meer"));
  CHECK(contains(t.read("site/data/observaties.csv"), "\nGM0001,<script>alert(1)</script> & Co,lasten,"));
  CHECK(contains(t.read("site/data/observaties.csv"), "\nGM0002,\"Bee \"\"B\"\"\",lasten,"));
}

TEST_CASE("a failing build leaves the existing site exactly as it was") {
  TempProject t;
  t.write_minimal();
  REQUIRE(build(t) == kOk);
  auto before = snapshot(t.root() / "site");
  auto before_time = fs::last_write_time(t.root() / "site/index.html");
  t.write("content/gemeenten/aa.md", "---\ngemeente: GM0001\n---\n{{< waarde lastn >}}\n");
  CHECK(build(t) == kContentError);
  CHECK(snapshot(t.root() / "site") == before);
  CHECK(fs::last_write_time(t.root() / "site/index.html") == before_time);
  int siblings = 0;
  for (const auto& e : fs::directory_iterator(t.root())) siblings += e.path().filename().string().starts_with(".site");
  CHECK(siblings == 0);
}

TEST_CASE("content errors name file:line and what was meant, all at once") {
  TempProject t;
  t.write_minimal();
  t.write("content/gemeenten/aa.md",
          "---\ngemeente: GM0001\n---\n\n{{< waarde lastn >}}\n{{< gemeent >}}\n{{< waarde lasten periode=2031 >}}\n");
  t.write("content/data/extra.csv", "gemeente,indicator,periode,waarde\nGM0009,lasten,2020,1\nGM0001,lasen,2019,2\n");
  Diagnostics d;
  auto project = load_project(t.root(), d);
  REQUIRE_FALSE(project.has_value());
  REQUIRE(d.count() == 2);
  CHECK(d.all()[0].loc.file == "content/data/extra.csv");
  CHECK(d.all()[0].loc.line == 2);
  CHECK(d.all()[1].suggestion == "lasten");

  t.write("content/data/extra.csv", "gemeente,indicator,periode,waarde\n");
  Diagnostics render;
  CHECK_FALSE(build_in_memory(t.root(), render).has_value());
  REQUIRE(render.count() == 3);
  CHECK(render.all()[0].str() ==
        "content/gemeenten/aa.md:5:1: fout: waarde: onbekende indicator 'lastn' — bedoelt u 'lasten'?");
  CHECK(render.all()[1].loc.line == 6);
  CHECK(render.all()[1].suggestion == "gemeente");
  CHECK(render.all()[2].loc.line == 7);
  CHECK(contains(render.all()[2].message, "2031"));
}

TEST_CASE("wrong usage exits 2, a folder without content/ exits 1") {
  TempProject t;
  auto [rc, err] = spiegel::testing::capture_stderr([] { return run_build({"--outptu", "x"}); });
  CHECK(rc == kUsageError);
  CHECK(err == "spiegel: onbekende optie '--outptu' — bedoelt u '--output'?\nZie 'spiegel --help'.\n");
  CHECK(run_build({"a", "b"}) == kUsageError);
  CHECK(run_build({"--output"}) == kUsageError);
  CHECK(build(t) == kContentError);
  CHECK_FALSE(fs::exists(t.root() / "site"));
}

TEST_CASE("the 404 page links from basis_url's path, also when it has no trailing slash") {
  // 404.html is served at any depth, so its links cannot be relative; the
  // path comes from base/basis_path, as in check and serve.
  TempProject t;
  t.write_minimal();
  t.write("content/spiegel.yaml",
          "titel: Testmonitor\norganisatie: Rekenkamer Test\npeilperiode: 2020\n"
          "basis_url: https://rekenkamer.example.nl/monitor\n");
  REQUIRE(build(t) == kOk);
  std::string page = t.read("site/404.html");
  CHECK(contains(page, "href=\"/monitor/index.html\""));
  CHECK_FALSE(contains(page, "/monitorindex.html"));
}

TEST_CASE("a project's own template overrides the built-in one") {
  TempProject t;
  t.write_minimal();
  t.write("templates/404.mustache", "<p>Eigen 404 van {{site.organisatie}}</p>\n");
  REQUIRE(build(t) == kOk);
  CHECK(t.read("site/404.html") == "<p>Eigen 404 van Rekenkamer Test</p>\n");
  t.write("templates/404.mustache", "{{#open}}\nniet gesloten\n");
  CHECK(build(t) == kContentError);
}

TEST_CASE("--context prints a report's view model with the keys of the report page") {
  TempProject t;
  t.write_minimal();
  auto [rc, out] = spiegel::testing::capture_stdout([&] { return build(t, {"--context", "gemeenten/aa"}); });
  REQUIRE(rc == kOk);
  nlohmann::json ctx = nlohmann::json::parse(out);
  for (const char* key : {"site", "pagina", "gemeente", "kerncijfers", "inhoud", "toc", "heeft_toc", "samenvatting"})
    CHECK_MESSAGE(ctx.contains(key), key);
  CHECK(ctx["pagina"]["titel"] == "Jeugdhulp in Aa");
  CHECK(ctx["pagina"]["soort"] == "rapport");
  CHECK(ctx["gemeente"]["naam"] == "Aa");
  CHECK(ctx["kerncijfers"]["rijen"][0]["waarde"] == "€ 240");
  CHECK(contains(ctx["inhoud"].get<std::string>(), "Aa gaf € 240 uit."));
  CHECK_FALSE(fs::exists(t.root() / "site"));  // a dump builds nothing
}

TEST_CASE("--strikt refuses a site with a warning, leaving the old site as it was; without it the build goes on") {
  TempProject t;
  t.write_minimal();
  // Raw HTML is left out with a warning, and so is a Hugo habit: braces without < >.
  t.write("content/gemeenten/aa.md",
          "---\ngemeente: GM0001\n---\n\n{{< gemeente >}} gaf <b>{{ waarde lasten }}</b> uit.\n");
  int rc = 0;
  std::string err;
  std::tie(rc, err) = spiegel::testing::capture_stderr([&] { return build(t); });
  REQUIRE(rc == kOk);
  CHECK_MESSAGE(contains(err, "content/gemeenten/aa.md:5:22: waarschuwing: ruwe HTML wordt weggelaten"), err);
  CHECK_MESSAGE(contains(err,
                         "content/gemeenten/aa.md:5:25: waarschuwing: lijkt een shortcode maar mist < >: "
                         "schrijf {{< waarde lasten >}}"),
                err);
  auto before = snapshot(t.root() / "site");
  int strict_rc = 0;
  std::string strict_err;
  std::tie(strict_rc, strict_err) = spiegel::testing::capture_stderr([&] { return build(t, {"--strikt"}); });
  CHECK(strict_rc == kContentError);
  CHECK_MESSAGE(contains(strict_err, "content/gemeenten/aa.md:5:25: fout (strikt): lijkt een shortcode"), strict_err);
  CHECK_MESSAGE(contains(strict_err, "spiegel: 2 fouten; de site is niet bijgewerkt"), strict_err);
  CHECK_FALSE(contains(strict_err, "waarschuwing:"));
  CHECK(snapshot(t.root() / "site") == before);
  CHECK(build(t, {"--strikt=ja"}) == kUsageError);
}

TEST_CASE("a report that asks for a figure its gemeente lacks fails the build, unless leeg= accepts the gap") {
  TempProject t;
  t.write_minimal();
  t.write("content/data/kosten.csv",
          "gemeente,indicator,periode,waarde\nGM0001,lasten,2019,230\n"
          "GM0001,lasten,2020,240\n");
  t.write("content/gemeenten/bee.md",
          "---\ngemeente: GM0002\n---\n\n{{< gemeente >}} gaf {{< waarde lasten >}} uit.\n");
  int rc = 0;
  std::string err;
  std::tie(rc, err) = spiegel::testing::capture_stderr([&] { return build(t); });
  CHECK(rc == kContentError);
  CHECK_MESSAGE(contains(err, "content/gemeenten/bee.md:5:22: fout: waarde: 'lasten' heeft voor Bee geen enkel cijfer"),
                err);
  CHECK_FALSE(fs::exists(t.root() / "site"));
  t.write("content/gemeenten/bee.md",
          "---\ngemeente: GM0002\n---\n\n{{< gemeente >}} gaf {{< waarde lasten leeg=\"een onbekend bedrag\" >}} "
          "uit.\n\nAa gaf in 2019 {{< waarde lasten gemeente=Aa periode=2019 >}} uit.\n");
  REQUIRE(build(t) == kOk);
  std::string page = t.read("site/gemeenten/bee/index.html");
  CHECK(contains(page, "Bee gaf een onbekend bedrag uit."));
  CHECK(contains(page, "Aa gaf in 2019 € 230 uit."));
}
