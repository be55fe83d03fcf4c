#include "write/table_download.h"

#include <doctest/doctest.h>

#include "load/csv_reader.h"
#include "load/number.h"
#include "xlsx_reader.h"

using namespace spiegel;

namespace {

/// A table as assemble makes it: a percentage, an amount in euro, a rate per
/// 1.000; a geheim cell (x), a missing one (–) and a voorlopig one.
BenchmarkTable sample() {
  BenchmarkTable t;
  t.caption = "Tabel 2: Kosten; Deventer vergeleken";
  t.columns = {{"Jongeren met jeugdhulp", "1e halfjaar 2020", "", Unit::procent, 1},
               {"Lasten per inwoner", "2019", "", Unit::euro, 0},
               {"Jeugdbescherming", "2020", "", Unit::per_1000, 0}};
  t.rows = {{TableRow::Kind::eigen, "Deventer", "", {{"6,7%", true, 6.7}, {"€ 10.143", true, 10143.0}, {"x"}}},
            {TableRow::Kind::referentie,
             "Peel en Maas",
             "",
             {{"12,0%*", true, 12.0, true}, {"–"}, {"1.158 per 1.000", true, 1158.0}}},
            {TableRow::Kind::nederland, "Nederland", "", {{"7,2%", true, 7.2}, {"€ 9.876", true, 9876.0}, {"–"}}}};
  t.bron = "Bron: CBS.";
  t.download_noot = "x = niet van toepassing of geheim; leeg = geen cijfer.";
  return t;
}

}  // namespace

TEST_CASE("the CSV download is what Dutch Excel reads: BOM, ';', CRLF, decimal comma, the unit in the heading") {
  const std::string csv = table_csv(sample());
  REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
  CHECK(csv.find("\r\n") != std::string::npos);
  CHECK(csv.find('\n') == csv.find("\r\n") + 1);  // no bare LF
  // The caption first, quoted because it holds the separator; then an empty line and the table.
  CHECK(csv.rfind("\xEF\xBB\xBF\"Tabel 2: Kosten; Deventer vergeleken\"\r\n\r\n", 0) == 0);

  // Read back by the project's own reader, as a ';' file from Excel.
  Diagnostics d;
  const std::size_t table_start = csv.find("\r\n\r\n") + 4;
  std::optional<csv::Table> t = csv::parse(std::string_view(csv).substr(table_start), "tabel-2.csv", d);
  REQUIRE(t);
  CHECK(t->delimiter == ';');
  CHECK(t->header == std::vector<std::string>{"Gemeente of groep", "Jongeren met jeugdhulp, 1e halfjaar 2020 (%)",
                                              "Lasten per inwoner, 2019 (€)", "Jeugdbescherming, 2020 (per 1.000)"});
  REQUIRE(t->rows.size() >= 3);
  const auto& deventer = t->rows[0].cells;
  CHECK(deventer[0] == "Deventer");
  CHECK(deventer[1] == "6,7");
  CHECK(parse_decimal(deventer[1], ',') == 6.7);
  CHECK(deventer[2] == "10143");  // no thousands separator, no €
  CHECK(deventer[3] == "x");
  const auto& peel = t->rows[1].cells;
  CHECK(peel[1] == "12,0");  // a number, not "12,0%*"
  CHECK(peel[2].empty());    // missing: an empty cell
  CHECK(parse_decimal(peel[3], ',') == 1158);
  // The note holds the separator: one quoted cell.
  CHECK(csv.find("Bron: CBS.\r\n\"x = niet van toepassing of geheim; leeg = geen cijfer.\"\r\n") != std::string::npos);
}

TEST_CASE("the xlsx download holds real numbers in the page's formats, the names as strings, a frozen header") {
  Workbook w = table_xlsx(sample(), "Tabel 2");
  REQUIRE(w.bytes.rfind("PK", 0) == 0);
  nlohmann::json x = testing::read_xlsx(w.bytes);
  CHECK(x["sheets"] == nlohmann::json::array({"Tabel 2"}));
  auto cell = [&](const char* ref) -> const nlohmann::json& {
    INFO(ref);
    REQUIRE(x["cells"].contains(ref));
    return x["cells"][ref];
  };
  CHECK(cell("A1")["value"] == "Tabel 2: Kosten; Deventer vergeleken");
  CHECK(cell("A3")["value"] == "Gemeente of groep");
  CHECK(cell("B3")["value"] == "Jongeren met jeugdhulp, 1e halfjaar 2020");
  CHECK(cell("B3")["bold"] == true);
  CHECK(cell("A4")["value"] == "Deventer");
  CHECK(cell("A4")["bold"] == true);  // the gemeente's own row, as on the page
  CHECK(cell("A5")["value"] == "Peel en Maas");
  CHECK(cell("A5")["bold"] == false);
  // 6,7% is the number 0.067 formatted as a percentage with one decimal.
  CHECK(cell("B4")["type"] == "n");
  CHECK(cell("B4")["value"].get<double>() == doctest::Approx(0.067));
  CHECK(cell("B4")["format"] == "0.0%");
  CHECK(cell("C4")["value"].get<double>() == 10143);
  CHECK(cell("C4")["format"] == "\"€ \"#,##0");
  CHECK(cell("D4")["type"] == "s");
  CHECK(cell("D4")["value"] == "x");
  CHECK(cell("D5")["value"].get<double>() == 1158);
  CHECK(cell("D5")["format"] == "#,##0\" per 1.000\"");
  CHECK_FALSE(x["cells"].contains("C5"));  // missing: an empty cell
  CHECK(cell("A8")["value"] == "Bron: CBS.");
  CHECK(cell("A9")["value"] == "x = niet van toepassing of geheim; leeg = geen cijfer.");
  CHECK(x["frozen"]["rows"] == 3);
  CHECK(x["frozen"]["columns"] == 1);
  CHECK(x["widths"]["1"].get<double>() >= 14);  // "Peel en Maas" fits

  // The text for the anonymity check has every string the sheet holds.
  CHECK(w.text.find("A5 Peel en Maas\n") != std::string::npos);
  CHECK(w.text.find("A1 Tabel 2: Kosten; Deventer vergeleken\n") != std::string::npos);
}

TEST_CASE("the same table gives the same xlsx bytes: a fixed creation date and zip dates") {
  Workbook a = table_xlsx(sample(), "Tabel 2");
  Workbook b = table_xlsx(sample(), "Tabel 2");
  CHECK(a.bytes == b.bytes);
  nlohmann::json x = testing::read_xlsx(a.bytes);
  CHECK(x["created"] == "2000-01-01T00:00:00Z");
  for (const auto& date : x["zip_dates"]) CHECK(date[0] == 1980);  // the zip's own dates are not the build's time
}
