#include "compute/compare.h"

#include <doctest/doctest.h>

using namespace spiegel;

namespace {

Indicator with(Direction d, Unit u = Unit::euro, double tolerantie = 0.05) {
  Indicator i;
  i.id = "x";
  i.richting = d;
  i.eenheid = u;
  i.tolerantie = tolerantie;
  return i;
}

}  // namespace

TEST_CASE("compare: lager_is_beter judges a lower value gunstiger") {
  Indicator ind = with(Direction::lager_is_beter);
  // € 240 against € 293: 53 lower, 18,1% lower, beyond 5% of 293 (14,65).
  Comparison c = compare(ind, 240, 293);
  CHECK(c.verschil == doctest::Approx(-53));
  CHECK(*c.relatief == doctest::Approx(-53.0 / 293));
  CHECK(c.positie == Position::lager);
  CHECK(c.oordeel == Judgement::gunstiger);
  CHECK(compare(ind, 375, 293).oordeel == Judgement::ongunstiger);
  CHECK(compare(ind, 300, 293).oordeel == Judgement::vergelijkbaar);  // 7 <= 14,65
}

TEST_CASE("compare: hoger_is_beter judges a higher value gunstiger") {
  Indicator ind = with(Direction::hoger_is_beter, Unit::procent);
  CHECK(compare(ind, 80, 70).oordeel == Judgement::gunstiger);
  CHECK(compare(ind, 60, 70).oordeel == Judgement::ongunstiger);
  CHECK(compare(ind, 72, 70).oordeel == Judgement::vergelijkbaar);  // 2 <= 3,5
  // Percentages differ in percentage points, never relatively.
  CHECK(compare(ind, 80, 70).verschil == doctest::Approx(10));
  CHECK_FALSE(compare(ind, 80, 70).relatief);
}

TEST_CASE("compare: neutraal says hoger or lager, never gunstiger") {
  Indicator ind = with(Direction::neutraal, Unit::procent);
  // 6,7% against 7,2%: 0,5 point lower, beyond 5% of 7,2 (0,36).
  Comparison c = compare(ind, 6.7, 7.2);
  CHECK(c.positie == Position::lager);
  CHECK(c.oordeel == Judgement::geen);
  CHECK(compare(ind, 7.4, 7.2).positie == Position::vergelijkbaar);  // 0,2 <= 0,36
  CHECK(compare(ind, 8.1, 7.1).positie == Position::hoger);
  CHECK(compare(ind, 8.1, 7.1).oordeel == Judgement::geen);
}

TEST_CASE("compare: the tolerance is set per indicator; a zero reference has no relative difference") {
  CHECK(compare(with(Direction::lager_is_beter, Unit::euro, 0.2), 340, 293).oordeel == Judgement::vergelijkbaar);
  CHECK(compare(with(Direction::lager_is_beter, Unit::euro, 0.0), 294, 293).oordeel == Judgement::ongunstiger);
  Comparison zero = compare(with(Direction::neutraal), 0, 0);
  CHECK(zero.positie == Position::vergelijkbaar);
  CHECK_FALSE(zero.relatief);
  CHECK(compare(with(Direction::neutraal), 1, 0).positie == Position::hoger);
}
