#include "load/observations.h"

#include <doctest/doctest.h>

using spiegel::Diagnostics;
using spiegel::Observation;
using spiegel::Period;
using spiegel::Status;

namespace {

std::vector<Observation> load(std::string_view text, Diagnostics& d, const std::string& file = "content/data/a.csv") {
  std::vector<Observation> out;
  spiegel::load_observations(text, file, out, d);
  return out;
}

bool contains(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("observaties: het voorbeeld uit het ontwerp") {
  Diagnostics d;
  auto obs = load(
      "gemeente,indicator,periode,waarde,status\n"
      "GM0150,lasten_per_gebruiker,2019,10143,\n"
      "GM0150,jeugdhulp_zonder_verblijf_pct,2017-H1,8.1,\n"
      "GM0150,jongeren_met_jeugdbescherming,2020-H1,,geheim\n"
      "GM0150,jeugdhulp_zonder_verblijf_pct,2024-Q2,7.4,voorlopig\n"
      "nederland,jeugdhulp_zonder_verblijf_pct,2024-H1,,\n",
      d);
  CHECK_FALSE(d.has_errors());
  REQUIRE(obs.size() == 5);
  CHECK(obs[0].gemeente == "GM0150");
  CHECK(obs[0].indicator == "lasten_per_gebruiker");
  CHECK(obs[0].periode == Period{2019, Period::Kind::year, 0});
  CHECK(obs[0].waarde == 10143.0);
  CHECK(obs[0].status == Status::none);
  CHECK(obs[0].loc.file == "content/data/a.csv");
  CHECK(obs[0].loc.line == 2);
  CHECK(obs[1].periode == Period{2017, Period::Kind::half, 1});
  CHECK(obs[1].waarde == 8.1);
  CHECK(obs[2].status == Status::geheim);
  CHECK_FALSE(obs[2].waarde);
  CHECK(obs[3].status == Status::voorlopig);
  CHECK(obs[3].periode == Period{2024, Period::Kind::quarter, 2});
  CHECK(obs[3].waarde == 7.4);
  CHECK_FALSE(obs[4].waarde);  // empty = missing
}

TEST_CASE("observaties: kolommen in andere volgorde, zonder status, puntkomma met decimale komma") {
  Diagnostics d;
  auto obs = load(
      "\xEF\xBB\xBF"
      "periode;waarde;indicator;gemeente\r\n2020-H2;8,1;pct;GM0310\r\n2021;-0,25;pct;GM0310\r\n",
      d);
  CHECK_FALSE(d.has_errors());
  REQUIRE(obs.size() == 2);
  CHECK(obs[0].waarde == 8.1);
  CHECK(obs[0].gemeente == "GM0310");
  CHECK(obs[0].periode.key() == "2020-H2");
  CHECK(obs[1].waarde == -0.25);
  CHECK(obs[1].loc.line == 3);
}

TEST_CASE("observaties: aanhalingstekens en regelnummers na een cel van meerdere regels") {
  Diagnostics d;
  auto obs = load(
      "gemeente,indicator,periode,waarde,status,\n"
      "\"GM0150\",\"a\",2020,1,,\"een opmerking,\nover twee regels\"\n"
      "GM0150,a,2020-H1,x,,\n",
      d);
  REQUIRE(obs.size() == 0);
  // The note sits in a nameless column: reported, and the next row's line is right.
  REQUIRE(d.count() == 2);
  CHECK(d.all()[0].loc.line == 2);
  CHECK(contains(d.all()[0].message, "kolom zonder naam"));
  CHECK(d.all()[1].loc.line == 4);
  CHECK(d.all()[1].loc.column == 18);
  CHECK(contains(d.all()[1].message, "ongeldige waarde 'x'"));
}

TEST_CASE("observaties: een lege kolom achter een puntkomma is geen fout") {
  Diagnostics d;
  auto obs = load("gemeente;indicator;periode;waarde;status;\nGM0150;a;2020;1,5;;\n", d);
  CHECK_FALSE(d.has_errors());
  REQUIRE(obs.size() == 1);
  CHECK(obs[0].waarde == 1.5);
}

TEST_CASE("observaties: geheim met een waarde is een fout") {
  Diagnostics d;
  auto obs = load("gemeente,indicator,periode,waarde,status\nGM0150,a,2020,12,geheim\nGM0150,a,2021,,geheim\n", d);
  REQUIRE(d.count() == 1);
  CHECK(d.all()[0].loc.file == "content/data/a.csv");
  CHECK(d.all()[0].loc.line == 2);
  CHECK(d.all()[0].loc.column == 15);
  CHECK(contains(d.all()[0].message, "geheime waarde mag geen getal hebben"));
  CHECK(contains(d.all()[0].message, "'12'"));
  REQUIRE(obs.size() == 1);
  CHECK(obs[0].periode.year == 2021);
}

TEST_CASE("observaties: ongeldige periode, met suggestie") {
  Diagnostics d;
  auto obs = load(
      "gemeente,indicator,periode,waarde\nGM0150,a,2020H1,1\nGM0150,a,2020KW03,1\nGM0150,a,2020-H3,1\n"
      "GM0150,a,,1\n",
      d);
  CHECK(obs.empty());
  REQUIRE(d.count() == 4);
  CHECK(d.all()[0].loc.line == 2);
  CHECK(d.all()[0].loc.column == 10);
  CHECK(d.all()[0].message == "ongeldige periode '2020H1' — verwacht 2020, 2020-H1 of 2020-Q1");
  CHECK(d.all()[0].suggestion == "2020-H1");
  CHECK(d.all()[1].suggestion == "2020-Q3");
  CHECK(d.all()[2].suggestion == "");
  CHECK(contains(d.all()[3].message, "lege periode"));
}

TEST_CASE("observaties: getallen met duizendtalscheiding of decimale komma") {
  Diagnostics d;
  load("gemeente;indicator;periode;waarde\nGM0150;a;2020;1.234,5\nGM0150;a;2021;12%\nGM0150;a;2022;1e5\n", d);
  REQUIRE(d.count() == 3);
  CHECK(d.all()[0].loc.line == 2);
  CHECK(d.all()[0].loc.column == 15);
  CHECK(contains(d.all()[0].message, "'1.234,5'"));
  CHECK(contains(d.all()[0].message, "duizendtalscheiding"));
  CHECK(d.all()[0].suggestion == "1234,5");
  CHECK(contains(d.all()[1].message, "zonder %"));
  CHECK(contains(d.all()[2].message, "verwacht een getal"));

  Diagnostics e;
  load("gemeente,indicator,periode,waarde\nGM0150,a,2020,\"8,1\"\nGM0150,a,2021,\"1,234,567\"\n", e);
  REQUIRE(e.count() == 2);
  CHECK(contains(e.all()[0].message, "gebruik een punt als decimaalteken"));
  CHECK(contains(e.all()[1].message, "duizendtalscheiding"));
  CHECK(e.all()[1].suggestion == "1234567");
}

TEST_CASE("observaties: punt en komma door elkaar in een puntkommabestand") {
  Diagnostics d;
  auto obs = load("gemeente;indicator;periode;waarde\nGM0150;a;2019;8,1\nGM0150;a;2020;12\nGM0150;a;2021;10.143\n", d);
  REQUIRE(d.count() == 1);
  CHECK(d.all()[0].loc.line == 4);
  CHECK(contains(d.all()[0].message, "'10.143'"));
  CHECK(contains(d.all()[0].message, "regel 2"));
  CHECK(obs.size() == 2);

  Diagnostics e;
  load("gemeente;indicator;periode;waarde\nGM0150;a;2019;8.1\nGM0150;a;2020;0.125\n", e);
  CHECK_FALSE(e.has_errors());  // points only: fine
}

TEST_CASE("observaties: decimale komma in een kommabestand geeft een heldere fout") {
  Diagnostics d;
  load("gemeente,indicator,periode,waarde,status\nGM0150,a,2020,8,1,\n", d);
  REQUIRE(d.count() == 1);
  CHECK(d.all()[0].loc.line == 2);
  CHECK(contains(d.all()[0].message, "regel heeft 6 velden, de kopregel heeft 5"));
}

TEST_CASE("observaties: status met tikfout en lege sleutels") {
  Diagnostics d;
  auto obs =
      load("gemeente,indicator,periode,waarde,status\nGM0150,a,2020,1,voorlopg\n,a,2020,1,\nGM0150, ,2020,1,\n", d);
  CHECK(obs.empty());
  REQUIRE(d.count() == 3);
  CHECK(d.all()[0].loc.column == 17);
  CHECK(contains(d.all()[0].message, "onbekende status 'voorlopg'"));
  CHECK(d.all()[0].suggestion == "voorlopig");
  CHECK(d.all()[0].str() ==
        "content/data/a.csv:2:17: fout: onbekende status 'voorlopg' — laat leeg, of schrijf "
        "voorlopig of geheim — bedoelt u 'voorlopig'?");
  CHECK(d.all()[1].loc.line == 3);
  CHECK(contains(d.all()[1].message, "lege gemeente"));
  CHECK(d.all()[2].loc.line == 4);
  CHECK(contains(d.all()[2].message, "lege indicator"));
}

TEST_CASE("observaties: onbekende en ontbrekende kolommen") {
  Diagnostics d;
  auto obs = load("gemeente,indicator,periode,waarde,statuss,bron\nGM0150,a,2020,1,,CBS\n", d);
  REQUIRE(d.count() == 2);
  CHECK(d.all()[0].loc.line == 1);
  CHECK(d.all()[0].loc.column == 35);
  CHECK(d.all()[0].message == "onbekende kolom 'statuss'");
  CHECK(d.all()[0].suggestion == "status");
  CHECK(contains(d.all()[1].message, "onbekende kolom 'bron'"));
  CHECK(obs.size() == 1);  // the rows are still read

  Diagnostics e;
  CHECK(load("gemeente,indicatr,periode\nGM0150,a,2020\n", e).empty());
  REQUIRE(e.count() == 2);
  CHECK(e.all()[0].suggestion == "indicator");  // the misspelt column
  CHECK(contains(e.all()[1].message, "verplichte kolom 'waarde' ontbreekt"));
}

TEST_CASE("observaties: dubbele waarneming over twee bestanden noemt beide regels") {
  Diagnostics d;
  std::vector<Observation> all;
  spiegel::load_observations("gemeente,indicator,periode,waarde\nGM0150,a,2020,1\nGM0150,a,2020-H1,2\n",
                             "content/data/a.csv", all, d);
  spiegel::load_observations("gemeente;indicator;periode;waarde\nGM0150;b;2020;1\n\nGM0150;a;2020;1,5\n",
                             "content/data/b.csv", all, d);
  REQUIRE_FALSE(d.has_errors());
  spiegel::check_duplicates(all, d);
  REQUIRE(d.count() == 1);
  const auto& e = d.all()[0];
  CHECK(e.loc.file == "content/data/b.csv");
  CHECK(e.loc.line == 4);
  CHECK(contains(e.message, "dubbele waarneming voor GM0150, a, 2020"));
  CHECK(contains(e.message, "content/data/a.csv:2"));
}

TEST_CASE("observaties: dubbele waarneming in één bestand") {
  Diagnostics d;
  auto obs = load("gemeente,indicator,periode,waarde\nGM0150,a,2020-Q1,1\nGM0150,a,2020-H1,1\nGM0150,a,2020-Q1,2\n", d);
  spiegel::check_duplicates(obs, d);
  REQUIRE(d.count() == 1);
  CHECK(d.all()[0].loc.line == 4);
  CHECK(contains(d.all()[0].message, "staat ook op regel 2"));
}
