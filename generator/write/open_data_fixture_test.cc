// tests/fixtures/benchmark: four gemeenten, five indicators, two years. Every
// figure of benchmark.csv and groepen.csv below is worked out by hand from
// the fixture's data (the arithmetic is in the comments), so a change in
// how Spiegel computes shows up here as a wrong number.
#include <doctest/doctest.h>

#include <cmath>
#include <map>
#include <sstream>

#include "compute/site_data.h"
#include "load/content_loader.h"
#include "site/pipeline.h"
#include "write/open_data.h"

using namespace spiegel;

namespace {

SiteData fixture() {
  Diagnostics d;
  Content c = load_content(std::string(SPIEGEL_SOURCE_DIR) + "/tests/fixtures/benchmark", d);
  SiteData s = prepare_site(std::move(c), d);
  INFO(d.str());
  REQUIRE_FALSE(d.has_errors());
  return s;
}

std::vector<std::string> split(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream s(line);
  std::string cell;
  while (std::getline(s, cell, ',')) out.push_back(cell);
  if (!line.empty() && line.back() == ',') out.push_back("");
  return out;
}

/// Compares CSV text with expected lines cell by cell: numbers to 1e-12, the rest exactly.
/// With `leading_columns`, only as many columns as each expected line has.
void same_table(const std::string& csv, const std::vector<std::string>& expected, bool leading_columns = false) {
  std::vector<std::string> lines;
  std::stringstream s(csv);
  for (std::string l; std::getline(s, l);) lines.push_back(l);
  REQUIRE(lines.size() == expected.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::vector<std::string> got = split(lines[i]), want = split(expected[i]);
    INFO("regel " << i + 1 << ": " << lines[i] << "  verwacht: " << expected[i]);
    if (leading_columns && got.size() > want.size()) got.resize(want.size());
    REQUIRE(got.size() == want.size());
    for (std::size_t j = 0; j < got.size(); ++j) {
      char* end = nullptr;
      double w = std::strtod(want[j].c_str(), &end);
      bool number = !want[j].empty() && *end == '\0' && want[j].find_first_not_of("0123456789.-") == std::string::npos;
      if (number)
        CHECK(std::stod(got[j]) == doctest::Approx(w).epsilon(1e-12));
      else
        CHECK(got[j] == want[j]);
    }
  }
}

}  // namespace

TEST_CASE("fixture: groepen.csv worked out by hand") {
  SiteData s = fixture();
  same_table(groepen_csv(s),
             {
                 "groep,naam,indicator,periode,waarde,leden_met_waarde,leden",
                 // hulp (som): 2020 A 100 + B 150 + D 200 = 450, C geheim left out; 2021 80 + 180 + 300 + 400 = 960.
                 "nederland,Nederland,hulp,2020,450,3,4", "nederland,Nederland,hulp,2021,960,4,4",
                 // hulp_pct (ratio): 2020 (100 + 150 + 200) / (1000 + 2000 + 4000) × 100 = 6,428571…, C out of
                 // both sums; 2021 is the source's own 9.0, so the member counts are empty.
                 "nederland,Nederland,hulp_pct,2020,6.428571428571429,3,4", "nederland,Nederland,hulp_pct,2021,9,,",
                 // jongeren (som): 1000 + 2000 + 3000 + 4000.
                 "nederland,Nederland,jongeren,2020,10000,4,4", "nederland,Nederland,jongeren,2021,10000,4,4",
                 // lasten (gewogen by inwoners): 2020 (10.000 × 200 + 20.000 × 300) / 30.000 = 266,67;
                 // 2021 (10.000 × 220 + 20.000 × 330 + 30.000 × 100 + 40.000 × 250) / 100.000 = 218.
                 "nederland,Nederland,lasten,2020,266.6666666666667,2,4", "nederland,Nederland,lasten,2021,218,4,4",
                 // deciel has aggregatie: geen: no group rows at all.
                 // A's referentiegroep is B and C.
                 "referentiegroep:GM0001,Referentiegroep van Aa,hulp,2020,150,1,2",
                 "referentiegroep:GM0001,Referentiegroep van Aa,hulp,2021,480,2,2",      // 180 + 300
                 "referentiegroep:GM0001,Referentiegroep van Aa,hulp_pct,2020,7.5,1,2",  // 150 / 2000 × 100, C geheim
                 "referentiegroep:GM0001,Referentiegroep van Aa,hulp_pct,2021,9.6,2,2",  // 480 / 5000 × 100
                 "referentiegroep:GM0001,Referentiegroep van Aa,jongeren,2020,5000,2,2",
                 "referentiegroep:GM0001,Referentiegroep van Aa,jongeren,2021,5000,2,2",
                 "referentiegroep:GM0001,Referentiegroep van Aa,lasten,2020,300,1,2",  // B alone
                 "referentiegroep:GM0001,Referentiegroep van Aa,lasten,2021,192,2,2",  // (20.000 × 330 + 30.000 × 100)
                                                                                       // / 50.000
                 // Noord is A and B.
                 "regio:Noord,Regio Noord,hulp,2020,250,2,2", "regio:Noord,Regio Noord,hulp,2021,260,2,2",
                 "regio:Noord,Regio Noord,hulp_pct,2020,8.333333333333334,2,2",  // 250 / 3000 × 100
                 "regio:Noord,Regio Noord,hulp_pct,2021,8.666666666666666,2,2",  // 260 / 3000 × 100
                 "regio:Noord,Regio Noord,jongeren,2020,3000,2,2", "regio:Noord,Regio Noord,jongeren,2021,3000,2,2",
                 "regio:Noord,Regio Noord,lasten,2020,266.6666666666667,2,2",  // (10.000 × 200 + 20.000 × 300) / 30.000
                 "regio:Noord,Regio Noord,lasten,2021,293.3333333333333,2,2",  // (10.000 × 220 + 20.000 × 330) / 30.000
                 // Zuid is C and D; C's hulp is geheim in 2020, and neither has lasten in 2020.
                 "regio:Zuid,Regio Zuid,hulp,2020,200,1,2", "regio:Zuid,Regio Zuid,hulp,2021,700,2,2",
                 "regio:Zuid,Regio Zuid,hulp_pct,2020,5,1,2",   // 200 / 4000 × 100
                 "regio:Zuid,Regio Zuid,hulp_pct,2021,10,2,2",  // 700 / 7000 × 100
                 "regio:Zuid,Regio Zuid,jongeren,2020,7000,2,2", "regio:Zuid,Regio Zuid,jongeren,2021,7000,2,2",
                 "regio:Zuid,Regio Zuid,lasten,2021,185.7142857142857,2,2",  // (30.000 × 100 + 40.000 × 250) / 70.000
             });
}

