// spiegel new gemeente: writes a report that builds, and never overwrites.
#include <doctest/doctest.h>

#include "capture_output.h"
#include "cli/commands.h"
#include "temp_project.h"

using namespace spiegel;
using spiegel::testing::capture_stderr;
using spiegel::testing::capture_stdout;
using spiegel::testing::TempProject;
namespace fs = std::filesystem;

namespace {

int run(const std::vector<std::string>& args) {
  return capture_stdout([&] { return run_new(args); }).first;
}

}  // namespace

TEST_CASE("new gemeente writes a concept report from the registry that builds") {
  TempProject t;
  t.copy_from(SPIEGEL_SOURCE_DIR "/content", "content");
  REQUIRE(run({"gemeente", "Apeldoorn", t.root().string()}) == kOk);
  std::string text = t.read("content/gemeenten/apeldoorn.md");
  CHECK(text.starts_with("---\ngemeente: GM0200\ntitel: \"Jeugdhulp in Apeldoorn\"\n"));
  CHECK(text.find("## Conclusies") != std::string::npos);
  // A concept: the published site leaves it out, the writer's preview has it.
  CHECK(capture_stdout([&] { return run_build({t.root().string()}); }).first == kOk);
  CHECK_FALSE(fs::exists(t.root() / "site/gemeenten/apeldoorn/index.html"));
  CHECK(capture_stdout([&] { return run_build({t.root().string(), "--concepten"}); }).first == kOk);
  CHECK(fs::exists(t.root() / "site/gemeenten/apeldoorn/index.html"));
  CHECK(capture_stdout([&] { return run_check({t.root().string()}); }).first == kOk);
}

TEST_CASE("new gemeente fills the referentiegroep from groepen.yaml") {
  TempProject t;
  t.copy_from(SPIEGEL_SOURCE_DIR "/content", "content");
  fs::remove(t.root() / "content/gemeenten/deventer.md");
  REQUIRE(run({"gemeente", "GM0150", t.root().string()}) == kOk);
  CHECK(t.read("content/gemeenten/deventer.md").find("referentiegroep: [GM0200, GM0202, GM0301, GM0193]") !=
        std::string::npos);
}

TEST_CASE("new gemeente refuses to overwrite, and refuses a second report for a gemeente") {
  TempProject t;
  t.write_minimal();
  t.write("content/gemeenten/bee.md", "mijn eigen tekst\n");  // no front matter: not yet Bee's report
  CHECK(run({"gemeente", "Bee", t.root().string()}) == kContentError);
  CHECK(t.read("content/gemeenten/bee.md") == "mijn eigen tekst\n");
  CHECK(run({"gemeente", "GM0001", t.root().string()}) == kContentError);  // aa.md is Aa's report
  CHECK(t.read("content/gemeenten/aa.md").find("{{< waarde lasten >}}") != std::string::npos);
}

TEST_CASE("new gemeente with an unknown name is a usage error with a suggestion") {
  TempProject t;
  t.write_minimal();
  CHECK(run({"gemeente", "Bea", t.root().string()}) == kUsageError);
  CHECK(run({"gemeente"}) == kUsageError);
  CHECK(run({"pagina", "x"}) == kUsageError);
  CHECK_FALSE(fs::exists(t.root() / "content/gemeenten/bea.md"));
}

TEST_CASE("new gemeente writes nothing through a linked content/gemeenten/") {
  TempProject t;
  t.write_minimal();
  fs::rename(t.root() / "content/gemeenten", t.root() / "elders");
  fs::create_directory_symlink("../elders", t.root() / "content/gemeenten");
  CHECK(run({"gemeente", "Bee", t.root().string()}) == kContentError);
  CHECK_FALSE(fs::exists(t.root() / "elders/bee.md"));
}

TEST_CASE("new gemeente for a gemeente only the national list knows prints the row to add, and adds nothing") {
  TempProject t;
  t.write_minimal();  // gemeenten.csv: code,naam,provincie
  auto [rc, err] = capture_stderr([&] { return run({"gemeente", "Soest", t.root().string()}); });
  CHECK(rc == kContentError);
  CHECK(err.find("Soest (GM0342, Utrecht) staat niet in content/gemeenten.csv") != std::string::npos);
  CHECK(err.find("\n  GM0342,Soest,Utrecht\n") != std::string::npos);
  CHECK(err.find("spiegel new gemeente GM0342 " + t.root().string() + " --toevoegen") != std::string::npos);
  CHECK(t.read("content/gemeenten.csv") == "code,naam,provincie\nGM0001,Aa,Utrecht\nGM0002,Bee,Utrecht\n");
  CHECK_FALSE(fs::exists(t.root() / "content/gemeenten/soest.md"));

  // A folder whose name a shell would split is quoted in the suggested command.
  fs::create_directory(t.root() / "Mijn monitor");
  fs::rename(t.root() / "content", t.root() / "Mijn monitor/content");
  const std::string folder = (t.root() / "Mijn monitor").string();
  int rc2 = 0;
  std::string err2;
  std::tie(rc2, err2) = capture_stderr([&] { return run({"gemeente", "Soest", folder}); });
  CHECK(rc2 == kContentError);
  CHECK_MESSAGE(err2.find("spiegel new gemeente GM0342 '" + folder + "' --toevoegen") != std::string::npos, err2);
}

