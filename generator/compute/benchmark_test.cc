#include "compute/benchmark.h"

#include <doctest/doctest.h>

#include "compute/site_data.h"
#include "load/groups.h"
#include "load/indicators.h"
#include "load/observations.h"
#include "load/registry.h"
#include "site/pipeline.h"

using namespace spiegel;

namespace {

Period P(const char* s) { return *parse_period(s); }

/// Four gemeenten; A has a report whose front matter names its referentiegroep.
Content small() {
  Content c;
  Diagnostics d;
  c.registry = load_registry("code,naam,regio\nGM0001,A,Noord\nGM0002,B,Noord\nGM0003,C,Zuid\nGM0004,D,Zuid\n",
                             "gemeenten.csv", d);
  load_groups(
      "groepen:\n  - id: land\n    naam: Het land\n    alle: true\n"
      "  - id: regio\n    naam: \"Regio {waarde}\"\n    per_kolom: regio\n    berekenen: false\n"
      "referentiegroepen:\n  GM0001: [GM0002]\n  GM0003: [GM0004, GM0001]\n",
      "groepen.yaml", c, d);
  c.indicators = load_indicators(
      "- id: t\n  naam: T\n  eenheid: aantal\n  aggregatie: som\n- id: n\n  naam: N\n  eenheid: aantal\n"
      "  aggregatie: som\n- id: pct\n  naam: Pct\n  eenheid: procent\n  teller: t\n  noemer: n\n  factor: 100\n"
      "- id: jaarcijfer\n  naam: Jaarcijfer\n  eenheid: euro\n",
      "indicatoren.yaml", d);
  load_observations(
      "gemeente,indicator,periode,waarde,status\n"
      "GM0001,t,2020-H1,1,\nGM0001,n,2020-H1,10,\nGM0002,t,2020-H1,3,\nGM0002,n,2020-H1,10,\n"
      "GM0003,t,2020-H1,5,\nGM0003,n,2020-H1,10,\nGM0004,t,2020-H1,,geheim\nGM0004,n,2020-H1,10,\n"
      "GM0001,jaarcijfer,2019,100,\nGM0001,jaarcijfer,2020,110,\n",
      "data/a.csv", c.observations, d);
  INFO(d.str());
  REQUIRE_FALSE(d.has_errors());
  Report r;
  r.gemeente = "GM0001";
  r.referentiegroep = {"GM0003", "GM0004"};
  c.reports.push_back(r);
  c.settings.peilperiode = P("2020-H1");
  return c;
}

}  // namespace

TEST_CASE("benchmark: referentiegroepen as groups, the front matter before groepen.yaml") {
  Diagnostics d;
  SiteData site = prepare_site(small(), d);
  REQUIRE_FALSE(d.has_errors());
  const Group* a = reference_group(site, "GM0001");
  REQUIRE(a);
  CHECK(a->id == "referentiegroep:GM0001");
  CHECK(a->members == std::vector<std::size_t>{2, 3});  // C and D from the front matter, not B
  CHECK(reference_group(site, "GM0003")->members == std::vector<std::size_t>{0, 3});
  CHECK_FALSE(reference_group(site, "GM0002"));
  CHECK(site.group("referentiegroep:GM0003") == reference_group(site, "GM0003"));
}

TEST_CASE("benchmark: the national group is the first `alle` group when none is called nederland") {
  Diagnostics d;
  SiteData site = prepare_site(small(), d);
  REQUIRE(national_group(site));
  CHECK(national_group(site)->id == "land");
  // Land, 2020-H1: D's teller is geheim, so (1 + 3 + 5) / (10 + 10 + 10) × 100 = 30.
  const Value* land = site.data.get("land", "pct", P("2020-H1"));
  REQUIRE(land);
  CHECK(*land->waarde == doctest::Approx(30));
  CHECK(land->leden_met_waarde == 3);
  CHECK(land->leden == 4);
  // A's referentiegroep is C and D; D is geheim: 5 / 10 × 100 = 50.
  CHECK(*site.data.get("referentiegroep:GM0001", "pct", P("2020-H1"))->waarde == doctest::Approx(50));
  // berekenen: false — no regional figure without the source's.
  CHECK_FALSE(site.data.series("regio:Noord", "pct"));
  // A: 10% against 30%: rank 3 of 3 (D has no value), Nederland = 100 → 33,3.
  const Derived* a = site.benchmark.derived.get("GM0001", "pct", P("2020-H1"));
  CHECK(*a->rang == 3);
  CHECK(a->met_waarde == 3);
  CHECK(*a->nederland_100 == doctest::Approx(100.0 / 3));
}

TEST_CASE("benchmark: the current period of an indicator ends by the peilperiode's end") {
  Diagnostics d;
  SiteData site = prepare_site(small(), d);
  CHECK(current_period(site, "pct") == P("2020-H1"));
  CHECK(current_period(site, "jaarcijfer") == P("2019"));  // 2020 runs past June 2020
  CHECK(current_period(site, "t") == P("2020-H1"));
  CHECK(period_end_month(P("2020")) == period_end_month(P("2020-H2")));
}

TEST_CASE("benchmark: the difference with any group, in percentage points for procent") {
  Diagnostics d;
  SiteData site = prepare_site(small(), d);
  const Indicator& pct = *site.content.indicator("pct");
  // A 10% against its referentiegroep's 50%: 40 points lower, no relative difference for procent.
  auto c = compare_with(site, "GM0001", pct, P("2020-H1"), *reference_group(site, "GM0001"));
  REQUIRE(c);
  CHECK(c->verschil == doctest::Approx(-40));
  CHECK_FALSE(c->relatief);
  CHECK(c->positie == Position::lager);
  // D is geheim: nothing to compare.
  CHECK_FALSE(compare_with(site, "GM0004", pct, P("2020-H1"), *national_group(site)));
}

TEST_CASE("benchmark: a warning at the indicator whose current period covers fewer than half of the gemeenten") {
  Diagnostics d;
  SiteData site = prepare_site(small(), d);
  REQUIRE_FALSE(d.has_errors());
  // jaarcijfer: only A in 2019 (its current period), 1 of 4; t, n and pct: all four (D's geheim figure counts).
  REQUIRE(d.warnings().size() == 1);
  CHECK(d.warnings()[0].loc.file == "indicatoren.yaml");
  CHECK(d.warnings()[0].loc.line == 15);
  CHECK(d.warnings()[0].message ==
        "indicator 'jaarcijfer' heeft over 2019 cijfers van 1 van de 4 gemeenten in gemeenten.csv; rang en spreiding "
        "gaan alleen over die 1");
}