TEST_CASE("fixture: benchmark.csv worked out by hand, the contract's columns") {
  SiteData s = fixture();
  // Columns: gemeente,naam,indicator,periode,waarde,status,index,rang,deciel,referentiegroep,nederland
  // (the rest: the next test).
  // index = 100 × value / value in 2020; rang 1 = highest among gemeenten with a value;
  // deciel: empty, four gemeenten are far too few (kMinGemeentenForDecile); the indicator in deciles keeps its own.
  same_table(benchmark_csv(s),
             {
                 "gemeente,naam,indicator,periode,waarde,status,index,rang,deciel,referentiegroep,nederland",
                 // deciel 2021: D 9, B 5, C 5, A 3 → A rank 4 and its own decile 3; no group figure.
                 "GM0001,Aa,deciel,2021,3,,,4,3,,",
                 // hulp 2020: D 200, B 150, A 100 (C geheim) → A rank 3.
                 "GM0001,Aa,hulp,2020,100,,100,3,,150,450",
                 // hulp 2021: D 400, C 300, B 180, A 80 → rank 4; index 80 / 100 × 100.
                 "GM0001,Aa,hulp,2021,80,,80,4,,480,960",
                 // hulp_pct 2020: A 10, B 7,5, D 5 → A rank 1.
                 "GM0001,Aa,hulp_pct,2020,10,,100,1,,7.5,6.428571428571429",
                 // hulp_pct 2021: C 10, D 10, B 9, A 8 → A rank 4; index 8 / 10 × 100 = 80.
                 "GM0001,Aa,hulp_pct,2021,8,,80,4,,9.6,9",
                 // jongeren: D 4000, C 3000, B 2000, A 1000 → A rank 4, both years.
                 "GM0001,Aa,jongeren,2020,1000,,100,4,,5000,10000",
                 "GM0001,Aa,jongeren,2021,1000,,100,4,,5000,10000",
                 // lasten 2020: B 300, A 200 → A rank 2. 2021: B 330, D 250, A 220, C 100 →
                 // A rank 3; index 220 / 200 × 100 = 110.
                 "GM0001,Aa,lasten,2020,200,,100,2,,300,266.6666666666667",
                 "GM0001,Aa,lasten,2021,220,,110,3,,192,218",
                 // Bee has no referentiegroep: that column stays empty.
                 "GM0002,Bee,deciel,2021,5,,,2,5,,",  // its own decile, though it ties with C for rank 2
                 "GM0002,Bee,hulp,2020,150,,100,2,,,450",
                 "GM0002,Bee,hulp,2021,180,voorlopig,120,3,,,960",  // 180 / 150 × 100
                 "GM0002,Bee,hulp_pct,2020,7.5,,100,2,,,6.428571428571429",
                 "GM0002,Bee,hulp_pct,2021,9,voorlopig,120,3,,,9",  // 180 / 2000 × 100 = 9, voorlopig from hulp
                 "GM0002,Bee,jongeren,2020,2000,,100,3,,,10000",
                 "GM0002,Bee,jongeren,2021,2000,,100,3,,,10000",
                 "GM0002,Bee,lasten,2020,300,,100,1,,,266.6666666666667",
                 "GM0002,Bee,lasten,2021,330,,110,1,,,218",
                 "GM0003,Cee,deciel,2021,5,,,2,5,,",
                 "GM0003,Cee,hulp,2020,,geheim,,,,,450",                    // geheim: no value, no rank, no index
                 "GM0003,Cee,hulp,2021,300,,,2,,,960",                      // no usable 2020 figure: no index
                 "GM0003,Cee,hulp_pct,2020,,geheim,,,,,6.428571428571429",  // a geheim teller makes the share geheim
                 "GM0003,Cee,hulp_pct,2021,10,,,1,,,9",                     // tie with D: both rank 1
                 "GM0003,Cee,jongeren,2020,3000,,100,2,,,10000",
                 "GM0003,Cee,jongeren,2021,3000,,100,2,,,10000",
                 "GM0003,Cee,lasten,2021,100,,,4,,,218",  // no 2020 figure: no index
                 "GM0004,Dee,deciel,2021,9,,,1,9,,",
                 "GM0004,Dee,hulp,2020,200,,100,1,,,450",
                 "GM0004,Dee,hulp,2021,400,,200,1,,,960",
                 "GM0004,Dee,hulp_pct,2020,5,,100,3,,,6.428571428571429",  // 200 / 4000 × 100
                 "GM0004,Dee,hulp_pct,2021,10,,200,1,,,9",                 // 400 / 4000 × 100; 10 / 5 × 100
                 "GM0004,Dee,jongeren,2020,4000,,100,1,,,10000",
                 "GM0004,Dee,jongeren,2021,4000,,100,1,,,10000",
                 "GM0004,Dee,lasten,2021,250,,,2,,,218",
             },
             true);
}

