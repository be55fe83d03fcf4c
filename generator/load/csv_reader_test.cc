#include "load/csv_reader.h"

#include <doctest/doctest.h>

using spiegel::Diagnostics;
namespace csv = spiegel::csv;

namespace {

/// The first diagnostic's message, or "" — for readable CHECKs.
std::string first_message(const Diagnostics& d) { return d.all().empty() ? "" : d.all()[0].message; }

}  // namespace

TEST_CASE("csv: kopregel en rijen met komma") {
  Diagnostics d;
  auto t = csv::parse("code,naam\nGM0310,De Bilt\nGM0150,Deventer\n", "g.csv", d);
  REQUIRE(t);
  CHECK_FALSE(d.has_errors());
  CHECK(t->delimiter == ',');
  CHECK(t->header == std::vector<std::string>{"code", "naam"});
  CHECK(t->header_line == 1);
  REQUIRE(t->rows.size() == 2);
  CHECK(t->rows[0].line == 2);
  CHECK(t->rows[0].cells == std::vector<std::string>{"GM0310", "De Bilt"});
  CHECK(t->rows[1].line == 3);
  CHECK(t->column("naam") == 1);
  CHECK(t->column("inwoners") == -1);
}

TEST_CASE("csv: BOM, CRLF, puntkomma en laatste regel zonder regeleinde") {
  Diagnostics d;
  auto t = csv::parse("\xEF\xBB\xBF code ; naam \r\nGM0310;De Bilt\r\nGM0150;Deventer", "g.csv", d);
  REQUIRE(t);
  CHECK_FALSE(d.has_errors());
  CHECK(t->delimiter == ';');
  CHECK(t->header == std::vector<std::string>{"code", "naam"});  // BOM gone, names trimmed
  REQUIRE(t->rows.size() == 2);
  CHECK(t->rows[0].cells[1] == "De Bilt");  // no stray \r
  CHECK(t->rows[1].cells[1] == "Deventer");
  CHECK(t->rows[1].line == 3);
}

TEST_CASE("csv: scheidingsteken wordt buiten aanhalingstekens bepaald") {
  Diagnostics d;
  auto t = csv::parse("\"a;b\";c;d,e\n1;2;3\n", "x.csv", d);
  REQUIRE(t);
  CHECK(t->delimiter == ';');
  CHECK(t->header == std::vector<std::string>{"a;b", "c", "d,e"});
  CHECK_FALSE(d.has_errors());
}

TEST_CASE("csv: velden tussen aanhalingstekens") {
  Diagnostics d;
  auto t = csv::parse(
      "code,naam,toelichting\n"
      "GM0820,\"Nuenen, Gerwen en Nederwetten\",\"zei \"\"ja\"\"\"\n"
      "GM0310,De Bilt,\"eerste regel\r\ntweede regel\nderde\"\n"
      "GM0150,Deventer,\n",
      "g.csv", d);
  REQUIRE(t);
  CHECK_FALSE(d.has_errors());
  REQUIRE(t->rows.size() == 3);
  CHECK(t->rows[0].cells[1] == "Nuenen, Gerwen en Nederwetten");
  CHECK(t->rows[0].cells[2] == "zei \"ja\"");
  CHECK(t->rows[1].line == 3);
  CHECK(t->rows[1].cells[2] == "eerste regel\ntweede regel\nderde");
  // The row after a cell of three lines starts on line 6, and errors there say so.
  CHECK(t->rows[2].line == 6);
  CHECK(t->rows[2].cells[2] == "");
}

TEST_CASE("csv: positie van elke cel, in tekens") {
  Diagnostics d;
  auto t = csv::parse("a,b,c\nSúdwest,\"x\ny\",z\n", "p.csv", d);
  REQUIRE(t);
  REQUIRE(t->rows.size() == 1);
  const auto& r = t->rows[0];
  CHECK(r.positions[0].line == 2);
  CHECK(r.positions[0].column == 1);
  CHECK(r.positions[1].column == 9);  // ú is one character, two bytes
  CHECK(r.positions[2].line == 3);    // after the line break inside the quotes
  CHECK(r.positions[2].column == 4);
  auto loc = csv::cell_loc("p.csv", r, 2);
  CHECK(loc.file == "p.csv");
  CHECK(loc.line == 3);
  CHECK(loc.column == 4);
}

TEST_CASE("csv: lege regels en lege Excel-rijen worden overgeslagen") {
  Diagnostics d;
  auto t = csv::parse("\n\na;b\n\n1;2\n  \n;;\n ; \n3;4\n\n", "x.csv", d);
  REQUIRE(t);
  CHECK_FALSE(d.has_errors());
  CHECK(t->header_line == 3);
  REQUIRE(t->rows.size() == 2);
  CHECK(t->rows[0].line == 5);
  CHECK(t->rows[1].line == 9);
}

TEST_CASE("csv: rij met een ander aantal velden") {
  Diagnostics d;
  auto t = csv::parse("a,b,c,d\n1,2,3,4\n1,2,3,8,1\n5,6,7,8\n1,2\n", "data/x.csv", d);
  REQUIRE(t);
  CHECK(t->rows.size() == 2);  // the ragged rows are left out, the others kept
  REQUIRE(d.count() == 2);
  const auto& e = d.all()[0];
  CHECK(e.loc.file == "data/x.csv");
  CHECK(e.loc.line == 3);
  CHECK(e.message.find("regel heeft 5 velden, de kopregel heeft 4") == 0);
  CHECK(e.message.find("decimaalteken") != std::string::npos);
  CHECK(d.all()[1].loc.line == 5);
  CHECK(d.all()[1].message.find("regel heeft 2 velden, de kopregel heeft 4") == 0);
}

