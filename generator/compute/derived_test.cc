#include "compute/derived.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

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

}  // namespace

TEST_CASE("ranks: 1 is the highest; equal values share the best rank") {
  CHECK(competition_ranks({5, 9, 7}) == std::vector<int>{3, 1, 2});
  CHECK(competition_ranks({4, 8, 8, 1}) == std::vector<int>{3, 1, 1, 4});
  CHECK(competition_ranks({}).empty());
}

TEST_CASE("deciles: 10 holds the highest values; ties take their middle position") {
  // Ten distinct values: one per decile.
  for (int below = 0; below < 10; ++below) CHECK(decile(below, 1, 10) == below + 1);
  // 342 gemeenten: the lowest in decile 1, the highest in 10; position 35 is the first of decile 2
  // (ceil(10 × 34 / 342) = 1, ceil(10 × 35 / 342) = 2).
  CHECK(decile(0, 1, 342) == 1);
  CHECK(decile(341, 1, 342) == 10);
  CHECK(decile(33, 1, 342) == 1);
  CHECK(decile(34, 1, 342) == 2);
  // All equal: the middle, not the bottom or the top.
  CHECK(decile(0, 20, 20) == 6);  // position 10,5 of 20 → ceil(5,25) = 6
  CHECK(decile(0, 1, 1) == 10);
}

TEST_CASE("derived figures: index, rank, decile, changes and Nederland = 100") {
  Content c;
  Diagnostics diags;
  c.registry = load_registry("code,naam\nGM0001,A\nGM0002,B\nGM0003,C\nGM0004,D\n", "gemeenten.csv", diags);
  Indicator ind;
  ind.id = "pct";
  ind.eenheid = Unit::procent;
  ind.richting = Direction::neutraal;
  c.indicators = {ind};
  Dataset d;
  // 2017-H1 is the basisperiode.
  d.set("GM0001", "pct", P("2017-H1"), val(7.8));
  d.set("GM0001", "pct", P("2019-H2"), val(6.0));
  d.set("GM0001", "pct", P("2020-H1"), val(5.9));
  d.set("GM0002", "pct", P("2020-H1"), val(9.2));
  d.set("GM0003", "pct", P("2020-H1"), val(std::nullopt, Status::geheim));
  d.set("GM0004", "pct", P("2020-H1"), val(9.2, Status::voorlopig));
  d.set("nederland", "pct", P("2020-H1"), val(7.2));
  DerivedFigures f = derive_figures(c, d, P("2017-H1"), "nederland");

  const Derived* a = f.get("GM0001", "pct", P("2020-H1"));
  REQUIRE(a);
  CHECK(*a->index == doctest::Approx(75.641025641));  // 100 × 5,9 / 7,8: 76, not the printed 102
  CHECK(*a->verandering_basis == doctest::Approx(-1.9));
  CHECK(*a->verandering_vorige == doctest::Approx(-0.1));     // 2019-H2 is the period before 2020-H1
  CHECK(*a->nederland_100 == doctest::Approx(81.944444444));  // 100 × 5,9 / 7,2
  CHECK(a->nederland->positie == Position::lager);
  // Three gemeenten have a value in 2020-H1 (C is geheim): 9,2 9,2 5,9.
  CHECK(*a->rang == 3);
  CHECK(a->met_waarde == 3);
  CHECK_FALSE(a->deciel);  // three gemeenten are too few for deciles
  const Derived* b = f.get("GM0002", "pct", P("2020-H1"));
  CHECK(*b->rang == 1);
  CHECK(*f.get("GM0004", "pct", P("2020-H1"))->rang == 1);  // tie with B
  CHECK_FALSE(b->index);                                    // B has no value in the basisperiode
  CHECK_FALSE(b->verandering_vorige);
  const Derived* secret = f.get("GM0003", "pct", P("2020-H1"));
  REQUIRE(secret);
  CHECK_FALSE(secret->rang);
  CHECK_FALSE(secret->deciel);
  CHECK(*f.get("GM0001", "pct", P("2017-H1"))->index == doctest::Approx(100));
  CHECK_FALSE(f.get("GM0001", "pct", P("2018-H1")));
  CHECK_FALSE(f.get("nederland", "pct", P("2020-H1")));  // groups are not ranked
}

TEST_CASE("index_of: 100 × value / base, nothing for a missing or geheim figure or a base of 0") {
  Value v = val(8.1), base = val(6.0), zero = val(0.0), secret = val(std::nullopt, Status::geheim);
  REQUIRE(index_of(&v, &base));
  CHECK(*index_of(&v, &base) == doctest::Approx(135.0));
  CHECK_FALSE(index_of(&v, &zero));
  CHECK_FALSE(index_of(&v, &secret));
  CHECK_FALSE(index_of(&secret, &base));
  CHECK_FALSE(index_of(nullptr, &base));
  CHECK_FALSE(index_of(&v, nullptr));
}

namespace {

/// `n` gemeenten GM0001… with the values 1, 2, … n for indicator `id` in 2020.
DerivedFigures ranked(int n, Unit unit, std::vector<double> values = {}) {
  Content c;
  Diagnostics diags;
  std::string csv = "code,naam\n";
  for (int i = 1; i <= n; ++i) csv += fmt::format("GM{:04},G{}\n", i, i);
  c.registry = load_registry(csv, "gemeenten.csv", diags);
  Indicator ind;
  ind.id = "x";
  ind.eenheid = unit;
  c.indicators = {ind};
  Dataset d;
  for (int i = 1; i <= n; ++i)
    d.set(fmt::format("GM{:04}", i), "x", P("2020"), val(values.empty() ? i : values[static_cast<std::size_t>(i - 1)]));
  return derive_figures(c, d, std::nullopt, "");
}

}  // namespace

TEST_CASE("deciles only from 30 gemeenten with a figure; below that the rank stands alone") {
  DerivedFigures few = ranked(kMinGemeentenForDecile - 1, Unit::procent);
  const Derived* top = few.get(fmt::format("GM{:04}", kMinGemeentenForDecile - 1), "x", P("2020"));
  REQUIRE(top);
  CHECK(*top->rang == 1);
  CHECK(top->met_waarde == kMinGemeentenForDecile - 1);
  CHECK_FALSE(top->deciel);
  DerivedFigures enough = ranked(kMinGemeentenForDecile, Unit::procent);
  CHECK(*enough.get("GM0030", "x", P("2020"))->deciel == 10);
  CHECK(*enough.get("GM0001", "x", P("2020"))->deciel == 1);
}

TEST_CASE("an indicator in deciles keeps its own decile, however few gemeenten have one") {
  // Two gemeenten in deciles 2 and 4: re-ranked they would be 5 and 10.
  DerivedFigures f = ranked(2, Unit::deciel, {2, 4});
  CHECK(*f.get("GM0001", "x", P("2020"))->deciel == 2);
  CHECK(*f.get("GM0002", "x", P("2020"))->deciel == 4);
  CHECK(*f.get("GM0002", "x", P("2020"))->rang == 1);
  CHECK(own_decile(7) == 7);
  CHECK_FALSE(own_decile(7.5));
  CHECK_FALSE(own_decile(0));
  CHECK_FALSE(own_decile(11));
}
