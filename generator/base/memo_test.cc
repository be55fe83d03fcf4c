#include "base/memo.h"

#include <doctest/doctest.h>

#include <atomic>
#include <stdexcept>
#include <vector>

#include "base/parallel.h"

using namespace spiegel;

TEST_CASE("Memo makes a value once, however many threads ask for it at once") {
  Memo<std::string> memo;
  std::atomic<int> made{0};
  std::vector<std::shared_ptr<const std::string>> got(64);
  parallel_for(got.size(), 4, [&](std::size_t i) {
    got[i] = memo.get(i % 2 ? "a" : "b", [&] {
      ++made;
      return std::string(i % 2 ? "a" : "b");
    });
  });
  CHECK(made >= 2);  // two asking at the same moment may both make it
  for (std::size_t i = 0; i < got.size(); ++i) {
    CHECK(got[i] == got[i % 2]);  // every one gets the first one kept, not a copy
    CHECK(*got[i] == (i % 2 ? "a" : "b"));
  }
  made = 0;
  memo.get("a", [&] {
    ++made;
    return std::string("anders");
  });
  CHECK(made == 0);
}

TEST_CASE("Memo: a value whose making fails is not kept") {
  Memo<std::string> memo;
  CHECK_THROWS_AS(memo.get("a", []() -> std::string { throw std::runtime_error("kapot"); }), std::runtime_error);
  CHECK(*memo.get("a", [] { return std::string("heel"); }) == "heel");
}