TEST_CASE("fixture: benchmark.csv worked out by hand, the figures each report shows after the contract's columns") {
  SiteData s = fixture();
  std::string csv = benchmark_csv(s);
  REQUIRE(csv.rfind("gemeente,naam,indicator,periode,waarde,status,index,rang,deciel,referentiegroep,nederland,"
                    "gemeenten_met_waarde,verandering_vorige_periode,verandering_basisperiode,nederland_is_100,"
                    "ten_opzichte_van_nederland,oordeel\n",
                    0) == 0);
  std::vector<std::string> wanted = {
      // lasten 2021: ranked among B, D, A and C (4); 220 − 200 from 2020, which is also the basisperiode;
      // 100 × 220 / 218; 220 is within 5% of 218 (10.9), so vergelijkbaar, for a lager_is_beter indicator too.
      "GM0001,Aa,lasten,2021,220,,110,3,,192,218,4,20,20,100.91743119266054,vergelijkbaar,vergelijkbaar",
      // hulp 2021: among 4; 80 − 100; 100 × 80 / 960; far below Nederland, but hulp has no richting: no oordeel.
      "GM0001,Aa,hulp,2021,80,,80,4,,480,960,4,-20,-20,8.333333333333334,lager,",
      // deciel: no group figure, so nothing beside Nederland; no 2020 figure, so no change.
      "GM0001,Aa,deciel,2021,3,,,4,3,,,4,,,,,",
      // lasten 2020, the first period: no previous one; ranked among B and A (2); 300 is 33.3 above
      // 266.67, more than 5% (13.3): hoger, and for lager_is_beter ongunstiger; 100 × 300 / 266.67 = 112.5.
      "GM0002,Bee,lasten,2020,300,,100,1,,,266.6666666666667,2,,0,112.5,hoger,ongunstiger",
      // geheim: no figure, so nothing derived from it.
      "GM0003,Cee,hulp,2020,,geheim,,,,,450,,,,,,",
  };
  // Each wanted row beside the file's row with the same gemeente, naam, indicator and periode.
  auto key = [](const std::string& line) {
    std::size_t end = 0;
    for (int cell = 0; cell < 4; ++cell) end = line.find(',', end) + 1;
    return line.substr(0, end);
  };
  std::map<std::string, std::string> by_key;
  std::stringstream lines(csv);
  for (std::string l; std::getline(lines, l);) by_key[key(l)] = l;
  std::string picked = "kop\n";
  std::vector<std::string> expected = {"kop"};
  for (const std::string& w : wanted) {
    picked += by_key[key(w)] + "\n";
    expected.push_back(w);
  }
  same_table(picked, expected);
}

TEST_CASE("fixture: observaties.csv holds the input plus the computed shares") {
  SiteData s = fixture();
  std::string csv = observaties_csv(s);
  CHECK(csv.rfind("gemeente,naam,indicator,periode,waarde,status\n", 0) == 0);
  CHECK(csv.find("GM0001,Aa,hulp_pct,2020,10,\n") != std::string::npos);
  CHECK(csv.find("GM0002,Bee,hulp_pct,2021,9,voorlopig\n") != std::string::npos);
  CHECK(csv.find("GM0003,Cee,hulp_pct,2020,,geheim\n") != std::string::npos);
  CHECK(csv.find("nederland,Nederland,hulp_pct,2021,9,\n") != std::string::npos);  // the source's group figure
  CHECK(csv.find("regio:") == std::string::npos);  // computed group figures are in groepen.csv
}
