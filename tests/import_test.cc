// spiegel import: messages a researcher can act on, and an indicatoren.yaml
// fragment for the indicators the project does not know yet.
#include <doctest/doctest.h>

#include <regex>

#include "capture_output.h"
#include "cli/commands.h"
#include "load/indicators.h"
#include "temp_project.h"

using namespace spiegel;
using spiegel::testing::capture_stderr;
using spiegel::testing::TempProject;
namespace fs = std::filesystem;

namespace {

const std::string kFixtures = SPIEGEL_SOURCE_DIR "/tests/fixtures/statline/";

/// Runs import on the sample download into `t`'s content/data/cbs.csv; returns the exit code and stderr.
std::pair<int, std::string> import(const TempProject& t, std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {kFixtures + "jeugdhulp.csv",
                                   "--koppeling",
                                   kFixtures + "koppeling.yaml",
                                   "--uitvoer",
                                   (t.root() / "content/data/cbs.csv").string(),
                                   "--project",
                                   t.root().string()};
  args.insert(args.end(), extra.begin(), extra.end());
  return capture_stderr([&] { return run_import(args); });
}

/// What a researcher does with the fragment: each placeholder replaced by a real value.
std::string filled(std::string text) {
  for (const auto& [key, value] : std::vector<std::pair<std::string, std::string>>{{"naam", "Jongeren"},
                                                                                   {"eenheid", "aantal"},
                                                                                   {"thema", "Gebruik"},
                                                                                   {"definitie", "Tot 18 jaar."},
                                                                                   {"aggregatie", "som"}})
    text = std::regex_replace(text, std::regex("  " + key + ": \"VUL IN[^\"]*\""), "  " + key + ": " + value);
  return text;
}

}  // namespace

TEST_CASE("import says in correct Dutch what it skipped, and names the column it left out") {
  TempProject t;
  t.write_minimal();
  auto [rc, err] = import(t);
  REQUIRE(rc == kOk);
  CHECK(err.find("spiegel: 11 observaties → " + (t.root() / "content/data/cbs.csv").string() +
                 "; 1 lege cel overgeslagen; 1 rij van regio's die geen gemeente zijn overgeslagen") !=
        std::string::npos);
  CHECK(err.find("spiegel: 1 kolom niet overgenomen, want de koppeling noemt haar niet onder 'kolommen:': "
                 "JeugdhulpZonderVerblijfRelatief_3\n") != std::string::npos);
  CHECK(t.read("content/data/cbs.csv").starts_with("gemeente,indicator,periode,waarde,status\n"));
}

TEST_CASE("import prints an indicatoren.yaml fragment that, filled in and pasted, loads") {
  TempProject t;
  t.write_minimal();  // indicatoren.yaml knows only 'lasten'
  auto [rc, err] = import(t);
  REQUIRE(rc == kOk);
  CHECK(err.find("2 indicatoren staan nog niet in") != std::string::npos);
  std::size_t start = err.find("\n\n# ");
  REQUIRE(start != std::string::npos);
  std::string fragment = err.substr(start + 2);
  CHECK(fragment.find("- id: jongeren_0_17\n") != std::string::npos);
  CHECK(fragment.find("- id: jongeren_jeugdhulp_zonder_verblijf\n") != std::string::npos);

  t.write("content/indicatoren.yaml", t.read("content/indicatoren.yaml") + "\n" + filled(fragment));
  Diagnostics d;
  std::vector<Indicator> all = load_indicators(t.read("content/indicatoren.yaml"), "indicatoren.yaml", d);
  INFO(d.str());
  CHECK_FALSE(d.has_errors());
  CHECK(all.size() == 3);
  // Now the project knows them: the next import has nothing to add.
  std::tie(rc, err) = import(t);
  CHECK(rc == kOk);
  CHECK(err.find("indicatoren.yaml") == std::string::npos);
}

TEST_CASE("import --indicatoren writes the fragment to a new file, and never over an existing one") {
  TempProject t;
  t.write_minimal();
  const std::string file = (t.root() / "nieuwe-indicatoren.yaml").string();
  auto [rc, err] = import(t, {"--indicatoren", file});
  REQUIRE(rc == kOk);
  CHECK(err.find("vul " + file + " in") != std::string::npos);
  CHECK(t.read("nieuwe-indicatoren.yaml").find("- id: jongeren_0_17\n") != std::string::npos);
  t.write("nieuwe-indicatoren.yaml", "mijn werk\n");
  std::tie(rc, err) = import(t, {"--indicators", file});  // the English spelling, the same option
  CHECK(rc == kContentError);
  CHECK(err.find("bestaat al") != std::string::npos);
  CHECK(t.read("nieuwe-indicatoren.yaml") == "mijn werk\n");
}

TEST_CASE("import takes the English option names as aliases") {
  TempProject t;
  t.write_minimal();
  CHECK(capture_stderr([&] {
          return run_import({kFixtures + "jeugdhulp.csv", "--mapping", kFixtures + "koppeling.yaml", "--output",
                             (t.root() / "uit.csv").string(), "--project", t.root().string()});
        }).first == kOk);
  CHECK(fs::exists(t.root() / "uit.csv"));
}

TEST_CASE("import without the project's indicatoren.yaml says so and offers every indicator") {
  TempProject t;
  t.write_minimal();
  fs::remove(t.root() / "content/indicatoren.yaml");
  auto [rc, err] = import(t);
  CHECK(rc == kOk);
  CHECK(err.find("geen " + (t.root() / "content/indicatoren.yaml").string() +
                 " gevonden (noem de map van het project met --project MAP)") != std::string::npos);
  CHECK(err.find("- id: jongeren_0_17\n") != std::string::npos);
  CHECK(err.find("- id: jongeren_jeugdhulp_zonder_verblijf\n") != std::string::npos);
}
