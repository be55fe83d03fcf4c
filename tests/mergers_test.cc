// End to end: content/herindelingen.csv. Periods before a merger are shown on
// today's boundaries: the counts of the old gemeenten summed, the percentage
// computed from those sums, and the group figures over today's gemeenten.
// The figures are invented; the expected values are worked out by hand below.
#include <doctest/doctest.h>

#include "site/pipeline.h"
#include "temp_project.h"

using namespace spiegel;
using spiegel::testing::contains;
using spiegel::testing::TempProject;

namespace {

/// Three gemeenten of today. Midden-Groningen (GM1952) was made on 1 januari 2018 of
/// three gemeenten under a new code; Groningen (GM0014) took in Haren and Ten Boer on
/// 1 januari 2019 and kept its code. Assen did not merge.
void write_mergers(const TempProject& t) {
  t.write("content/spiegel.yaml", "titel: Testmonitor\norganisatie: Rekenkamer Test\npeilperiode: 2019\n");
  t.write("content/gemeenten.csv",
          "code,naam,provincie\nGM0014,Groningen,Groningen\nGM1952,Midden-Groningen,Groningen\n"
          "GM0106,Assen,Drenthe\n");
  t.write("content/groepen.yaml", "groepen:\n  - id: nederland\n    naam: Nederland\n    alle: true\n");
  t.write("content/indicatoren.yaml",
          "- id: jongeren\n  naam: Jongeren 0-17\n  eenheid: aantal\n  aggregatie: som\n"
          "- id: jongeren_jeugdhulp\n  naam: Jongeren met jeugdhulp\n  eenheid: aantal\n"
          "- id: pct_jeugdhulp\n  naam: Jongeren met jeugdhulp (%)\n  eenheid: procent\n  decimalen: 1\n"
          "  teller: jongeren_jeugdhulp\n  noemer: jongeren\n  factor: 100\n"
          "- id: tevredenheid\n  naam: Tevreden cliënten\n  eenheid: procent\n");
  t.write("content/herindelingen.csv",
          "oud,nieuw,per,naam\n"
          "GM0018,GM1952,2018-01-01,Hoogezand-Sappemeer\n"
          "GM1987,GM1952,2018-01-01,Menterwolde\n"
          "GM0040,GM1952,2018-01-01,Slochteren\n"
          "GM0014,GM0014,2019-01-01,Groningen (oud)\n"
          "GM0017,GM0014,2019-01-01,Haren\n"
          "GM0009,GM0014,2019-01-01,Ten Boer\n");
  t.write("content/data/cijfers.csv",
          "gemeente,indicator,periode,waarde\n"
          // Midden-Groningen's parts in 2017; from 2018 on the new gemeente itself.
          "GM0018,jongeren,2017,6000\nGM0018,jongeren_jeugdhulp,2017,600\nGM0018,tevredenheid,2017,80\n"
          "GM1987,jongeren,2017,2000\nGM1987,jongeren_jeugdhulp,2017,150\n"
          "GM0040,jongeren,2017,3000\nGM0040,jongeren_jeugdhulp,2017,250\n"
          "GM1952,jongeren,2018,10900\nGM1952,jongeren_jeugdhulp,2018,1050\n"
          "GM1952,jongeren,2019,10800\nGM1952,jongeren_jeugdhulp,2019,1000\n"
          // Groningen on its old boundaries in 2017 and 2018, with Haren and Ten Boer;
          // Ten Boer has no jeugdhulp figure for 2018.
          "GM0014,jongeren,2017,30000\nGM0014,jongeren_jeugdhulp,2017,2400\n"
          "GM0014,jongeren,2018,31000\nGM0014,jongeren_jeugdhulp,2018,2500\nGM0014,tevredenheid,2018,75\n"
          "GM0017,jongeren,2017,3500\nGM0017,jongeren_jeugdhulp,2017,200\n"
          "GM0017,jongeren,2018,3400\nGM0017,jongeren_jeugdhulp,2018,210\n"
          "GM0009,jongeren,2017,1500\nGM0009,jongeren_jeugdhulp,2017,100\nGM0009,jongeren,2018,1450\n"
          "GM0014,jongeren,2019,36000\nGM0014,jongeren_jeugdhulp,2019,2900\nGM0014,tevredenheid,2019,77\n"
          "GM0106,jongeren,2017,12000\nGM0106,jongeren_jeugdhulp,2017,1200\n"
          "GM0106,jongeren,2018,12100\nGM0106,jongeren_jeugdhulp,2018,1150\n"
          "GM0106,jongeren,2019,12200\nGM0106,jongeren_jeugdhulp,2019,1100\n");
  t.write("content/gemeenten/groningen.md",
          "---\ngemeente: GM0014\ntitel: Jeugdhulp in Groningen\n---\n\n## Gebruik\n\n"
          "{{< tabel indicatoren=pct_jeugdhulp@2017,pct_jeugdhulp@2018,pct_jeugdhulp >}}\n\n"
          "{{< grafiek indicator=pct_jeugdhulp soort=lijn van=2017 >}}\n");
  t.write("content/paginas/verantwoording.md", "---\ntitel: Verantwoording\n---\n\nHoe de cijfers ontstaan.\n");
}

/// The line of `csv` that starts with `start`, or "".
std::string line_of(const std::string& csv, const std::string& start) {
  for (std::size_t at = 0; at < csv.size();) {
    std::size_t end = csv.find('\n', at);
    if (end == std::string::npos) end = csv.size();
    if (csv.compare(at, start.size(), start) == 0) return csv.substr(at, end - at);
    at = end + 1;
  }
  return "";
}

}  // namespace

