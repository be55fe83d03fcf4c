#include "load/follow_up.h"

#include <doctest/doctest.h>

using namespace spiegel;

TEST_CASE("load_follow_up reads the register sorted by rapport, aanbeveling and peildatum") {
  Diagnostics d;
  std::vector<FollowUp> r = load_follow_up(
      "aanbeveling,peildatum,status,toelichting\n"
      "deventer#a-2,2023-03-01,uitgevoerd,\"Klaar, met een plan.\"\n"
      "deventer#a-2,2022-03-01,in_uitvoering,\n"
      "bee#a-1,2024-02-29,niet_overgenomen,De raad koos anders.\n",
      "content/opvolging.csv", d);
  INFO(d.str());
  CHECK_FALSE(d.has_errors());
  REQUIRE(r.size() == 3);
  CHECK(r[0].rapport == "bee");
  CHECK(r[0].status == FollowUpStatus::niet_overgenomen);
  CHECK(r[1].aanbeveling == "a-2");
  CHECK(r[1].peildatum == "2022-03-01");
  CHECK(r[2].toelichting == "Klaar, met een plan.");
  CHECK(r[2].loc.line == 2);
}

TEST_CASE("load_follow_up: each wrong cell an error at its place, with a suggestion; the row is left out") {
  Diagnostics d;
  std::vector<FollowUp> r = load_follow_up(
      "aanbeveling,peildatum,status\n"
      "deventer#a-1,2023-03-01,uitgevoert\n"
      "deventer,2023-03-01,uitgevoerd\n"
      "deventer#a-1,2023-02-30,uitgevoerd\n"
      "deventer#a-1,1-3-2023,uitgevoerd\n"
      "deventer#a-2,2023-03-01,uitgevoerd\n"
      "deventer#a-2,2023-03-01,achterhaald\n",
      "content/opvolging.csv", d);
  CHECK(r.size() == 1);  // only the first a-2
  REQUIRE(d.all().size() == 5);
  CHECK(d.all()[0].str() ==
        "content/opvolging.csv:2:25: fout: onbekende status 'uitgevoert' (kies niet_gestart, in_uitvoering, "
        "uitgevoerd, niet_overgenomen en achterhaald) — bedoelt u 'uitgevoerd'?");
  CHECK(d.all()[1].str().starts_with("content/opvolging.csv:3:1: fout: aanbeveling 'deventer': schrijf het rapport"));
  CHECK(d.all()[2].str().starts_with("content/opvolging.csv:4:14: fout: peildatum '2023-02-30' is geen datum"));
  CHECK(d.all()[3].str().starts_with("content/opvolging.csv:5:14: fout: peildatum '1-3-2023' is geen datum"));
  CHECK(d.all()[4].str() ==
        "content/opvolging.csv:7:1: fout: deventer#a-2 staat al op 2023-03-01 in het register "
        "(regel 6)");

  Diagnostics missing;
  load_follow_up("aanbeveling,datum,status\n", "content/opvolging.csv", missing);
  REQUIRE(missing.all().size() == 1);
  CHECK(missing.all()[0].message.starts_with("kolom 'peildatum' ontbreekt"));
}
