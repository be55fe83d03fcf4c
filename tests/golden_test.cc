// Golden output: selected files of the example monitor and of the fixture
// projects, built and compared byte for byte with tests/golden/<set>/.
// A change in output shows as a diff in review. After a deliberate change:
//   SPIEGEL_UPDATE_GOLDEN=1 build/spiegel_tests -tc='golden*'
// rewrites the files that are there (touch a new path to add it), then read the diff.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "site/pipeline.h"

using namespace spiegel;
namespace fs = std::filesystem;

namespace {

void compare_with_golden(const fs::path& project, const std::string& set) {
  Diagnostics d;
  std::optional<Project> loaded = load_project(project, d);
  INFO(d.str());
  REQUIRE(loaded.has_value());
  // The example lives in Spiegel's own checkout, whose revision changes with
  // every commit; the golden files show a fixed one in the colofon.
  loaded->site.content.revision = "abc1234";
  // As a build with search makes the pages (the menu entry, the marks for the
  // index); the index itself is Pagefind's, and not the same byte for byte
  // from one Pagefind version to the next.
  std::vector<SearchRecord> records;
  SiteFiles built_files = build_site(loaded->site, loaded->theme, d, nullptr,
                                     BuildOptions{.pagefind = "pagefind", .deferred_search = &records});
  INFO(d.str());
  REQUIRE_FALSE(d.has_errors());
  const SiteFiles* files = &built_files;
  const fs::path golden = fs::path(SPIEGEL_SOURCE_DIR) / "tests/golden" / set;
  const bool update = std::getenv("SPIEGEL_UPDATE_GOLDEN") != nullptr;
  int compared = 0;
  for (const auto& entry : fs::recursive_directory_iterator(golden)) {
    if (!entry.is_regular_file()) continue;
    std::string rel = fs::relative(entry.path(), golden).generic_string();
    auto built = files->find(rel);
    REQUIRE_MESSAGE(built != files->end(), set << ": the build no longer makes " << rel);
    if (update) std::ofstream(entry.path(), std::ios::binary) << built->second;
    std::ifstream in(entry.path(), std::ios::binary);
    std::string expected{std::istreambuf_iterator<char>(in), {}};
    CHECK_MESSAGE(built->second == expected, set << "/" << rel << " differs from the golden file");
    ++compared;
  }
  CHECK(compared > 0);
}

}  // namespace

TEST_CASE("golden: the example monitor") { compare_with_golden(SPIEGEL_SOURCE_DIR, "voorbeeld"); }

TEST_CASE("golden: a report with every kind of block") {
  compare_with_golden(SPIEGEL_SOURCE_DIR "/tests/fixtures/rapport", "rapport");
}
