#include "load/statline.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "write/csv_format.h"

using namespace spiegel;

namespace {

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(SPIEGEL_SOURCE_DIR) + "/tests/fixtures/statline/" + name, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("StatLine period codes: years, half years and quarters") {
  CHECK(statline_period("2020JJ00")->key() == "2020");
  CHECK(statline_period("2020HJ01")->key() == "2020-H1");
  CHECK(statline_period("2020HJ02")->key() == "2020-H2");
  CHECK(statline_period("2020KW03")->key() == "2020-Q3");
  for (const char* bad : {"2020MM01", "2020HJ03", "2020KW05", "2020JJ01", "2020", "20HJ01", "2020X000"})
    CHECK_MESSAGE(!statline_period(bad), bad);
}

TEST_CASE("StatLine import: the sample download in the long format") {
  Diagnostics d;
  auto mapping = load_statline_mapping(fixture("koppeling.yaml"), "koppeling.yaml", d);
  REQUIRE(mapping);
  StatlineImport r = convert_statline(fixture("jeugdhulp.csv"), "jeugdhulp.csv", *mapping, d);
  INFO(d.str());
  REQUIRE_FALSE(d.has_errors());
  CHECK(r.regions_skipped == 1);  // PV25, a province
  CHECK(r.missing == 1);          // "." for Peel en Maas in 2021
  // The relative column is not in the mapping: named, so the import can say so; ID is StatLine's row number.
  CHECK(r.unmapped == std::vector<std::string>{"JeugdhulpZonderVerblijfRelatief_3"});
  // Padded codes trimmed; NL01 as nederland; 2021HJ01 voorlopig; x geheim; the relative column not mapped.
  CHECK(observations_csv(r.observations) ==
        "gemeente,indicator,periode,waarde,status\n"
        "GM0150,jongeren_0_17,2020-H1,21830,\n"
        "GM0150,jongeren_0_17,2021-H1,21790,voorlopig\n"
        "GM0150,jongeren_jeugdhulp_zonder_verblijf,2020-H1,1465,\n"
        "GM0150,jongeren_jeugdhulp_zonder_verblijf,2021-H1,1520,voorlopig\n"
        "GM0297,jongeren_0_17,2020,6870,\n"
        "GM0297,jongeren_jeugdhulp_zonder_verblijf,2020,,geheim\n"
        "GM1894,jongeren_0_17,2020-H1,8255,\n"
        "GM1894,jongeren_0_17,2021-H1,8210,voorlopig\n"
        "GM1894,jongeren_jeugdhulp_zonder_verblijf,2020-H1,485,\n"
        "nederland,jongeren_0_17,2020-H1,3422810,\n"
        "nederland,jongeren_jeugdhulp_zonder_verblijf,2020-H1,246420,\n");
  CHECK(r.observations[0].gemeente == "nederland");  // in file order until written
  CHECK(r.observations[2].gemeente == "GM0150");
  CHECK(r.observations[2].loc.file == "jeugdhulp.csv");
  CHECK(r.observations[2].loc.line == 4);
  CHECK(r.observations[2].loc.column == 29);  // the cell, for errors
}

TEST_CASE("StatLine import: a column that is not in the download is an error at the mapping's line") {
  Diagnostics d;
  auto mapping = load_statline_mapping(
      "# koppeling\nkolommen:\n  JongerenTot18Jaar_1: jongeren\n  JongerenMetJeugdhulpZonderVerbijf_2: hulp\n",
      "k.yaml", d);
  REQUIRE(mapping);
  convert_statline(fixture("jeugdhulp.csv"), "jeugdhulp.csv", *mapping, d);
  REQUIRE(d.count() == 1);
  CHECK(d.all()[0].loc.file == "k.yaml");
  CHECK(d.all()[0].loc.line == 4);
  CHECK(d.all()[0].suggestion == "JongerenMetJeugdhulpZonderVerblijf_2");
}

TEST_CASE("StatLine import: a period or number it cannot read is an error at the cell") {
  Diagnostics d;
  auto mapping = load_statline_mapping("kolommen:\n  A_1: a\n", "k.yaml", d);
  REQUIRE(mapping);
  convert_statline("ID;RegioS;Perioden;A_1\n0;GM0150;2020MM01;1\n1;GM0150;2020JJ00;veel\n", "s.csv", *mapping, d);
  REQUIRE(d.count() == 2);
  CHECK(d.all()[0].loc.line == 2);
  CHECK(d.all()[0].loc.column == 10);
  CHECK(d.all()[0].message.find("2020MM01") != std::string::npos);
  CHECK(d.all()[1].loc.line == 3);
  CHECK(d.all()[1].message.find("geen getal") != std::string::npos);

  Diagnostics m;
  CHECK_FALSE(load_statline_mapping("kolom:\n  A_1: a\n", "k.yaml", m));
  CHECK(m.all()[0].message.find("kolommen") != std::string::npos);
}
