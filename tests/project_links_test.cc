// Symbolic links in a project's content/ and templates/ are refused, never
// followed: a link could otherwise make a build read or write outside the
// project. Each victim lives in the test's own temporary folder.
#include <doctest/doctest.h>

#include <filesystem>

#include "capture_output.h"
#include "cli/commands.h"
#include "serve/rebuilder.h"
#include "temp_project.h"

using namespace spiegel;
using spiegel::testing::capture_stderr;
using spiegel::testing::contains;
using spiegel::testing::TempProject;
namespace fs = std::filesystem;

namespace {

/// The minimal project in root/project, so that root/ holds the victims beside it.
fs::path make_project(const TempProject& t) {
  t.write_minimal();
  fs::create_directory(t.root() / "project");
  fs::rename(t.root() / "content", t.root() / "project/content");
  return t.root() / "project";
}

std::pair<int, std::string> build(const fs::path& project, const std::vector<std::string>& extra = {}) {
  std::vector<std::string> args = {project.string()};
  args.insert(args.end(), extra.begin(), extra.end());
  return capture_stderr([&] { return run_build(args); });
}

}  // namespace

TEST_CASE("a template linked to a file outside the project is refused, and the file stays untouched") {
  TempProject t;
  fs::path project = make_project(t);
  t.write("victim.txt", "van iemand anders\n");
  const auto backdated = fs::last_write_time(t.root() / "victim.txt") - std::chrono::hours(1);
  fs::last_write_time(t.root() / "victim.txt", backdated);
  fs::create_directories(project / "templates");
  fs::create_symlink("../../victim.txt", project / "templates/evil.css");

  auto [rc, err] = build(project);
  CHECK(rc == kContentError);
  CHECK(contains(err, "templates/evil.css: fout: dit is een symbolische koppeling"));
  CHECK(t.read("victim.txt") == "van iemand anders\n");
  CHECK(fs::last_write_time(t.root() / "victim.txt") == backdated);
  CHECK_FALSE(fs::exists(project / "site"));

  // With an output deeper down, the old name "../../victim.txt" pointed at a
  // new file outside the site.
  fs::create_directories(t.root() / "a/b");
  CHECK(build(project, {"--output", (t.root() / "a/b/site").string()}).first == kContentError);
  CHECK_FALSE(fs::exists(t.root() / "a/victim.txt"));
  CHECK_FALSE(fs::exists(t.root() / "a/b/site"));
}

TEST_CASE("a link that stays inside the project is refused too, with what to do") {
  TempProject t;
  fs::path project = make_project(t);
  fs::create_directories(project / "templates");
  std::ofstream(project / "templates/echt.css") << "p {}\n";
  fs::create_symlink("echt.css", project / "templates/ook.css");
  auto [rc, err] = build(project);
  CHECK(rc == kContentError);
  CHECK(contains(err,
                 "templates/ook.css: fout: dit is een symbolische koppeling (naar 'echt.css'); Spiegel volgt geen "
                 "koppelingen — zet het bestand of de map zelf hier neer"));
  fs::remove(project / "templates/ook.css");
  fs::copy_file(project / "templates/echt.css", project / "templates/ook.css");
  CHECK(build(project).first == kOk);
  CHECK(fs::exists(project / "site/ook.css"));
}

TEST_CASE("a text linked to a file outside the project is refused without showing what is in it") {
  TempProject t;
  fs::path project = make_project(t);
  t.write("geheim.txt", "---\ngemeente: GEHEIM-123\ntitel: Geheime titel\n---\nGEHEIME-TEKST\n");
  fs::create_symlink("../../../geheim.txt", project / "content/gemeenten/lek.md");
  auto [rc, err] = build(project);
  CHECK(rc == kContentError);
  CHECK(contains(err, "content/gemeenten/lek.md: fout: dit is een symbolische koppeling"));
  CHECK_FALSE(contains(err, "GEHEIM"));
  // A required file that is a link is that one error, not also "bestand ontbreekt".
  fs::remove(project / "content/gemeenten/lek.md");
  fs::rename(project / "content/spiegel.yaml", t.root() / "spiegel.yaml");
  fs::create_symlink("../../spiegel.yaml", project / "content/spiegel.yaml");
  std::tie(rc, err) = build(project);
  CHECK(rc == kContentError);
  CHECK(contains(err, "content/spiegel.yaml: fout: dit is een symbolische koppeling"));
  CHECK_FALSE(contains(err, "ontbreekt"));
}

TEST_CASE("a loop of links is an error with its path, not a crash") {
  TempProject t;
  fs::path project = make_project(t);
  fs::create_directories(project / "templates");
  fs::create_symlink("b.css", project / "templates/a.css");
  fs::create_symlink("a.css", project / "templates/b.css");
  auto [rc, err] = build(project);
  CHECK(rc == kContentError);
  CHECK(contains(err, "templates/a.css: fout: dit is een symbolische koppeling"));
  fs::remove_all(project / "templates");

  fs::create_symlink("b.md", project / "content/gemeenten/a.md");
  fs::create_symlink("a.md", project / "content/gemeenten/b.md");
  std::tie(rc, err) = build(project);
  CHECK(rc == kContentError);
  CHECK(contains(err, "content/gemeenten/a.md: fout: dit is een symbolische koppeling"));
  CHECK(contains(err, "content/gemeenten/b.md: fout: dit is een symbolische koppeling"));
}

TEST_CASE("serve shows a loop of links as an error and builds again once it is gone") {
  TempProject t;
  fs::path project = make_project(t);
  Rebuilder r(project);
  REQUIRE(r.build_all().files);
  fs::create_directories(project / "templates");
  fs::create_symlink("b.css", project / "templates/a.css");
  fs::create_symlink("a.css", project / "templates/b.css");
  BuildOutcome o = r.rebuild({{"templates/a.css", FileChange::Type::added}});
  CHECK_FALSE(o.files);
  CHECK(contains(o.diags.str(), "templates/a.css"));
  fs::create_symlink("d.md", project / "content/gemeenten/c.md");
  fs::create_symlink("c.md", project / "content/gemeenten/d.md");
  o = r.rebuild({{"content/gemeenten/c.md", FileChange::Type::added}});
  CHECK_FALSE(o.files);
  CHECK(contains(o.diags.str(), "content/gemeenten/c.md"));
  fs::remove_all(project / "templates");
  fs::remove(project / "content/gemeenten/c.md");
  fs::remove(project / "content/gemeenten/d.md");
  o = r.rebuild({{"content/gemeenten/c.md", FileChange::Type::removed}});
  CHECK(o.files);
}

TEST_CASE("serve does not read a text that was replaced by a link") {
  TempProject t;
  fs::path project = make_project(t);
  // The same front matter as aa.md, so that only the text below it differs.
  t.write("geheim.txt", "---\ngemeente: GM0001\ntitel: Jeugdhulp in Aa\n---\n\nGEHEIME-TEKST\n");
  Rebuilder r(project);
  REQUIRE(r.build_all().files);
  fs::remove(project / "content/gemeenten/aa.md");
  fs::create_symlink("../../../geheim.txt", project / "content/gemeenten/aa.md");
  // The watcher sees the same name with another stamp: modified.
  BuildOutcome o = r.rebuild({{"content/gemeenten/aa.md", FileChange::Type::modified}});
  CHECK_FALSE(o.files);
  CHECK(contains(o.diags.str(), "content/gemeenten/aa.md: fout: dit is een symbolische koppeling"));
  CHECK_FALSE(contains(o.diags.str(), "GEHEIM"));
}
