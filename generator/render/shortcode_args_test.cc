#include "render/shortcode_args.h"

#include <doctest/doctest.h>

#include <atomic>

#include "base/parallel.h"

using namespace spiegel;

TEST_CASE("SharedFiles makes a file once, however many texts ask for it at once") {
  SharedFiles shared;
  std::atomic<int> made{0};
  std::vector<SharedFile> got(64);
  parallel_for(got.size(), 4, [&](std::size_t i) {
    got[i] = shared.get(i % 2 ? "kaarten/a.svg" : "kaarten/b.svg", [&] {
      ++made;
      return std::string(i % 2 ? "a" : "b");
    });
  });
  // Two texts asking at the same moment may both make it; every one gets the first one kept.
  CHECK(made >= 2);
  for (std::size_t i = 0; i < got.size(); ++i) {
    CHECK(got[i].path == (i % 2 ? "kaarten/a.svg" : "kaarten/b.svg"));
    CHECK(got[i].bytes == got[i % 2].bytes);  // the same bytes, not a copy
    CHECK(*got[i].bytes == (i % 2 ? "a" : "b"));
  }
  made = 0;
  shared.get("kaarten/a.svg", [&] {
    ++made;
    return std::string("anders");
  });
  CHECK(made == 0);
}
