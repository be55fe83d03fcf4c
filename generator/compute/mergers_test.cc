#include "compute/mergers.h"

#include <doctest/doctest.h>

namespace spiegel {

namespace {

Observation row(const std::string& gemeente, const std::string& indicator, const char* periode,
                std::optional<double> waarde, Status status = Status::none) {
  return {gemeente, indicator, *parse_period(periode), waarde, status, {}};
}

Indicator indicator(const std::string& id, Aggregation aggregatie = Aggregation::gemiddelde,
                    const std::string& teller = "", const std::string& noemer = "") {
  Indicator i;
  i.id = id;
  i.naam = id;
  i.aggregatie = aggregatie;
  i.teller = teller;
  i.noemer = noemer;
  return i;
}

Merger merger(const std::string& oud, const std::string& nieuw, int year) {
  Merger m;
  m.oud = oud;
  m.nieuw = nieuw;
  m.per = {year, 1, 1};
  return m;
}

}  // namespace

TEST_CASE("recompute_mergers follows a chain of mergers and carries voorlopig and geheim") {
  Content c;
  c.indicators = {indicator("n", Aggregation::som), indicator("geheim_n", Aggregation::som), indicator("pct")};
  // A and B became C in 2019; C and D became E in 2021 (E is today's).
  c.herindelingen = {merger("A", "C", 2019), merger("B", "C", 2019), merger("C", "E", 2021), merger("D", "E", 2021)};
  std::vector<Observation> rows = {row("A", "n", "2018", 1),
                                   row("B", "n", "2018", 2, Status::voorlopig),
                                   row("D", "n", "2018", 4),
                                   row("C", "n", "2020", 10),
                                   row("D", "n", "2020", 20),
                                   row("E", "n", "2021", 35),
                                   row("A", "geheim_n", "2018", std::nullopt, Status::geheim),
                                   row("B", "geheim_n", "2018", 5),
                                   row("D", "geheim_n", "2018", 6),
                                   row("A", "pct", "2018", 50),
                                   row("B", "pct", "2018", 60),
                                   row("D", "n", "2019-H1", 7)};  // C has none for 2019-H1, so E has none either
  Dataset data = dataset_from(rows);
  recompute_mergers(c, data);

  const Value* e2018 = data.get("E", "n", *parse_period("2018"));
  REQUIRE(e2018);
  CHECK(*e2018->waarde == 1 + 2 + 4);  // through C's recomputed 3
  CHECK(e2018->status == Status::voorlopig);
  CHECK(e2018->herberekend);
  CHECK(*data.get("E", "n", *parse_period("2020"))->waarde == 30);
  CHECK_FALSE(data.get("E", "n", *parse_period("2021"))->herberekend);  // the source's own
  CHECK(data.get("E", "geheim_n", *parse_period("2018"))->status == Status::geheim);
  CHECK_FALSE(data.get("E", "geheim_n", *parse_period("2018"))->waarde);
  CHECK_FALSE(data.get("E", "pct", *parse_period("2018")));  // a percentage does not add up
  CHECK_FALSE(data.get("E", "n", *parse_period("2019-H1")));
}

TEST_CASE("summable: som, and every teller and noemer") {
  std::vector<Indicator> all = {indicator("t"), indicator("n", Aggregation::som),
                                indicator("p", Aggregation::ratio, "t", "n"), indicator("g")};
  CHECK(summable(all[0], all));
  CHECK(summable(all[1], all));
  CHECK_FALSE(summable(all[2], all));
  CHECK_FALSE(summable(all[3], all));
}

TEST_CASE("merger_groups: one group per new gemeente and date") {
  std::vector<Merger> m = {merger("A", "C", 2019), merger("B", "C", 2019), merger("D", "E", 2019)};
  auto groups = merger_groups(m);
  REQUIRE(groups.size() == 2);
  CHECK(groups[0].size() == 2);
  CHECK(groups[1].front()->oud == "D");
}

}  // namespace spiegel
