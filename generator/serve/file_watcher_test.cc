#include "serve/file_watcher.h"

#include <doctest/doctest.h>

#include "../../tests/temp_project.h"

using namespace spiegel;
using spiegel::testing::TempProject;
namespace fs = std::filesystem;

TEST_CASE("the watcher reports added, modified and removed files once") {
  TempProject t;
  t.write("content/gemeenten/aa.md", "een");
  FileWatcher w(t.root(), {"content", "templates"});
  CHECK(w.poll().empty());

  t.write("content/gemeenten/aa.md", "twee tekens meer");
  t.write("templates/rapport.mustache", "x");
  auto changes = w.poll();
  REQUIRE(changes.size() == 2);
  CHECK(changes[0].path == "content/gemeenten/aa.md");
  CHECK(changes[0].type == FileChange::Type::modified);
  CHECK(changes[1].path == "templates/rapport.mustache");
  CHECK(changes[1].type == FileChange::Type::added);
  CHECK(w.poll().empty());

  // Same size, later time: still a change.
  t.write("content/gemeenten/aa.md", "drie tekens meer");
  fs::last_write_time(t.root() / "content/gemeenten/aa.md",
                      fs::last_write_time(t.root() / "content/gemeenten/aa.md") + std::chrono::seconds(2));
  changes = w.poll();
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].type == FileChange::Type::modified);

  fs::remove(t.root() / "templates/rapport.mustache");
  changes = w.poll();
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].type == FileChange::Type::removed);
}

TEST_CASE("a loop of links neither stops the watcher nor goes unseen") {
  TempProject t;
  t.write("templates/a.css", "a");
  FileWatcher w(t.root(), {"content", "templates"});
  fs::create_symlink("lus-b", t.root() / "templates/lus-a");
  fs::create_symlink("lus-a", t.root() / "templates/lus-b");
  std::vector<FileChange> changes;
  REQUIRE_NOTHROW(changes = w.poll());
  // Added, so serve rebuilds and shows the build's error about them.
  REQUIRE(changes.size() == 2);
  CHECK(changes[0].path == "templates/lus-a");
  CHECK(changes[0].type == FileChange::Type::added);
  CHECK(w.poll().empty());
  t.write("templates/a.css", "anders");
  CHECK(w.poll().size() == 1);
}
