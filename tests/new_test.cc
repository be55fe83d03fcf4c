// spiegel new gemeente: writes a report that builds, and never overwrites.
#include <doctest/doctest.h>

#include "capture_output.h"
#include "cli/commands.h"
#include "temp_project.h"

using namespace spiegel;
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
