#include "write/site_writer.h"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <sys/stat.h>

#include <atomic>
#include <thread>

#include "../../tests/temp_project.h"
#include "base/diagnostics.h"
#include "write/output_folder.h"
#include "write/output_lock.h"

using namespace spiegel;
using spiegel::testing::snapshot;
using spiegel::testing::TempProject;
namespace fs = std::filesystem;

namespace {

/// `files` as write_site leaves them on disk.
std::map<std::string, std::string> on_disk(std::map<std::string, std::string> files) {
  std::string manifest = manifest_text(files);
  files[kManifestName] = manifest;
  return files;
}

std::string message_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.diagnostic.str();
  }
  return "";
}

}  // namespace

TEST_CASE("write_site replaces the output whole, and drops files that are gone") {
  TempProject t;
  fs::path out = t.root() / "site";
  write_site(out, {{"index.html", "een"}, {"oud/index.html", "weg"}, {"sitemap.xml", "s"}});
  CHECK(t.read("site/index.html") == "een");
  write_site(out, {{"index.html", "twee"}, {"sitemap.xml", "s"}});
  CHECK(snapshot(out) == on_disk({{"index.html", "twee"}, {"sitemap.xml", "s"}}));
  CHECK_FALSE(fs::exists(out / "oud"));
  // Nothing is left beside the site, not even the lock.
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

TEST_CASE("the manifest lists the files of the site, the same for the same site") {
  TempProject t;
  write_site(t.root() / "site", {{"b/index.html", "b"}, {"a.css", "a"}});
  CHECK(t.read("site/.spiegel-site").ends_with("\na.css\nb/index.html\n"));
  write_site(t.root() / "tweede", {{"b/index.html", "b"}, {"a.css", "a"}});
  CHECK(snapshot(t.root() / "site") == snapshot(t.root() / "tweede"));
}

TEST_CASE("write_site refuses to replace a folder that is not a Spiegel site") {
  TempProject t;
  t.write("docs/belangrijk.txt", "niet weggooien");
  CHECK(message_of([&] {
          write_site(t.root() / "docs", {{"index.html", "x"}});
        })
            .ends_with("docs: fout: deze map is niet leeg en niet door Spiegel gemaakt (er staat geen .spiegel-site "
                       "in); Spiegel vervangt alleen een map die het zelf maakte — kies een lege of nieuwe map met "
                       "--uitvoer"));
  CHECK(t.read("docs/belangrijk.txt") == "niet weggooien");
  t.write("project/content/spiegel.yaml", "titel: x\n");
  t.write("project/sitemap.xml", "");
  CHECK_THROWS_AS(write_site(t.root() / "project", {{"index.html", "x"}}), Error);
  CHECK(fs::exists(t.root() / "project/content/spiegel.yaml"));
}

TEST_CASE("a folder with a sitemap but no manifest, and its .git, survive") {
  TempProject t;
  t.write("uit/sitemap.xml", "<urlset/>");
  t.write("uit/notities.txt", "van mij");
  t.write("uit/.git/HEAD", "ref: refs/heads/main\n");
  std::string m = message_of([&] { write_site(t.root() / "uit", {{"index.html", "x"}, {"sitemap.xml", "s"}}); });
  CHECK(m.find("lijkt een site van een oudere Spiegel") != std::string::npos);
  CHECK(m.find("verwijder de map één keer") != std::string::npos);
  CHECK(t.read("uit/notities.txt") == "van mij");
  CHECK(t.read("uit/.git/HEAD") == "ref: refs/heads/main\n");
  CHECK(t.read("uit/sitemap.xml") == "<urlset/>");
}

TEST_CASE("a site Spiegel made is not replaced once something else is put in it") {
  TempProject t;
  fs::path out = t.root() / "site";
  write_site(out, {{"index.html", "een"}});
  t.write("site/.git/HEAD", "ref: refs/heads/main\n");
  CHECK(message_of([&] {
          write_site(out, {{"index.html", "twee"}});
        })
            .ends_with("site/.git/HEAD: fout: Spiegel heeft dit niet gemaakt (het staat niet in .spiegel-site) en "
                       "gooit het niet weg; haal het weg of kies een andere map met --uitvoer"));
  CHECK(t.read("site/.git/HEAD") == "ref: refs/heads/main\n");
  CHECK(t.read("site/index.html") == "een");
  fs::remove_all(out / ".git");
  // An empty folder holds nothing to lose.
  fs::create_directories(out / "leeg");
  write_site(out, {{"index.html", "twee"}});
  CHECK(t.read("site/index.html") == "twee");
  // A manifest not written by Spiegel does not make a folder Spiegel's.
  t.write("nep/.spiegel-site", "index.html\n");
  t.write("nep/index.html", "van mij");
  CHECK_THROWS_AS(write_site(t.root() / "nep", {{"index.html", "x"}}), Error);
  CHECK(t.read("nep/index.html") == "van mij");
}

TEST_CASE("names that would leave the site are refused before anything is written") {
  TempProject t;
  fs::path out = t.root() / "a/site";
  // The absolute name points into this test's folder too, in case it is ever written.
  const std::string absolute = (t.root() / "absoluut.css").string();
  for (const std::string& name : {std::string("../buiten.css"), absolute, std::string("x//y.css"),
                                  std::string("x/./y.css"), std::string("x/../../buiten.css"), std::string(),
                                  std::string("x/"), std::string(".spiegel-site"), std::string("a\nb.css")}) {
    CAPTURE(name);
    CHECK_THROWS_AS(write_site(out, {{"index.html", "x"}, {name, "buiten"}}), Error);
  }
  CHECK(fs::is_empty(t.root()));
}

TEST_CASE("a link in the old site is not followed, not hard-linked and not removed") {
  TempProject t;
  fs::path out = t.root() / "site";
  write_site(out, {{"css/a.css", "zelfde"}, {"index.html", "x"}});
  // The user points css/ of the site elsewhere; that folder holds a file with
  // the very bytes of the new build, which the hard-link trick used to take in.
  t.write("elders/a.css", "zelfde");
  fs::remove_all(out / "css");
  fs::create_directory_symlink("../elders", out / "css");
  CHECK(message_of([&] {
          write_site(out, {{"css/a.css", "zelfde"}, {"index.html", "y"}});
        }).find("site/css: fout: Spiegel heeft dit niet gemaakt") != std::string::npos);
  CHECK(fs::is_symlink(out / "css"));
  struct stat st {};
  REQUIRE(stat((t.root() / "elders/a.css").c_str(), &st) == 0);
  CHECK(st.st_nlink == 1);
  CHECK(t.read("site/index.html") == "x");
}

TEST_CASE("an output that is a link is followed: its target is the site, the link stays") {
  TempProject t;
  fs::create_directories(t.root() / "deploy/site");
  fs::create_directory_symlink("deploy/site", t.root() / "site");
  write_site(t.root() / "site", {{"index.html", "een"}});
  write_site(t.root() / "site", {{"index.html", "twee"}});
  CHECK(fs::is_symlink(t.root() / "site"));
  CHECK(t.read("deploy/site/index.html") == "twee");
  // The lock and the fresh folder were beside the target, and are gone.
  CHECK(snapshot(t.root() / "deploy").size() == 2);
  // A link to nothing is a question, not a folder to make.
  fs::create_directory_symlink("nergens/site", t.root() / "kapot");
  CHECK(message_of([&] {
          write_site(t.root() / "kapot", {{"index.html", "x"}});
        }).find("dit is een koppeling naar 'nergens/site', maar daar staat geen map") != std::string::npos);
  CHECK_FALSE(fs::exists(t.root() / "nergens"));
}

TEST_CASE("an output in the project's content/ or templates/ is refused") {
  TempProject t;
  t.write("content/spiegel.yaml", "x");
  WriteOptions o;
  o.project = t.root();
  CHECK(message_of([&] {
          write_site(t.root() / "templates/site", {{"index.html", "x"}}, o);
        }).find("de uitvoermap ligt in templates/ van het project") != std::string::npos);
  CHECK(message_of([&] {
          write_site(t.root() / "content", {{"index.html", "x"}}, o);
        }).find("de uitvoermap ligt in content/ van het project") != std::string::npos);
  CHECK_FALSE(fs::exists(t.root() / "templates"));
  write_site(t.root() / "site", {{"index.html", "x"}}, o);
  write_site(t.root() / "templates-oud", {{"index.html", "x"}}, o);  // a neighbour, not inside
}

TEST_CASE("a build waits while another holds the output, and says so once") {
  TempProject t;
  fs::path out = t.root() / "site";
  write_site(out, {{"index.html", "eerste"}});
  std::atomic<int> waits = 0;
  std::thread second;
  {
    OutputLock first(out, {});
    second = std::thread([&] {
      WriteOptions o;
      o.on_wait = [&] { ++waits; };
      write_site(out, {{"index.html", "tweede"}}, o);
    });
    for (int i = 0; i < 500 && waits == 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(2));
    CHECK(waits == 1);
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    CHECK(t.read("site/index.html") == "eerste");
  }
  second.join();
  CHECK(waits == 1);
  CHECK(t.read("site/index.html") == "tweede");
  CHECK_FALSE(fs::exists(OutputLock::file_for(out)));
}

TEST_CASE("two builds into one output at once leave one whole build") {
  TempProject t;
  fs::path out = t.root() / "site";
  auto site_of = [](char who) {
    std::map<std::string, std::string> files;
    for (int i = 0; i < 20; ++i) files[fmt::format("pagina-{:03}/index.html", i)] = std::string(2000, who);
    files["sitemap.xml"] = std::string(1, who);
    return files;
  };
  const auto a = site_of('a'), b = site_of('b');
  for (int round = 0; round < 4; ++round) {
    std::atomic<int> failed = 0;
    auto run = [&](const std::map<std::string, std::string>& files) {
      try {
        write_site(out, files);
      } catch (const Error&) {
        ++failed;
      }
    };
    std::thread ta(run, std::cref(a)), tb(run, std::cref(b));
    ta.join();
    tb.join();
    CHECK(failed == 0);
    auto now = snapshot(out);
    CHECK((now == on_disk(a) || now == on_disk(b)));
    now.erase(kManifestName);  // so that a mix shows as such also without one
    CHECK((now == a || now == b));
  }
}
