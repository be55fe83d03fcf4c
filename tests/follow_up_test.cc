// End to end: the follow-up register (content/opvolging.csv) in the reports,
// on its own page and in the open data; and its mistakes as errors.
#include <doctest/doctest.h>

#include <filesystem>

#include "site/pipeline.h"
#include "temp_project.h"

using namespace spiegel;
using spiegel::testing::contains;
using spiegel::testing::occurrences;
using spiegel::testing::TempProject;

namespace {

/// write_minimal with two aanbevelingen in Aa's report, one resting on a conclusie.
void write_report(const TempProject& t) {
  t.write_minimal();
  t.write("content/spiegel.yaml",
          "titel: Testmonitor\norganisatie: Rekenkamer Test\npeilperiode: 2020\neditie: 2021\n");
  t.write("content/gemeenten/aa.md",
          "---\ngemeente: GM0001\ntitel: Jeugdhulp in Aa\n---\n\n## Kosten\n\nTekst.\n\n"
          "::: conclusie {#c-kosten}\nDe kosten stijgen.\n:::\n\n"
          "::: aanbeveling {#a-plan aan=raad conclusies=c-kosten}\nVraag om een plan.\n:::\n\n"
          "::: aanbeveling {#a-cijfers aan=college}\nDeel de cijfers.\n:::\n");
}

}  // namespace

TEST_CASE("the follow-up register: the latest status under each aanbeveling, a register page and open data") {
  TempProject t;
  write_report(t);
  t.write("content/opvolging.csv",
          "aanbeveling,peildatum,status,toelichting\n"
          "aa#a-plan,2023-03-01,uitgevoerd,Het plan <kwam> er.\n"
          "aa#a-plan,2022-03-01,in_uitvoering,\n");
  Diagnostics d;
  auto files = build_in_memory(t.root(), d);
  INFO(d.str());
  REQUIRE(files);
  const std::string& report = files->at("gemeenten/aa/index.html");
  CHECK(contains(report,
                 "Opvolging: <span class=\"opvolging-status status-uitgevoerd\">uitgevoerd</span> "
                 "(peildatum 1 maart 2023)"));
  CHECK(contains(report, "Het plan &lt;kwam&gt; er."));  // escaped, as everything from content
  CHECK(contains(report, "<li>1 maart 2022: <span class=\"opvolging-status status-in_uitvoering\">in uitvoering"));
  CHECK(occurrences(report, "class=\"opvolging\"") == 1);  // a-cijfers has no line in the register

  const std::string& page = files->at("opvolging/index.html");
  CHECK(contains(page, "<a href=\"../gemeenten/aa/index.html#a-plan\">Aanbeveling 1</a>"));
  CHECK(contains(page, "status-uitgevoerd\">uitgevoerd</span>: 1</li>"));
  CHECK(contains(page, "<span class=\"opvolging-status\">nog geen stand</span>: 1</li>"));
  // Per addressee: raad 1 uitgevoerd of 1; college 1 without a status of 1.
  CHECK(contains(page,
                 "<th scope=\"row\">aan de raad</th><td>0</td><td>0</td><td>1</td><td>0</td><td>0</td>"
                 "<td>0</td><td>1</td>"));
  CHECK(contains(page,
                 "<th scope=\"row\">aan het college</th><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td>"
                 "<td>1</td><td>1</td>"));
  CHECK(contains(page, "<th scope=\"row\">2021</th>"));  // the monitor's editie, the report having no datum
  CHECK(contains(files->at("index.html"), "href=\"opvolging/index.html\">Opvolging</a>"));

  CHECK(files->at("data/opvolging.csv") ==
        "gemeente,naam,rapport,aanbeveling,aan,peildatum,status,toelichting\n"
        "GM0001,Aa,aa,a-plan,raad,2022-03-01,in_uitvoering,\n"
        "GM0001,Aa,aa,a-plan,raad,2023-03-01,uitgevoerd,Het plan <kwam> er.\n");
  CHECK(contains(files->at("data/monitor.json"), "\"opvolging.csv\""));

  // With a datum the report's year counts instead.
  t.write("content/gemeenten/aa.md",
          std::string(t.read("content/gemeenten/aa.md")).replace(4, 0, "datum: maart 2019\n"));
  Diagnostics dated;
  auto with_datum = build_in_memory(t.root(), dated);
  INFO(dated.str());
  REQUIRE(with_datum);
  CHECK(contains(with_datum->at("opvolging/index.html"), "<th scope=\"row\">2019</th>"));
  CHECK_FALSE(contains(with_datum->at("opvolging/index.html"), "<th scope=\"row\">2021</th>"));

  // Without a register: no page, no menu entry, no file.
  std::filesystem::remove(t.root() / "content/opvolging.csv");
  Diagnostics none;
  auto plain = build_in_memory(t.root(), none);
  REQUIRE(plain);
  CHECK_FALSE(plain->count("opvolging/index.html"));
  CHECK_FALSE(plain->count("data/opvolging.csv"));
  CHECK_FALSE(contains(plain->at("index.html"), "Opvolging"));
}

TEST_CASE("the follow-up register: an aanbeveling no report has is an error at its row with the nearest one") {
  TempProject t;
  write_report(t);
  t.write("content/opvolging.csv",
          "aanbeveling,peildatum,status,toelichting\n"
          "aa#a-plna,2023-03-01,uitgevoerd,\n"
          "aa#c-kosten,2023-03-01,uitgevoerd,\n"
          "bee#a-plan,2023-03-01,uitgevoerd,\n");
  Diagnostics d;
  CHECK_FALSE(build_in_memory(t.root(), d));
  REQUIRE(d.all().size() == 3);
  CHECK(d.all()[0].str() ==
        "content/opvolging.csv:2:1: fout: aanbeveling 'aa#a-plna': het rapport aa heeft geen "
        "aanbeveling met id 'a-plna' — bedoelt u 'aa#a-plan'?");
  CHECK(
      d.all()[1].str().starts_with("content/opvolging.csv:3:1: fout: 'aa#c-kosten' is een conclusie in het "
                                   "rapport, geen aanbeveling"));
  CHECK(
      d.all()[2].str().starts_with("content/opvolging.csv:4:1: fout: aanbeveling 'bee#a-plan': er is geen rapport "
                                   "'bee' (content/gemeenten/bee.md)"));
}
