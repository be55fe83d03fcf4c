#include "write/site_writer.h"

#include <doctest/doctest.h>

#include "base/diagnostics.h"
#include "../../tests/temp_project.h"

using namespace spiegel;
using spiegel::testing::TempProject;
namespace fs = std::filesystem;

TEST_CASE("write_site replaces the output whole, and drops files that are gone") {
  TempProject t;
  fs::path out = t.root() / "site";
  write_site(out, {{"index.html", "een"}, {"oud/index.html", "weg"}, {"sitemap.xml", "s"}});
  CHECK(t.read("site/index.html") == "een");
  write_site(out, {{"index.html", "twee"}, {"sitemap.xml", "s"}});
  CHECK(t.read("site/index.html") == "twee");
  CHECK_FALSE(fs::exists(out / "oud"));
  // Nothing is left beside the site.
  int entries = 0;
  for (const auto& e : fs::directory_iterator(t.root())) entries += e.path().filename() != "site";
  CHECK(entries == 0);
}

TEST_CASE("write_site leaves unchanged files untouched") {
  TempProject t;
  fs::path out = t.root() / "site";
  write_site(out, {{"a.html", "zelfde"}, {"b.html", "eerst"}, {"sitemap.xml", "s"}});
  auto old_time = fs::last_write_time(out / "a.html");
  fs::last_write_time(out / "a.html", old_time - std::chrono::hours(1));
  auto backdated = fs::last_write_time(out / "a.html");
  write_site(out, {{"a.html", "zelfde"}, {"b.html", "daarna"}, {"sitemap.xml", "s"}});
  CHECK(fs::last_write_time(out / "a.html") == backdated);
  CHECK(t.read("site/b.html") == "daarna");
}

TEST_CASE("write_site refuses to replace a folder that is not a Spiegel site") {
  TempProject t;
  t.write("docs/belangrijk.txt", "niet weggooien");
  CHECK_THROWS_AS(write_site(t.root() / "docs", {{"index.html", "x"}}), Error);
  CHECK(t.read("docs/belangrijk.txt") == "niet weggooien");
  t.write("project/content/spiegel.yaml", "titel: x\n");
  t.write("project/sitemap.xml", "");
  CHECK_THROWS_AS(write_site(t.root() / "project", {{"index.html", "x"}}), Error);
  CHECK(fs::exists(t.root() / "project/content/spiegel.yaml"));
}
