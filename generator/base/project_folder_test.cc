#include "base/project_folder.h"

#include <doctest/doctest.h>

#include "../../tests/temp_project.h"

using namespace spiegel;
using spiegel::testing::TempProject;
namespace fs = std::filesystem;

TEST_CASE("a project folder lists its files by name, relative to the project") {
  TempProject t;
  t.write("templates/b.css", "b");
  t.write("templates/partials/kop.mustache", "k");
  t.write("templates/a.mustache", "a");
  FolderListing l = list_project_folder(t.root(), "templates");
  CHECK(l.files ==
        std::vector<std::string>{"templates/a.mustache", "templates/b.css", "templates/partials/kop.mustache"});
  CHECK(l.problems.empty());
  CHECK(list_project_folder(t.root(), "ontbreekt").files.empty());
  CHECK(list_project_folder(t.root(), "ontbreekt").problems.empty());
}

TEST_CASE("links in a project folder are refused, wherever they point, and never followed") {
  TempProject t;
  t.write("geheim.txt", "niet voor de site");
  t.write("templates/echt.css", "x");
  t.write("templates/binnen.css", "y");
  fs::create_symlink("../../geheim.txt", t.root() / "templates/buiten.css");
  fs::create_symlink("binnen.css", t.root() / "templates/ook-binnen.css");
  fs::create_directories(t.root() / "templates/sub");
  fs::create_directory_symlink("../..", t.root() / "templates/sub/omhoog");
  fs::create_symlink("lus-b", t.root() / "templates/lus-a");
  fs::create_symlink("lus-a", t.root() / "templates/lus-b");
  FolderListing l = list_project_folder(t.root(), "templates");
  CHECK(l.files == std::vector<std::string>{"templates/binnen.css", "templates/echt.css"});
  CHECK(l.refused == std::vector<std::string>{"templates/buiten.css", "templates/lus-a", "templates/lus-b",
                                              "templates/ook-binnen.css", "templates/sub/omhoog"});
  REQUIRE(l.problems.size() == 5);
  CHECK(l.problems[0].str() ==
        "templates/buiten.css: fout: dit is een symbolische koppeling (naar '../../geheim.txt'); Spiegel volgt geen "
        "koppelingen — zet het bestand of de map zelf hier neer");
}

TEST_CASE("a project folder that is itself a link is refused") {
  TempProject t;
  t.write("elders/a.css", "a");
  fs::create_directory_symlink("elders", t.root() / "templates");
  FolderListing l = list_project_folder(t.root(), "templates");
  CHECK(l.files.empty());
  REQUIRE(l.problems.size() == 1);
  CHECK(l.problems[0].loc.file == "templates");
}

TEST_CASE("an editor's lock link is not content and not a problem") {
  TempProject t;
  t.write("content/gemeenten/aa.md", "x");
  fs::create_symlink("gebruiker@host.123:456", t.root() / "content/gemeenten/.#aa.md");
  FolderListing l = list_project_folder(t.root(), "content");
  CHECK(l.files == std::vector<std::string>{"content/gemeenten/aa.md"});
  CHECK(l.problems.empty());
}
