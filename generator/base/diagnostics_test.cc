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

TEST_CASE("merge: another collection's errors and warnings, in order, counted past the limit too") {
  Diagnostics main, part;
  main.error({"a.md", 1, 1}, "eerste");
  part.error({"b.md", 2, 1}, "tweede");
  part.warning({"b.md", 3, 1}, "let op");
  for (std::size_t i = 0; i < Diagnostics::kLimit + 5; ++i) part.error({"c.md", 4, 1}, "veel");
  main.merge(part);
  CHECK(main.count() == 1 + 1 + Diagnostics::kLimit + 5);
  CHECK(main.warning_count() == 1);
  REQUIRE(main.all().size() == Diagnostics::kLimit);
  CHECK(main.all()[0].message == "eerste");
  CHECK(main.all()[1].message == "tweede");
  CHECK(main.warnings()[0].message == "let op");
}