TEST_CASE("herindelingen: periods before a merger on today's boundaries, worked out by hand") {
  TempProject t;
  write_mergers(t);
  Diagnostics d;
  auto files = build_in_memory(t.root(), d);
  INFO(d.str());
  REQUIRE(files);
  const std::string& bench = files->at("data/benchmark.csv");
  const std::string& groups = files->at("data/groepen.csv");

  // Midden-Groningen 2017: 6000 + 2000 + 3000 = 11000 jongeren, 600 + 150 + 250 = 1000 with
  // jeugdhulp; 1000 / 11000 × 100 = 9.0909…%.
  CHECK(contains(line_of(bench, "GM1952,Midden-Groningen,jongeren,2017,"), ",jongeren,2017,11000,"));
  CHECK(contains(line_of(bench, "GM1952,Midden-Groningen,pct_jeugdhulp,2017,"), ",2017,9.090909"));
  // A percentage of an old gemeente says nothing about the new one.
  CHECK(line_of(bench, "GM1952,Midden-Groningen,tevredenheid,2017,").empty());

  // Groningen 2017: its old boundaries' 30000 replaced by 30000 + 3500 + 1500 = 35000, and
  // 2400 + 200 + 100 = 2700 with jeugdhulp: 7.714…%.
  CHECK(contains(line_of(bench, "GM0014,Groningen,jongeren,2017,"), ",2017,35000,"));
  CHECK(contains(line_of(bench, "GM0014,Groningen,pct_jeugdhulp,2017,"), ",2017,7.714285"));
  // 2018: 31000 + 3400 + 1450 = 35850; Ten Boer has no jeugdhulp figure, so Groningen has
  // none on today's boundaries, and no percentage; its tevredenheid of 2018 was of the old
  // boundaries and is gone; 2019 is its own.
  CHECK(contains(line_of(bench, "GM0014,Groningen,jongeren,2018,"), ",2018,35850,"));
  CHECK(line_of(bench, "GM0014,Groningen,jongeren_jeugdhulp,2018,").empty());
  CHECK(line_of(bench, "GM0014,Groningen,pct_jeugdhulp,2018,").empty());
  CHECK(line_of(bench, "GM0014,Groningen,tevredenheid,2018,").empty());
  CHECK(contains(line_of(bench, "GM0014,Groningen,tevredenheid,2019,"), ",2019,77,"));

  // Nederland (today's three) 2017: (2700 + 1000 + 1200) / (35000 + 11000 + 12000) = 4900 / 58000
  // = 8.448…%; without the recomputation it would have been Assen's 10% alone.
  CHECK(contains(line_of(groups, "nederland,Nederland,pct_jeugdhulp,2017,"), ",2017,8.448275"));
  CHECK(contains(line_of(groups, "nederland,Nederland,jongeren,2017,"), ",2017,58000,"));
  // 2018: Groningen has no teller, so it is left out of both sums: (1050 + 1150) / (10900 +
  // 12100) = 2200 / 23000 = 9.565…%; the count of jongeren has all three: 35850 + 10900 + 12100.
  CHECK(contains(line_of(groups, "nederland,Nederland,pct_jeugdhulp,2018,"), ",2018,9.565217"));
  CHECK(contains(line_of(groups, "nederland,Nederland,jongeren,2018,"), ",2018,58850,"));

  // Open data: the recomputed figures did not come in, so observaties.csv leaves them out.
  const std::string& observations = files->at("data/observaties.csv");
  CHECK(line_of(observations, "GM0014,Groningen,jongeren,2017,").empty());
  CHECK(contains(line_of(observations, "GM0014,Groningen,jongeren,2019,"), "36000"));

  // The report's table marks them; the verantwoording names the mergers.
  const std::string& report = files->at("gemeenten/groningen/index.html");
  CHECK(contains(report, "7,7%†"));
  CHECK(contains(report, "† = herberekend op de gemeentegrenzen van nu"));
  CHECK(contains(report, "8,1%</td>"));  // 2019: 2900 / 36000, not recomputed
  // The line chart's table marks it too.
  CHECK(contains(report, "† herberekend op de gemeentegrenzen van nu"));
  const std::string& account = files->at("verantwoording/index.html");
  CHECK(contains(account,
                 "Midden-Groningen: per 1 januari 2018 ontstaan uit Hoogezand-Sappemeer, Menterwolde en "
                 "Slochteren."));
  CHECK(contains(account, "Groningen: per 1 januari 2019 ontstaan uit Groningen (oud), Haren en Ten Boer."));
  CHECK(contains(account, "(Jongeren 0-17 en Jongeren met jeugdhulp)"));
}

