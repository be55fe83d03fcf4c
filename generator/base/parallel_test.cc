#include "base/parallel.h"

#include <doctest/doctest.h>

#include <stdexcept>
#include <vector>

using namespace spiegel;

TEST_CASE("parallel_for: every item once, whatever the number of threads") {
  for (unsigned threads : {1u, 2u, 4u, 16u}) {
    std::vector<int> seen(1000, 0);
    parallel_for(seen.size(), threads, [&](std::size_t i) { seen[i] += 1; });
    CHECK(std::count(seen.begin(), seen.end(), 1) == 1000);
  }
  bool ran = false;
  parallel_for(0, 4, [&](std::size_t) { ran = true; });
  CHECK_FALSE(ran);
}

TEST_CASE("parallel_for: an item's exception comes out after all threads stopped") {
  std::vector<int> seen(100, 0);
  CHECK_THROWS_WITH_AS(parallel_for(seen.size(), 4,
                                    [&](std::size_t i) {
                                      if (i == 10) throw std::runtime_error("item 10");
                                      seen[i] = 1;
                                    }),
                       "item 10", std::runtime_error);
  CHECK(seen[10] == 0);
}
