#include "serve/search_indexer.h"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <chrono>
#include <condition_variable>
#include <mutex>

#include "search/pagefind.h"
#include "temp_project.h"

using namespace spiegel;
using spiegel::testing::TempProject;

namespace {

/// What the indexer reported, with a wait for it.
struct Outcome {
  std::mutex mutex;
  std::condition_variable changed;
  std::vector<SiteFiles> published;
  std::vector<std::string> problems;

  std::function<void(SiteFiles)> publish() {
    return [this](SiteFiles bundle) {
      std::lock_guard lock(mutex);
      published.push_back(std::move(bundle));
      changed.notify_all();
    };
  }
  std::function<void(const std::string&)> report() {
    return [this](const std::string& problem) {
      std::lock_guard lock(mutex);
      problems.push_back(problem);
      changed.notify_all();
    };
  }
  bool wait_for(std::size_t answers) {
    std::unique_lock lock(mutex);
    return changed.wait_for(lock, std::chrono::seconds(30),
                            [&] { return published.size() + problems.size() >= answers; });
  }
};

}  // namespace

TEST_CASE("SearchIndexer: makes the index in the background and hands it over") {
  std::optional<std::filesystem::path> pagefind = find_pagefind(SPIEGEL_SOURCE_DIR);
  REQUIRE_MESSAGE(pagefind, "Pagefind is niet gevonden: eerst 'npm ci --ignore-scripts'");
  Outcome out;
  {
    SearchIndexer indexer(*pagefind, out.publish(), out.report());
    indexer.index(std::make_shared<const SiteFiles>(SiteFiles{
                      {"a/index.html",
                       "<html lang=\"nl\"><body><main data-pagefind-body><h1>Wachttijden</h1></main></body></html>"}}),
                  {}, "nl");
    REQUIRE(out.wait_for(1));
  }
  REQUIRE(out.published.size() == 1);
  CHECK(out.problems.empty());
  CHECK(out.published[0].count("pagefind/pagefind.js"));
  CHECK(out.published[0].count("pagefind/pagefind-entry.json"));
}

TEST_CASE("SearchIndexer: a Pagefind that fails is reported, and the indexer keeps working") {
  TempProject t;
  t.write("bin/pagefind", "#!/bin/sh\necho 'geen zin' >&2\nexit 1\n");
  chmod((t.root() / "bin/pagefind").c_str(), 0755);
  Outcome out;
  {
    SearchIndexer indexer(t.root() / "bin/pagefind", out.publish(), out.report());
    indexer.index(std::make_shared<const SiteFiles>(), {}, "nl");
    REQUIRE(out.wait_for(1));
    indexer.index(std::make_shared<const SiteFiles>(), {}, "nl");
    REQUIRE(out.wait_for(2));
  }
  CHECK(out.published.empty());
  REQUIRE(out.problems.size() == 2);
  CHECK(out.problems[0].find("geen zin") != std::string::npos);
}
