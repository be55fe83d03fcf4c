#include "scaffold/national_gemeenten.h"

#include <doctest/doctest.h>

#include <set>

using namespace spiegel;

TEST_CASE("the national list has the 342 gemeenten of 2024, each once, with provincie and jeugdregio") {
  const std::vector<NationalGemeente>& list = national_gemeenten();
  CHECK(list.size() == 342);
  std::set<std::string> codes;
  for (const NationalGemeente& g : list) {
    CHECK_MESSAGE(gemeente_code(g.code) == g.code, g.code);
    CHECK_MESSAGE(!g.naam.empty(), g.code);
    CHECK_MESSAGE(!g.provincie.empty(), g.code);
    CHECK_MESSAGE(!g.jeugdregio.empty(), g.code);
    codes.insert(g.code);
  }
  CHECK(codes.size() == 342);
  // A name with a comma survives the CSV quoting.
  CHECK(find_national_gemeente("GM0820")->naam == "Nuenen, Gerwen en Nederwetten");
}

TEST_CASE("a code is GM and four digits, however it is written") {
  CHECK(gemeente_code("GM0150") == "GM0150");
  CHECK(gemeente_code("gm0150") == "GM0150");
  CHECK(gemeente_code("0150") == "GM0150");
  CHECK(gemeente_code("150") == "GM0150");
  CHECK(gemeente_code(" 14 ") == "GM0014");
  CHECK_FALSE(gemeente_code("GM01500"));
  CHECK_FALSE(gemeente_code("Deventer"));
  CHECK_FALSE(gemeente_code("GM"));
  CHECK_FALSE(gemeente_code(""));
}

TEST_CASE("the national list finds a gemeente by code, official name or alias, whatever the spelling") {
  CHECK(find_national_gemeente("GM0342")->naam == "Soest");
  CHECK(find_national_gemeente("342")->naam == "Soest");
  CHECK(find_national_gemeente("soest")->code == "GM0342");
  CHECK(find_national_gemeente("Den Haag")->naam == "'s-Gravenhage");
  CHECK(find_national_gemeente("den haag")->code == "GM0518");
  CHECK(find_national_gemeente("s-Gravenhage")->code == "GM0518");
  CHECK(find_national_gemeente("Den Bosch")->naam == "'s-Hertogenbosch");
  CHECK(find_national_gemeente("Sudwest-Fryslan")->code == "GM1900");  // accents do not count
  CHECK(find_national_gemeente("Hengelo")->naam == "Hengelo (O.)");
  CHECK(find_national_gemeente("Bergen NH")->code == "GM0373");
  CHECK(find_national_gemeente("Bergen") == nullptr);  // two gemeenten: no alias
  CHECK(find_national_gemeente("Soestt") == nullptr);
  CHECK(find_national_gemeente("GM9999") == nullptr);
  CHECK(find_national_gemeente("") == nullptr);
}

TEST_CASE("the registry row follows the project's columns, delimiter and line ending") {
  const NationalGemeente& soest = *find_national_gemeente("Soest");
  std::string row;
  CHECK(with_registry_row("code,naam,inwoners,jeugdregio,provincie\nGM0150,Deventer,,IJsselland,Overijssel\n", soest,
                          &row) ==
        "code,naam,inwoners,jeugdregio,provincie\nGM0150,Deventer,,IJsselland,Overijssel\n"
        "GM0342,Soest,,Eemland,Utrecht\n");
  CHECK(row == "GM0342,Soest,,Eemland,Utrecht");
  // Excel's file: BOM, ';', CRLF, no line end after the last row.
  CHECK(with_registry_row("\xEF\xBB\xBF"
                          "code;naam\r\nGM0150;Deventer",
                          soest) ==
        "\xEF\xBB\xBF"
        "code;naam\r\nGM0150;Deventer\r\nGM0342;Soest\r\n");
  const NationalGemeente& nuenen = *find_national_gemeente("Nuenen");
  with_registry_row("code,naam\n", nuenen, &row);
  CHECK(row == "GM0820,\"Nuenen, Gerwen en Nederwetten\"");
  with_registry_row("code;naam\n", nuenen, &row);
  CHECK(row == "GM0820;\"Nuenen, Gerwen en Nederwetten\"");  // quoted anyway: see csv_field
}
