#include "base/diagnostics.h"

#include <doctest/doctest.h>

using namespace spiegel;

TEST_CASE("a warning is shown as one but is not an error") {
  Diagnostics d;
  d.warning({"content/gemeenten/aa.md", 12, 1}, "ruwe HTML wordt weggelaten");
  CHECK_FALSE(d.has_errors());
  CHECK(d.count() == 0);
  CHECK(d.str().empty());
  REQUIRE(d.warnings().size() == 1);
  CHECK(d.warnings_str() == "content/gemeenten/aa.md:12:1: waarschuwing: ruwe HTML wordt weggelaten\n");
  d.error({"content/gemeenten/aa.md", 13, 2}, "kapot");
  CHECK(d.has_errors());
  CHECK(d.str() == "content/gemeenten/aa.md:13:2: fout: kapot\n");
  CHECK(d.warnings().size() == 1);
}

TEST_CASE("a strict build counts every warning as an error, marked as such") {
  Diagnostics d;
  d.warning({"content/gemeenten/aa.md", 12, 1}, "ruwe HTML wordt weggelaten");
  d.error({"content/gemeenten/aa.md", 13, 2}, "kapot");
  d.promote_warnings();
  CHECK(d.count() == 2);
  CHECK(d.warnings().empty());
  CHECK(d.warnings_str().empty());
  CHECK(d.str() ==
        "content/gemeenten/aa.md:13:2: fout: kapot\n"
        "content/gemeenten/aa.md:12:1: fout (strikt): ruwe HTML wordt weggelaten\n");
}
