#include "base/theme_names.h"

#include <doctest/doctest.h>

using namespace spiegel;

TEST_CASE("theme names: case and spacing variants are one theme, the first spelling wins") {
  CHECK(theme_key("  De   kosten\t") == "de kosten");
  ThemeNames names;
  bool merged = true;
  CHECK(names.canonical("De kosten", merged) == "De kosten");
  CHECK_FALSE(merged);
  CHECK(names.canonical("de  kosten ", merged) == "De kosten");
  CHECK(merged);
  CHECK(names.canonical("De kosten", merged) == "De kosten");
  CHECK_FALSE(merged);
  CHECK(names.canonical("Gebruik", merged) == "Gebruik");
  CHECK_FALSE(merged);
}
