#include "base/basis_path.h"

#include <doctest/doctest.h>

using spiegel::basis_path;

TEST_CASE("the path of basis_url") {
  CHECK(basis_path("https://rekenkamer.example.nl/monitor/") == "/monitor/");
  CHECK(basis_path("https://rekenkamer.example.nl/monitor") == "/monitor/");
  CHECK(basis_path("https://rekenkamer.example.nl") == "/");
  CHECK(basis_path("https://rekenkamer.example.nl/") == "/");
  CHECK(basis_path("https://x.nl/a/b/?q=1") == "/a/b/");
  CHECK(basis_path("") == "/");
  CHECK(basis_path("/monitor/") == "/monitor/");
}
