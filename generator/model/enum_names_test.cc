#include "model/enum_names.h"

#include <doctest/doctest.h>

using namespace spiegel;

namespace {

/// Every name reads back as the value it names: parsing and writing agree.
template <typename E, typename FromName>
void check_round_trip(const std::vector<std::string>& names, FromName from_name) {
  for (const std::string& n : names) {
    CAPTURE(n);
    std::optional<E> v = from_name(n);
    REQUIRE(v.has_value());
    CHECK(name(*v) == n);
  }
}

}  // namespace

TEST_CASE("enum names: every name a user writes reads back as the same name") {
  check_round_trip<Unit>(unit_names(), unit_from_name);
  check_round_trip<Direction>(direction_names(), direction_from_name);
  check_round_trip<Aggregation>(aggregation_names(), aggregation_from_name);
  check_round_trip<Status>(status_names(), status_from_name);
  check_round_trip<FollowUpStatus>(follow_up_status_names(), follow_up_status_from_name);
}

TEST_CASE("enum names: the lists hold every value, in the order the documentation gives") {
  CHECK(unit_names() == std::vector<std::string>{"procent", "euro", "aantal", "per_1000", "index", "deciel", "getal"});
  CHECK(direction_names() == std::vector<std::string>{"hoger_is_beter", "lager_is_beter", "neutraal"});
  CHECK(aggregation_names() == std::vector<std::string>{"ratio", "som", "gewogen", "gemiddelde", "geen"});
  CHECK(status_names() == std::vector<std::string>{"voorlopig", "geheim"});
  CHECK(follow_up_status_names() ==
        std::vector<std::string>{"niet_gestart", "in_uitvoering", "uitgevoerd", "niet_overgenomen", "achterhaald"});
  CHECK(follow_up_status_label(FollowUpStatus::niet_overgenomen) == "niet overgenomen");
}

TEST_CASE("enum names: an empty status cell is no status; unknown words are no value") {
  CHECK(name(Status::none).empty());
  CHECK(status_from_name("") == Status::none);
  CHECK_FALSE(status_from_name("Geheim").has_value());
  CHECK_FALSE(unit_from_name("procenten").has_value());
  CHECK_FALSE(direction_from_name("").has_value());
}

TEST_CASE("enum names: comparisons") {
  CHECK(name(Position::lager) == "lager");
  CHECK(name(Position::vergelijkbaar) == "vergelijkbaar");
  CHECK(name(Position::hoger) == "hoger");
  CHECK(name(Judgement::geen).empty());
  CHECK(name(Judgement::ongunstiger) == "ongunstiger");
  CHECK(name(Judgement::gunstiger) == "gunstiger");
}