TEST_CASE("csv: aanhalingsteken dat niet wordt afgesloten") {
  Diagnostics d;
  auto t = csv::parse("a,b\n1,2\n3,\"vier\n5,6\n7,8\n", "x.csv", d);
  REQUIRE(t);
  CHECK(t->rows.size() == 1);
  REQUIRE(d.count() == 1);
  CHECK(d.all()[0].loc.line == 3);
  CHECK(d.all()[0].loc.column == 3);
  CHECK(first_message(d).find("aanhalingsteken wordt niet afgesloten") != std::string::npos);
}

TEST_CASE("csv: aanhalingsteken in de kopregel dat niet wordt afgesloten") {
  Diagnostics d;
  CHECK_FALSE(csv::parse("a,\"b\n1,2\n", "x.csv", d));
  REQUIRE(d.count() == 1);
  CHECK(d.all()[0].loc.line == 1);
}

TEST_CASE("csv: tekst na het afsluitende aanhalingsteken") {
  Diagnostics d;
  auto t = csv::parse("a,b\n\"x\"y,2\n\"p\"  ,3\n", "x.csv", d);
  REQUIRE(t);
  REQUIRE(d.count() == 1);
  CHECK(d.all()[0].loc.line == 2);
  CHECK(d.all()[0].loc.column == 4);
  CHECK(first_message(d).find("na het afsluitende aanhalingsteken") != std::string::npos);
  REQUIRE(t->rows.size() == 2);
  CHECK(t->rows[0].cells[0] == "xy");
  CHECK(t->rows[1].cells[0] == "p");  // spaces after the quote are fine
}

TEST_CASE("csv: ongeldige UTF-8 wordt één keer gemeld, met regel") {
  Diagnostics d;
  auto t = csv::parse(
      "code;naam\nGM1900;S\xFA"
      "dwest\nGM1970;Noardeast-Frysl\xE2n\n",
      "g.csv", d);
  REQUIRE(t);
  REQUIRE(d.count() == 1);
  CHECK(d.all()[0].loc.line == 2);
  CHECK(d.all()[0].loc.column == 9);
  CHECK(first_message(d).find("UTF-8") != std::string::npos);
  REQUIRE(t->rows.size() == 2);
  CHECK(t->rows[0].cells[1] ==
        "S\xEF\xBF\xBD"
        "dwest");  // replaced, never passed on raw
}

TEST_CASE("csv: UTF-16 en leeg bestand") {
  Diagnostics d;
  CHECK_FALSE(csv::parse(std::string_view("\xFF\xFE"
                                          "a\0",
                                          4),
                         "u.csv", d));
  CHECK(first_message(d).find("UTF-16") != std::string::npos);
  Diagnostics e;
  CHECK_FALSE(csv::parse("\xEF\xBB\xBF\r\n  \n", "leeg.csv", e));
  REQUIRE(e.count() == 1);
  CHECK(e.all()[0].loc.file == "leeg.csv");
  CHECK(first_message(e).find("kopregel") != std::string::npos);
}

TEST_CASE("csv: dubbele kolomnaam") {
  Diagnostics d;
  auto t = csv::parse("code,naam,code\n1,2,3\n", "g.csv", d);
  REQUIRE(t);
  REQUIRE(d.count() == 1);
  CHECK(d.all()[0].loc.line == 1);
  CHECK(d.all()[0].loc.column == 11);
  CHECK(first_message(d).find("'code' staat twee keer") != std::string::npos);
}

TEST_CASE("csv: oude Mac-regeleinden (alleen CR)") {
  Diagnostics d;
  auto t = csv::parse("a,b\r1,2\r3,4", "m.csv", d);
  REQUIRE(t);
  CHECK_FALSE(d.has_errors());
  REQUIRE(t->rows.size() == 2);
  CHECK(t->rows[1].line == 3);
  CHECK(t->rows[1].cells[1] == "4");
}

TEST_CASE("csv::Reader: één hergebruikte rij, ook na overgeslagen rijen") {
  Diagnostics d;
  std::string text = "a;b;c\nlang-veld-van-meer-dan-zestien-tekens;2;3\n1;2;3;4;5\n;;\nx;\"y\ny\";z\n";
  csv::Reader reader(text, "r.csv", d);
  csv::Table table;
  REQUIRE(reader.read_header(table));
  CHECK(table.delimiter == ';');
  CHECK(table.rows.empty());
  csv::Row row;
  REQUIRE(reader.next(row));
  CHECK(row.cells[0] == "lang-veld-van-meer-dan-zestien-tekens");
  REQUIRE(reader.next(row));  // the ragged and the empty row are skipped
  CHECK(row.line == 5);
  CHECK(row.cells == std::vector<std::string>{"x", "y\ny", "z"});
  CHECK(row.positions.size() == 3);
  CHECK(row.positions[2].line == 6);
  CHECK_FALSE(reader.next(row));
  REQUIRE(d.count() == 1);
  CHECK(d.all()[0].loc.line == 3);
  // The name was a temporary, gone since the reader was made: the reader keeps its own copy.
  CHECK(d.all()[0].loc.file == "r.csv");
}
