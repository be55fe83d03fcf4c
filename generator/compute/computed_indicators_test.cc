#include "compute/computed_indicators.h"

#include <doctest/doctest.h>

using namespace spiegel;

namespace {

Period P(const char* s) { return *parse_period(s); }

Indicator ratio(const std::string& id, const std::string& teller, const std::string& noemer, double factor = 100) {
  Indicator i;
  i.id = id;
  i.teller = teller;
  i.noemer = noemer;
  i.factor = factor;
  i.aggregatie = Aggregation::ratio;
  return i;
}

Indicator named(const std::string& id) {
  Indicator i;
  i.id = id;
  return i;
}

Value val(std::optional<double> v, Status s = Status::none) {
  Value x;
  x.waarde = v;
  x.status = s;
  return x;
}

}  // namespace

TEST_CASE("computed indicator: teller / noemer × factor per unit and period") {
  std::vector<Indicator> inds = {named("t"), named("n"), ratio("pct", "t", "n")};
  Dataset d;
  d.set("GM0001", "t", P("2020"), val(30));
  d.set("GM0001", "n", P("2020"), val(400));
  d.set("GM0001", "t", P("2021"), val(33, Status::voorlopig));
  d.set("GM0001", "n", P("2021"), val(400));
  d.set("GM0001", "t", P("2022"), val(std::nullopt, Status::geheim));
  d.set("GM0001", "n", P("2022"), val(410));
  d.set("GM0001", "t", P("2023"), val(12));  // no noemer in 2023: no value
  d.set("GM0001", "t", P("2024"), val(12));
  d.set("GM0001", "n", P("2024"), val(0));  // a zero noemer gives no value, not infinity
  Diagnostics diags;
  add_computed_indicators(inds, {"GM0001"}, d, diags);
  CHECK_FALSE(diags.has_errors());
  CHECK(*d.get("GM0001", "pct", P("2020"))->waarde == doctest::Approx(7.5));  // 30 / 400 × 100
  CHECK(d.get("GM0001", "pct", P("2020"))->origin == Origin::computed);
  CHECK(*d.get("GM0001", "pct", P("2021"))->waarde == doctest::Approx(8.25));
  CHECK(d.get("GM0001", "pct", P("2021"))->status == Status::voorlopig);
  const Value* secret = d.get("GM0001", "pct", P("2022"));
  REQUIRE(secret);
  CHECK(secret->status == Status::geheim);
  CHECK_FALSE(secret->waarde);
  CHECK_FALSE(d.get("GM0001", "pct", P("2023")));
  CHECK_FALSE(d.get("GM0001", "pct", P("2024")));
}

TEST_CASE("computed indicator: a figure given as data wins over the computed one") {
  std::vector<Indicator> inds = {named("t"), named("n"), ratio("pct", "t", "n")};
  Dataset d;
  d.set("nederland", "t", P("2020"), val(1));
  d.set("nederland", "n", P("2020"), val(4));
  d.set("nederland", "pct", P("2020"), val(24.9));
  Diagnostics diags;
  add_computed_indicators(inds, {"nederland"}, d, diags);
  CHECK(*d.get("nederland", "pct", P("2020"))->waarde == doctest::Approx(24.9));
  CHECK(d.get("nederland", "pct", P("2020"))->origin == Origin::data);
}

TEST_CASE("computed indicator: inputs that are computed themselves come first; a cycle is an error") {
  // per_1000 uses pct, which is listed after it.
  std::vector<Indicator> inds = {ratio("per_1000", "pct", "een", 10), named("een"), ratio("pct", "t", "n"), named("t"),
                                 named("n")};
  Diagnostics diags;
  auto order = computation_order(inds, diags);
  REQUIRE(order.size() == 2);
  CHECK(order[0]->id == "pct");
  CHECK(order[1]->id == "per_1000");
  Dataset d;
  d.set("GM0001", "t", P("2020"), val(1));
  d.set("GM0001", "n", P("2020"), val(8));
  d.set("GM0001", "een", P("2020"), val(1));
  add_computed_indicators(inds, {"GM0001"}, d, diags);
  CHECK(*d.get("GM0001", "per_1000", P("2020"))->waarde == doctest::Approx(125));  // 12.5 / 1 × 10

  std::vector<Indicator> loop = {ratio("a", "b", "n"), ratio("b", "a", "n"), named("n")};
  loop[0].loc = {"indicatoren.yaml", 1, 0};
  loop[1].loc = {"indicatoren.yaml", 5, 0};
  Diagnostics cyc;
  CHECK(computation_order(loop, cyc).empty());
  REQUIRE(cyc.count() == 1);
  CHECK(cyc.all()[0].loc.file == "indicatoren.yaml");
}
