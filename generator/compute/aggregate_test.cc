#include "compute/aggregate.h"

#include <doctest/doctest.h>

#include "load/registry.h"

using namespace spiegel;

namespace {

Period P(const char* s) { return *parse_period(s); }

Value val(std::optional<double> v, Status s = Status::none) {
  Value x;
  x.waarde = v;
  x.status = s;
  return x;
}

/// Three gemeenten: A 10.000 inwoners, B 30.000, C 60.000.
Content three() {
  Content c;
  Diagnostics d;
  c.registry =
      load_registry("code,naam,inwoners\nGM0001,A,10000\nGM0002,B,30000\nGM0003,C,60000\n", "gemeenten.csv", d);
  REQUIRE_FALSE(d.has_errors());
  return c;
}

Indicator plain(const std::string& id, Aggregation a, const std::string& gewicht = "") {
  Indicator i;
  i.id = id;
  i.aggregatie = a;
  i.gewicht = gewicht;
  return i;
}

/// A ratio of two indicators. Through const std::string& parameters, as
/// plain() does: assigning a literal to the members in a test body made GCC 12
/// warn about an overlapping memcpy in char_traits (-Wrestrict, a false positive).
Indicator ratio(const std::string& id, const std::string& teller, const std::string& noemer, double factor) {
  Indicator i = plain(id, Aggregation::ratio);
  i.teller = teller;
  i.noemer = noemer;
  i.factor = factor;
  return i;
}

const std::vector<std::size_t> kAll = {0, 1, 2};

}  // namespace

TEST_CASE("aggregate ratio: Σ teller / Σ noemer × factor; a geheim member is left out of both sums") {
  Content c = three();
  Indicator pct = ratio("pct", "t", "n", 100);
  c.indicators = {plain("t", Aggregation::som), plain("n", Aggregation::som), pct};
  Dataset d;
  d.set("GM0001", "t", P("2020"), val(10));
  d.set("GM0001", "n", P("2020"), val(100));
  d.set("GM0002", "t", P("2020"), val(std::nullopt, Status::geheim));
  d.set("GM0002", "n", P("2020"), val(300));
  d.set("GM0003", "t", P("2020"), val(50, Status::voorlopig));
  d.set("GM0003", "n", P("2020"), val(400));
  auto out = aggregate(pct, c, kAll, d);
  REQUIRE(out.count(P("2020")));
  const Aggregate& a = out.at(P("2020"));
  // B's noemer (300) does not count because its teller is geheim:
  // (10 + 50) / (100 + 400) × 100 = 12, not (10/100 + 50/400) / 2 × 100 = 11,25.
  CHECK(a.waarde == doctest::Approx(12));
  CHECK(a.leden_met_waarde == 2);
  CHECK(a.leden == 3);
  CHECK(a.status == Status::voorlopig);  // C's teller is voorlopig
}

TEST_CASE("aggregate som, gemiddelde and geen") {
  Content c = three();
  Dataset d;
  d.set("GM0001", "x", P("2020"), val(10));
  d.set("GM0002", "x", P("2020"), val(20));
  d.set("GM0003", "x", P("2020"), val(std::nullopt));  // missing
  d.set("GM0003", "x", P("2021"), val(5));
  auto som = aggregate(plain("x", Aggregation::som), c, kAll, d);
  CHECK(som.at(P("2020")).waarde == doctest::Approx(30));
  CHECK(som.at(P("2020")).leden_met_waarde == 2);
  CHECK(som.at(P("2021")).waarde == doctest::Approx(5));
  auto mean = aggregate(plain("x", Aggregation::gemiddelde), c, kAll, d);
  CHECK(mean.at(P("2020")).waarde == doctest::Approx(15));
  CHECK(aggregate(plain("x", Aggregation::geen), c, kAll, d).empty());
}

TEST_CASE("aggregate gewogen: by a registry column or by an indicator") {
  Content c = three();
  Dataset d;
  d.set("GM0001", "x", P("2020"), val(100));
  d.set("GM0002", "x", P("2020"), val(200));
  d.set("GM0003", "x", P("2020"), val(400));
  // By the inwoners column: (10.000×100 + 30.000×200 + 60.000×400) / 100.000 = 310.
  auto by_column = aggregate(plain("x", Aggregation::gewogen, "inwoners"), c, kAll, d);
  CHECK(by_column.at(P("2020")).waarde == doctest::Approx(310));
  CHECK(by_column.at(P("2020")).leden_met_waarde == 3);

  // By an indicator, with the latest earlier weight when the period has none:
  // weights 1, 1 and (for C, from 2019) 2: (100 + 200 + 2×400) / 4 = 275.
  c.indicators = {plain("x", Aggregation::gewogen, "w"), plain("w", Aggregation::som)};
  d.set("GM0001", "w", P("2020"), val(1));
  d.set("GM0002", "w", P("2020"), val(1));
  d.set("GM0003", "w", P("2019"), val(2));
  auto by_indicator = aggregate(c.indicators[0], c, kAll, d);
  CHECK(by_indicator.at(P("2020")).waarde == doctest::Approx(275));
  // A member without any weight is left out: only A and B count, (100 + 200) / 2 = 150.
  Dataset e = d;
  e.set("GM0003", "w", P("2019"), val(std::nullopt, Status::geheim));
  auto without = aggregate(c.indicators[0], c, kAll, e);
  CHECK(without.at(P("2020")).waarde == doctest::Approx(150));
  CHECK(without.at(P("2020")).leden_met_waarde == 2);
}

TEST_CASE("group aggregates: the source's figure wins; berekenen: false computes nothing") {
  Content c = three();
  c.indicators = {plain("x", Aggregation::gemiddelde)};
  Dataset d;
  d.set("GM0001", "x", P("2019"), val(10));
  d.set("GM0002", "x", P("2019"), val(20));
  d.set("GM0001", "x", P("2020"), val(10));
  d.set("GM0002", "x", P("2020"), val(30));
  d.set("nederland", "x", P("2020"), val(99));  // the official national figure
  std::vector<Group> groups = {Group{"nederland", "Nederland", "nederland", "", kAll, true},
                               Group{"regio:Noord", "Noord", "regio", "Noord", {0, 1}, false}};
  add_group_aggregates(c, groups, d);
  const Value* computed = d.get("nederland", "x", P("2019"));
  REQUIRE(computed);
  CHECK(*computed->waarde == doctest::Approx(15));
  CHECK(computed->origin == Origin::aggregate);
  CHECK_FALSE(computed->from_source());
  CHECK(computed->leden_met_waarde == 2);
  CHECK(computed->leden == 3);
  const Value* official = d.get("nederland", "x", P("2020"));
  CHECK(*official->waarde == doctest::Approx(99));
  CHECK(official->from_source());
  CHECK_FALSE(d.series("regio:Noord", "x"));
}
