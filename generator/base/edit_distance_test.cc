#include "base/edit_distance.h"

#include <doctest/doctest.h>

using namespace spiegel;

TEST_CASE("edit_distance counts insertions, deletions and substitutions") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("abc", "abc") == 0);
  CHECK(edit_distance("jeugdhulp_pc", "jeugdhulp_pct") == 1);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("abc", "") == 3);
}

TEST_CASE("edit_distance stops early past the limit") { CHECK(edit_distance("aaaaaaaaaa", "bbbbbbbbbb", 2) == 3); }

TEST_CASE("suggest finds the name that was meant, and nothing for a far-off word") {
  std::vector<std::string> ids = {"jeugdhulp_pct", "lasten_per_inwoner", "lasten_per_gebruiker"};
  CHECK(suggest("jeugdhulp_pc", ids) == "jeugdhulp_pct");
  CHECK(suggest("lasten_per_inwonr", ids) == "lasten_per_inwoner");
  CHECK(suggest("x", ids) == "");
  CHECK(suggest("bevolking", ids) == "");
  CHECK(suggest("lasten", ids) == "lasten_per_inwoner");  // a prefix is a likely abbreviation
}
