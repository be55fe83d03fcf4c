// End to end: what `spiegel build` may replace, where it writes, and two
// builds into one output. Every folder lives in the test's temporary folder.
#include <doctest/doctest.h>

#include <filesystem>
#include <thread>

#include "capture_output.h"
#include "cli/commands.h"
#include "temp_project.h"

using namespace spiegel;
using spiegel::testing::capture_stderr;
using spiegel::testing::contains;
using spiegel::testing::snapshot;
using spiegel::testing::TempProject;
namespace fs = std::filesystem;

namespace {

std::pair<int, std::string> build(const TempProject& t, const std::vector<std::string>& extra = {}) {
  std::vector<std::string> args = {t.root().string()};
  args.insert(args.end(), extra.begin(), extra.end());
  return capture_stderr([&] { return run_build(args); });
}

}  // namespace

TEST_CASE("build leaves a foreign --output folder with a sitemap and .git as it was") {
  TempProject t;
  t.write_minimal();
  t.write("publiek/sitemap.xml", "<urlset/>");
  t.write("publiek/CNAME", "monitor.example.nl\n");
  t.write("publiek/.git/HEAD", "ref: refs/heads/main\n");
  auto before = snapshot(t.root() / "publiek");
  auto [rc, err] = build(t, {"--output", (t.root() / "publiek").string()});
  CHECK(rc == kContentError);
  CHECK(contains(err, "publiek: fout: deze map lijkt een site van een oudere Spiegel"));
  CHECK(snapshot(t.root() / "publiek") == before);
}

TEST_CASE("a site folder that is a link is followed: the target is updated, the link stays") {
  TempProject t;
  t.write_minimal();
  fs::create_directories(t.root() / "deploy/site");
  fs::create_directory_symlink("deploy/site", t.root() / "site");
  REQUIRE(build(t).first == kOk);
  CHECK(fs::is_symlink(t.root() / "site"));
  CHECK(fs::exists(t.root() / "deploy/site/gemeenten/aa/index.html"));
  CHECK(fs::exists(t.root() / "deploy/site/.spiegel-site"));
  t.write("content/gemeenten/aa.md", "---\ngemeente: GM0001\ntitel: Tweede versie\n---\n\nNieuw.\n");
  REQUIRE(build(t).first == kOk);
  CHECK(fs::is_symlink(t.root() / "site"));
  CHECK(contains(t.read("deploy/site/gemeenten/aa/index.html"), "Tweede versie"));
}

TEST_CASE("an output inside templates/ or content/ is refused, so it cannot copy itself into the site") {
  TempProject t;
  t.write_minimal();
  fs::create_directories(t.root() / "templates");
  auto [rc, err] = build(t, {"--output", (t.root() / "templates/site").string()});
  CHECK(rc == kContentError);
  CHECK(contains(err, "de uitvoermap ligt in templates/ van het project"));
  CHECK(fs::is_empty(t.root() / "templates"));
  std::tie(rc, err) = build(t, {"--output", (t.root() / "content/site").string()});
  CHECK(rc == kContentError);
  CHECK(contains(err, "de uitvoermap ligt in content/ van het project"));
  CHECK_FALSE(fs::exists(t.root() / "content/site"));
}

TEST_CASE("two builds into one output at the same time leave one whole build") {
  // Two projects that differ in every page, built at once into one folder,
  // round after round: the folder must always be exactly one of the two.
  TempProject a, b, out;
  a.write_minimal();
  b.write_minimal();
  b.write("content/spiegel.yaml", "titel: Andere monitor\norganisatie: Rekenkamer Anders\npeilperiode: 2020\n");
  REQUIRE(build(a, {"--output", (out.root() / "a").string()}).first == kOk);
  REQUIRE(build(b, {"--output", (out.root() / "b").string()}).first == kOk);
  const auto site_a = snapshot(out.root() / "a"), site_b = snapshot(out.root() / "b");
  REQUIRE(site_a != site_b);
  const std::string site = (out.root() / "site").string();
  for (int round = 0; round < 4; ++round) {
    int rc_a = -1, rc_b = -1;
    capture_stderr([&] {
      std::thread ta([&] { rc_a = run_build({a.root().string(), "--output", site}); });
      std::thread tb([&] { rc_b = run_build({b.root().string(), "--output", site}); });
      ta.join();
      tb.join();
      return 0;
    });
    CHECK(rc_a == kOk);
    CHECK(rc_b == kOk);
    auto now = snapshot(site);
    CHECK((now == site_a || now == site_b));
  }
  // Nothing left beside the site: no fresh folder, no old one, no lock.
  std::vector<std::string> beside;
  for (const auto& e : fs::directory_iterator(out.root())) beside.push_back(e.path().filename().string());
  std::sort(beside.begin(), beside.end());
  CHECK(beside == std::vector<std::string>{"a", "b", "site"});
}

TEST_CASE("the site's .spiegel-site lists exactly the other files on disk, and is no page") {
  TempProject t;
  t.write_minimal();
  REQUIRE(build(t).first == kOk);
  auto files = snapshot(t.root() / "site");
  std::string listed = files.at(".spiegel-site");
  files.erase(".spiegel-site");
  std::string expected;
  for (const auto& [path, bytes] : files) expected += path + "\n";
  CHECK(listed.substr(listed.find('\n') + 1) == expected);
  CHECK_FALSE(contains(files.at("sitemap.xml"), "spiegel-site"));
  auto [rc, out] = spiegel::testing::capture_stdout([&] { return run_check({t.root().string()}); });
  CHECK(rc == kOk);
  CHECK_FALSE(contains(out, "spiegel-site"));
}