TEST_CASE("herindelingen: a source's figure on today's boundaries wins over the sum") {
  TempProject t;
  write_mergers(t);
  t.write("content/data/bron.csv", "gemeente,indicator,periode,waarde\nGM1952,jongeren,2017,11111\n");
  Diagnostics d;
  auto files = build_in_memory(t.root(), d);
  INFO(d.str());
  REQUIRE(files);
  CHECK(contains(line_of(files->at("data/benchmark.csv"), "GM1952,Midden-Groningen,jongeren,2017,"), ",11111,"));
}

TEST_CASE("herindelingen: mistakes are errors at their row") {
  TempProject t;
  write_mergers(t);
  SUBCASE("a figure of an old gemeente after its merger") {
    t.write("content/data/laat.csv", "gemeente,indicator,periode,waarde\nGM0017,jongeren,2019,3300\n");
    Diagnostics d;
    CHECK_FALSE(build_in_memory(t.root(), d));
    CHECK(contains(d.str(), "content/data/laat.csv:2"));
    CHECK(contains(d.str(), "GM0017 is per 1 januari 2019 opgegaan in GM0014"));
  }
  SUBCASE("a new gemeente that is not a gemeente of today") {
    t.write("content/herindelingen.csv", "oud,nieuw,per\nGM0018,GM1953,2018-01-01\n");
    Diagnostics d;
    CHECK_FALSE(build_in_memory(t.root(), d));
    CHECK(contains(d.str(), "content/herindelingen.csv:2"));
    CHECK(contains(d.str(), "nieuwe gemeente 'GM1953' staat niet in gemeenten.csv"));
    CHECK(contains(d.str(), "GM1952"));  // the suggestion
  }
  SUBCASE("a gemeente divided over two, and a date that does not exist") {
    t.write("content/herindelingen.csv",
            "oud,nieuw,per\nGM0018,GM1952,2018-01-01\nGM0018,GM0014,2018-01-01\nGM0017,GM0014,2019-02-30\n");
    Diagnostics d;
    CHECK_FALSE(build_in_memory(t.root(), d));
    CHECK(contains(d.str(), "content/herindelingen.csv:3:1: fout: gemeente GM0018 staat al op regel 2"));
    CHECK(contains(d.str(), "content/herindelingen.csv:4:15"));
    CHECK(contains(d.str(), "'2019-02-30' is geen datum"));
  }
  SUBCASE("an old code without a merger is still unknown") {
    t.write("content/data/onbekend.csv", "gemeente,indicator,periode,waarde\nGM0099,jongeren,2017,10\n");
    Diagnostics d;
    CHECK_FALSE(build_in_memory(t.root(), d));
    CHECK(contains(d.str(), "onbekende gemeente of groep 'GM0099'"));
  }
}