TEST_CASE("new gemeente --toevoegen adds the row in the file's own form, then writes a report that builds") {
  TempProject t;
  t.write_minimal();
  // As Excel saves it: ';' and CRLF, with a column Spiegel cannot fill.
  t.write("content/gemeenten.csv",
          "code;naam;inwoners;provincie\r\nGM0001;Aa;100;Utrecht\r\nGM0002;Bee;200;Utrecht\r\n");
  auto [rc, out] = capture_stdout([&] { return run_new({"gemeente", "0342", t.root().string(), "--toevoegen"}); });
  REQUIRE(rc == kOk);
  CHECK(out.find("content/gemeenten.csv: regel toegevoegd: GM0342;Soest;;Utrecht\nVul daarna ook inwoners in.\n") !=
        std::string::npos);
  CHECK(t.read("content/gemeenten.csv") ==
        "code;naam;inwoners;provincie\r\nGM0001;Aa;100;Utrecht\r\nGM0002;Bee;200;Utrecht\r\nGM0342;Soest;;Utrecht\r\n");
  CHECK_FALSE(fs::exists(t.root() / "content/gemeenten.csv.tmp"));
  CHECK(t.read("content/gemeenten/soest.md").starts_with("---\ngemeente: GM0342\n"));
  // A new report is a concept: the preview (and --concepten) builds it.
  CHECK(capture_stderr([&] { return run_build({t.root().string(), "--concepten"}); }).first == kOk);
  CHECK(fs::exists(t.root() / "site/gemeenten/soest/index.html"));
  // The English spelling of the flag does the same.
  REQUIRE(run({"gemeente", "Den Haag", t.root().string(), "--add"}) == kOk);
  CHECK(t.read("content/gemeenten.csv").ends_with("GM0518;'s-Gravenhage;;Zuid-Holland\r\n"));
}

TEST_CASE("new gemeente finds 's-Gravenhage for Den Haag, and a gemeente by its number") {
  TempProject t;
  t.write_minimal();
  t.write("content/gemeenten.csv", "code,naam\nGM0001,Aa\nGM0518,'s-Gravenhage\nGM0150,Deventer\n");
  REQUIRE(run({"gemeente", "Den Haag", t.root().string()}) == kOk);
  CHECK(t.read("content/gemeenten/s-gravenhage.md").starts_with("---\ngemeente: GM0518\n"));
  REQUIRE(run({"gemeente", "150", t.root().string()}) == kOk);
  CHECK(fs::exists(t.root() / "content/gemeenten/deventer.md"));
}

TEST_CASE("new gemeente --toevoegen writes no row through a linked gemeenten.csv") {
  TempProject t;
  t.write_minimal();
  fs::rename(t.root() / "content/gemeenten.csv", t.root() / "elders.csv");
  fs::create_symlink("../elders.csv", t.root() / "content/gemeenten.csv");
  auto [rc, err] = capture_stderr([&] { return run({"gemeente", "Soest", t.root().string(), "--toevoegen"}); });
  CHECK(rc == kContentError);
  CHECK(err.find("symbolische koppeling") != std::string::npos);
  CHECK(t.read("elders.csv").find("Soest") == std::string::npos);
  CHECK_FALSE(fs::exists(t.root() / "content/gemeenten/soest.md"));
}

TEST_CASE("new gemeente for a name in neither list suggests from both") {
  TempProject t;
  t.write_minimal();
  auto [rc, err] = capture_stderr([&] { return run({"gemeente", "Soesst", t.root().string(), "--toevoegen"}); });
  CHECK(rc == kUsageError);
  CHECK(err.find("gemeente 'Soesst' staat niet in content/gemeenten.csv en is geen gemeente van 2024 — bedoelt u "
                 "'Soest'?") != std::string::npos);
  CHECK(capture_stderr([&] {
          return run({"gemeente", "Bea", t.root().string()});
        }).second.find("'Bee'") != std::string::npos);
  CHECK(t.read("content/gemeenten.csv").find("Soest") == std::string::npos);
}
