// Rebuilding only what a change affects must give exactly the site a full
// build gives: these tests compare the two after each kind of change.
#include "serve/rebuilder.h"

#include <doctest/doctest.h>

#include <fstream>
#include <thread>

#include "../../tests/temp_project.h"
#include "serve/error_page.h"
#include "site/pipeline.h"

using namespace spiegel;
using spiegel::testing::TempProject;

namespace {

/// The reference: what `spiegel build --concepten` makes of the project (serve
/// shows the concepts too), not the rebuilder itself.
SiteFiles full_build(const TempProject& t) {
  Diagnostics d;
  std::optional<SiteFiles> files = build_in_memory(t.root(), d, BuildOptions{.concepts = true});
  REQUIRE_MESSAGE(files, d.str());
  return *files;
}

std::vector<FileChange> modified(const std::string& path) { return {{path, FileChange::Type::modified}}; }

std::string replace(std::string s, const std::string& from, const std::string& to) {
  auto at = s.find(from);
  REQUIRE(at != std::string::npos);
  return s.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("a text edit reuses the figures and gives the same site as a full build") {
  TempProject t;
  t.copy_from(SPIEGEL_SOURCE_DIR "/content", "content");
  Rebuilder r(t.root());
  REQUIRE(r.build_all().files);
  const std::string file = "content/gemeenten/deventer.md";
  t.write(file, replace(t.read(file), "ligt in Overijssel", "ligt in het mooie Overijssel"));
  BuildOutcome o = r.rebuild(modified(file));
  REQUIRE(o.files);
  CHECK(o.redone == "tekst");
  CHECK(o.files->at("gemeenten/deventer/index.html").find("mooie Overijssel") != std::string::npos);
  CHECK(*o.files == full_build(t));
}

TEST_CASE("a text edit renders only that text again, and the overviews show it") {
  TempProject t;
  t.copy_from(SPIEGEL_SOURCE_DIR "/content", "content");
  Rebuilder r(t.root());
  BuildOutcome first = r.build_all();
  REQUIRE(first.files);
  CHECK(first.texts_total > 1);
  CHECK(first.texts_rendered == first.texts_total);
  const std::string old_aanbeveling = "Breng in kaart waardoor het gebruik van jeugdhulp is gedaald.";
  const std::string new_aanbeveling = "Zoek uit waardoor het gebruik van jeugdhulp daalde.";
  REQUIRE(first.files->at("aanbevelingen/index.html").find(old_aanbeveling) != std::string::npos);

  const std::string file = "content/gemeenten/deventer.md";
  std::string text = replace(t.read(file), "ligt in Overijssel", "ligt in het mooie Overijssel");
  t.write(file, replace(text, old_aanbeveling, new_aanbeveling));
  BuildOutcome o = r.rebuild(modified(file));
  REQUIRE(o.files);
  CHECK(o.redone == "tekst");
  CHECK(o.texts_rendered == 1);
  CHECK(o.texts_total == first.texts_total);
  CHECK(o.summary() == "tekst (1 van " + std::to_string(first.texts_total) + " teksten opnieuw)");
  CHECK(o.files->at("gemeenten/deventer/index.html").find("mooie Overijssel") != std::string::npos);
  const std::string& overview = o.files->at("aanbevelingen/index.html");
  CHECK(overview.find(new_aanbeveling) != std::string::npos);
  CHECK(overview.find(old_aanbeveling) == std::string::npos);
  // Byte for byte, monitor.json (the texts' structure after the kept figures) included.
  CHECK(*o.files == full_build(t));

  // A second edit of another text: the first one's new version comes from the cache.
  const std::string other = "content/paginas/colofon.md";
  t.write(other, t.read(other) + "\nEen zin erbij.\n");
  o = r.rebuild(modified(other));
  REQUIRE(o.files);
  CHECK(o.texts_rendered == 1);
  CHECK(*o.files == full_build(t));
}

TEST_CASE("a text edit puts only its own page and the two overviews through the templates again") {
  TempProject t;
  t.copy_from(SPIEGEL_SOURCE_DIR "/content", "content");
  Rebuilder r(t.root());
  BuildOutcome first = r.build_all();
  REQUIRE(first.files);
  const std::string file = "content/gemeenten/deventer.md";
  t.write(file, replace(t.read(file), "ligt in Overijssel", "ligt in het vlakke Overijssel"));
  BuildOutcome o = r.rebuild(modified(file));
  REQUIRE(o.files);
  CHECK(r.pages_rendered() == 4);  // gemeenten/deventer, aanbevelingen, conclusies, opvolging
  CHECK(*o.files == full_build(t));
  // A template edit renders every page again, whatever was kept.
  std::ifstream in(SPIEGEL_SOURCE_DIR "/templates/layout.mustache");
  std::string tpl{std::istreambuf_iterator<char>(in), {}};
  t.write("templates/layout.mustache", replace(tpl, "Naar de inhoud", "Direct naar de inhoud"));
  o = r.rebuild(modified("templates/layout.mustache"));
  REQUIRE(o.files);
  CHECK(static_cast<std::size_t>(r.pages_rendered()) ==
        static_cast<std::size_t>(
            std::count_if(o.files->begin(), o.files->end(), [](const auto& f) { return f.first.ends_with(".html"); })));
  CHECK(o.files->at("index.html").find("Direct naar de inhoud") != std::string::npos);
  CHECK(*o.files == full_build(t));
}

TEST_CASE("data renders every text again, a template none") {
  TempProject t;
  t.copy_from(SPIEGEL_SOURCE_DIR "/content", "content");
  Rebuilder r(t.root());
  REQUIRE(r.build_all().files);

  const std::string data = "content/data/kosten.csv";
  std::string rows = t.read(data);
  t.write(data, rows);  // any change to data reloads and computes everything
  BuildOutcome o = r.rebuild(modified(data));
  REQUIRE(o.files);
  CHECK(o.redone == "alles");
  CHECK(o.texts_total > 1);
  CHECK(o.texts_rendered == o.texts_total);

  std::ifstream in(SPIEGEL_SOURCE_DIR "/templates/404.mustache");
  std::string tpl{std::istreambuf_iterator<char>(in), {}};
  t.write("templates/404.mustache", replace(tpl, "Pagina niet gevonden", "Deze pagina is er niet"));
  o = r.rebuild(modified("templates/404.mustache"));
  REQUIRE(o.files);
  CHECK(o.redone == "sjablonen");
  CHECK(o.texts_rendered == 0);
  CHECK(*o.files == full_build(t));
}

TEST_CASE("a text with an error is not kept: its error comes back after a template edit") {
  TempProject t;
  t.copy_from(SPIEGEL_SOURCE_DIR "/content", "content");
  Rebuilder r(t.root());
  REQUIRE(r.build_all().files);
  const std::string file = "content/gemeenten/deventer.md";
  std::string good = t.read(file);
  t.write(file, good + "\n{{< onbekend >}}\n");
  BuildOutcome broken = r.rebuild(modified(file));
  REQUIRE(broken.diags.has_errors());
  CHECK(broken.texts_rendered == 1);

  std::ifstream in(SPIEGEL_SOURCE_DIR "/templates/404.mustache");
  t.write("templates/404.mustache", std::string{std::istreambuf_iterator<char>(in), {}});
  BuildOutcome again = r.rebuild(modified("templates/404.mustache"));
  CHECK_FALSE(again.files);
  CHECK(again.texts_rendered == 1);
  REQUIRE(again.diags.has_errors());
  CHECK(again.diags.all().front().loc.file == file);

  t.write(file, good);
  BuildOutcome fixed = r.rebuild(modified(file));
  REQUIRE(fixed.files);
  CHECK(fixed.texts_rendered == 1);
  CHECK(*fixed.files == full_build(t));
}

TEST_CASE("a text with a warning is not kept either: its warning comes back after a template edit") {
  TempProject t;
  t.copy_from(SPIEGEL_SOURCE_DIR "/content", "content");
  Rebuilder r(t.root());
  REQUIRE(r.build_all().files);
  const std::string file = "content/gemeenten/deventer.md";
  t.write(file, t.read(file) + "\nDe lasten: {{ waarde lasten_per_inwoner }}.\n");
  BuildOutcome warned = r.rebuild(modified(file));
  REQUIRE(warned.files);
  REQUIRE(warned.diags.warnings().size() == 1);

  std::ifstream in(SPIEGEL_SOURCE_DIR "/templates/404.mustache");
  t.write("templates/404.mustache", std::string{std::istreambuf_iterator<char>(in), {}});
  BuildOutcome again = r.rebuild(modified("templates/404.mustache"));
  REQUIRE(again.files);
  CHECK(again.texts_rendered == 1);
  REQUIRE(again.diags.warnings().size() == 1);
  CHECK(again.diags.warnings().front().loc.file == file);
}

TEST_CASE("a changed front matter, data or an added file reloads everything") {
  TempProject t;
  t.copy_from(SPIEGEL_SOURCE_DIR "/content", "content");
  Rebuilder r(t.root());
  REQUIRE(r.build_all().files);
  const std::string file = "content/gemeenten/deventer.md";
  t.write(file, replace(t.read(file), "titel: Jeugdhulp in Deventer", "titel: Jeugdzorg in Deventer"));
  BuildOutcome o = r.rebuild(modified(file));
  REQUIRE(o.files);
  CHECK(o.redone == "alles");
  CHECK(*o.files == full_build(t));

  o = r.rebuild(modified("content/data/kosten.csv"));
  CHECK(o.redone == "alles");
  o = r.rebuild({{"content/paginas/nieuw.md", FileChange::Type::added}});
  CHECK(o.redone == "alles");
  CHECK(r.rebuild(modified("content/gemeenten/.deventer.md.swp")).redone == "niets");
}

TEST_CASE("a template edit reloads only the theme") {
  TempProject t;
  t.copy_from(SPIEGEL_SOURCE_DIR "/content", "content");
  Rebuilder r(t.root());
  REQUIRE(r.build_all().files);
  std::ifstream in(SPIEGEL_SOURCE_DIR "/templates/404.mustache");
  std::string tpl{std::istreambuf_iterator<char>(in), {}};
  t.write("templates/404.mustache", replace(tpl, "Pagina niet gevonden", "Deze pagina is er niet"));
  BuildOutcome o = r.rebuild(modified("templates/404.mustache"));
  REQUIRE(o.files);
  CHECK(o.redone == "sjablonen");
  CHECK(o.files->at("404.html").find("Deze pagina is er niet") != std::string::npos);
  CHECK(*o.files == full_build(t));
}

TEST_CASE("a broken text gives errors with file:line, and the next good save recovers") {
  TempProject t;
  t.copy_from(SPIEGEL_SOURCE_DIR "/content", "content");
  Rebuilder r(t.root());
  REQUIRE(r.build_all().files);
  const std::string file = "content/gemeenten/deventer.md";
  std::string good = t.read(file);
  t.write(file, good + "\n{{< onbekend >}}\n");
  BuildOutcome broken = r.rebuild(modified(file));
  CHECK_FALSE(broken.files);
  REQUIRE(broken.diags.has_errors());
  CHECK(broken.diags.all().front().loc.file == file);
  CHECK(broken.diags.all().front().loc.line > 1);
  t.write(file, good);
  BuildOutcome fixed = r.rebuild(modified(file));
  REQUIRE(fixed.files);
  CHECK(*fixed.files == full_build(t));

  // A broken data file: nothing is kept, and the fix is a full build.
  const std::string data = "content/gemeenten.csv";
  std::string registry = t.read(data);
  t.write(data, "naam\nx\n");
  CHECK_FALSE(r.rebuild(modified(data)).files);
  t.write(data, registry);
  BuildOutcome again = r.rebuild(modified(data));
  REQUIRE(again.files);
  CHECK(again.redone == "alles");
}

TEST_CASE("serve refuses a text that names an anonymised gemeente, and shows why in the browser") {
  TempProject t;
  t.write_anonymised();
  Rebuilder r(t.root());
  REQUIRE(r.build_all().files);
  const std::string file = "content/gemeenten/aa.md";
  const std::string clean = t.read(file);
  // A text edit: only the text is redone, and the check still runs.
  t.write(file, clean + "\nIn Dev*en*ter gaat het goed.\n");
  BuildOutcome o = r.rebuild(modified(file));
  CHECK(o.redone == "tekst");
  CHECK_FALSE(o.files);
  REQUIRE(o.diags.count() >= 1);
  CHECK(o.diags.all()[0].loc.file == "site/gemeenten/gemeente-a/index.html");
  const std::string page = error_page_html(o.diags);
  CHECK_MESSAGE(page.find("&#39;Dev&lt;em&gt;en&lt;/em&gt;ter&#39; staat in de uitvoer") != std::string::npos, page);
  // Fixed: the site is back.
  t.write(file, clean);
  o = r.rebuild(modified(file));
  CHECK(o.files);
  // A whole build (after a data change) refuses a leak too.
  t.write(file, clean + "\nZie https://www.deventer.nl.\n");
  o = r.rebuild({{"content/gemeenten.csv", FileChange::Type::modified}});
  CHECK(o.redone == "alles");
  CHECK_FALSE(o.files);
}

TEST_CASE("serve: after a text edit the anonymity check reuses its findings in unchanged files, and finds the same") {
  TempProject t;
  t.write_anonymised();
  // A group named after an anonymised gemeente: in the open data, which a text edit does not change.
  t.write("content/groepen.yaml",
          "groepen:\n  - id: nederland\n    naam: Nederland\n    alle: true\n"
          "  - id: provincie\n    naam: \"Provincie {waarde}\"\n    per_kolom: provincie\n");
  t.write("content/gemeenten.csv", t.read("content/gemeenten.csv") + "GM0003,Regio,Deventer\n");
  auto in_open_data = [](const Diagnostics& d) {
    for (const Diagnostic& e : d.all())
      if (e.loc.file == "site/data/monitor.json") return true;
    return false;
  };
  Rebuilder r(t.root());
  BuildOutcome first = r.build_all();
  CHECK_FALSE(first.files);
  CHECK(in_open_data(first.diags));
  const std::string file = "content/gemeenten/aa.md";
  t.write(file, replace(t.read(file), "---\n\n", "---\n\nEen zin erbij.\n\n"));
  BuildOutcome o = r.rebuild(modified(file));
  CHECK(o.redone == "tekst");
  CHECK(in_open_data(o.diags));
  Diagnostics full;
  CHECK_FALSE(build_in_memory(t.root(), full));
  CHECK(o.diags.str() == full.str());
}

TEST_CASE("a project's own map replaces the built-in one, also while serving; a broken one is an error") {
  TempProject t;
  t.write_minimal();
  t.write("content/gemeenten/aa.md", t.read("content/gemeenten/aa.md") + "\n{{< kaart indicator=lasten >}}\n");
  Rebuilder r(t.root());
  BuildOutcome first = r.build_all();
  REQUIRE(first.files);
  // The report shows the map all reports share, one file under kaarten/.
  auto shared_map = [](const SiteFiles& files) {
    auto it = files.lower_bound("kaarten/");
    REQUIRE((it != files.end() && it->first.starts_with("kaarten/") && it->first.ends_with(".svg")));
    CHECK(files.at("gemeenten/aa/index.html").find("src=\"../../" + it->first + "\"") != std::string::npos);
    return it->second;
  };
  CHECK(shared_map(*first.files).find("Súdwest-Fryslân") != std::string::npos);  // the built-in 2024 map

  // Aa, Bee and a gemeente of the project's own map that the registry does not know.
  t.write("templates/kaarten/gemeente.topojson",
          R"({"type":"Topology","arcs":[[[0,0],[10,0],[10,10],[0,10],[0,0]],[[10,0],[20,0],[20,10],[10,10],[10,0]],)"
          R"([[20,0],[30,0],[30,10],[20,10],[20,0]]],"objects":{"g":{"type":"GeometryCollection","geometries":[)"
          R"({"type":"Polygon","arcs":[[0]],"properties":{"statcode":"GM0001","statnaam":"Aa"}},)"
          R"({"type":"Polygon","arcs":[[1]],"properties":{"statcode":"GM0002","statnaam":"Bee"}},)"
          R"({"type":"Polygon","arcs":[[2]],"properties":{"statcode":"GM0003","statnaam":"Nieuwe Gemeente"}}]}}})");
  BuildOutcome own = r.rebuild(modified("templates/kaarten/gemeente.topojson"));
  INFO(own.diags.str());
  REQUIRE(own.files);
  CHECK(shared_map(*own.files).find("Nieuwe Gemeente") != std::string::npos);
  CHECK(shared_map(*own.files).find("Súdwest-Fryslân") == std::string::npos);
  CHECK(*own.files == full_build(t));

  t.write("templates/kaarten/gemeente.topojson", R"({"type":"Topology","arcs":[],"objects":{"g":)");
  BuildOutcome broken = r.rebuild(modified("templates/kaarten/gemeente.topojson"));
  CHECK_FALSE(broken.files);
  CHECK(broken.diags.str().find("templates/kaarten/gemeente.topojson") != std::string::npos);
}
