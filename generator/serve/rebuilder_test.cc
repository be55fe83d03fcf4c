// Rebuilding only what a change affects must give exactly the site a full
// build gives: these tests compare the two after each kind of change.
#include "serve/rebuilder.h"

#include <doctest/doctest.h>

#include <fstream>
#include <thread>

#include "../../tests/temp_project.h"

using namespace spiegel;
using spiegel::testing::TempProject;

namespace {

SiteFiles full_build(const TempProject& t) {
  BuildOutcome o = Rebuilder(t.root()).build_all();
  REQUIRE(o.files);
  return *o.files;
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
  t.write(file, replace(t.read(file), "is een Overijsselse gemeente", "is een mooie Overijsselse gemeente"));
  BuildOutcome o = r.rebuild(modified(file));
  REQUIRE(o.files);
  CHECK(o.redone == "tekst");
  CHECK(o.files->at("gemeenten/deventer/index.html").find("mooie Overijsselse") != std::string::npos);
  CHECK(*o.files == full_build(t));
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
