#include "model/enum_names.h"

#include <array>
#include <utility>

namespace spiegel {

namespace {

template <typename E, std::size_t N>
using Table = std::array<std::pair<E, std::string_view>, N>;

constexpr Table<Unit, 7> kUnits = {{{Unit::procent, "procent"},
                                    {Unit::euro, "euro"},
                                    {Unit::aantal, "aantal"},
                                    {Unit::per_1000, "per_1000"},
                                    {Unit::index, "index"},
                                    {Unit::deciel, "deciel"},
                                    {Unit::getal, "getal"}}};

constexpr Table<Direction, 3> kDirections = {{{Direction::hoger_is_beter, "hoger_is_beter"},
                                              {Direction::lager_is_beter, "lager_is_beter"},
                                              {Direction::neutraal, "neutraal"}}};

constexpr Table<Aggregation, 5> kAggregations = {{{Aggregation::ratio, "ratio"},
                                                  {Aggregation::som, "som"},
                                                  {Aggregation::gewogen, "gewogen"},
                                                  {Aggregation::gemiddelde, "gemiddelde"},
                                                  {Aggregation::geen, "geen"}}};

constexpr Table<Status, 3> kStatuses = {
    {{Status::none, ""}, {Status::voorlopig, "voorlopig"}, {Status::geheim, "geheim"}}};

constexpr Table<Position, 3> kPositions = {
    {{Position::lager, "lager"}, {Position::vergelijkbaar, "vergelijkbaar"}, {Position::hoger, "hoger"}}};

constexpr Table<Judgement, 4> kJudgements = {{{Judgement::geen, ""},
                                              {Judgement::ongunstiger, "ongunstiger"},
                                              {Judgement::vergelijkbaar, "vergelijkbaar"},
                                              {Judgement::gunstiger, "gunstiger"}}};

constexpr Table<FollowUpStatus, 5> kFollowUpStatuses = {{{FollowUpStatus::niet_gestart, "niet_gestart"},
                                                         {FollowUpStatus::in_uitvoering, "in_uitvoering"},
                                                         {FollowUpStatus::uitgevoerd, "uitgevoerd"},
                                                         {FollowUpStatus::niet_overgenomen, "niet_overgenomen"},
                                                         {FollowUpStatus::achterhaald, "achterhaald"}}};

template <typename E, std::size_t N>
std::string_view name_in(const Table<E, N>& table, E value) {
  for (const auto& [v, n] : table)
    if (v == value) return n;
  return "";
}

template <typename E, std::size_t N>
std::optional<E> value_in(const Table<E, N>& table, std::string_view name) {
  for (const auto& [v, n] : table)
    if (n == name) return v;
  return std::nullopt;
}

/// The names a user can write: the empty name of "none" is not one of them.
template <typename E, std::size_t N>
std::vector<std::string> names_in(const Table<E, N>& table) {
  std::vector<std::string> out;
  for (const auto& [v, n] : table)
    if (!n.empty()) out.emplace_back(n);
  return out;
}

}  // namespace

std::string_view name(Unit u) { return name_in(kUnits, u); }
std::optional<Unit> unit_from_name(std::string_view name) { return value_in(kUnits, name); }
const std::vector<std::string>& unit_names() {
  static const std::vector<std::string> names = names_in(kUnits);
  return names;
}

std::string_view name(Direction d) { return name_in(kDirections, d); }
std::optional<Direction> direction_from_name(std::string_view name) { return value_in(kDirections, name); }
const std::vector<std::string>& direction_names() {
  static const std::vector<std::string> names = names_in(kDirections);
  return names;
}

std::string_view name(Aggregation a) { return name_in(kAggregations, a); }
std::optional<Aggregation> aggregation_from_name(std::string_view name) { return value_in(kAggregations, name); }
const std::vector<std::string>& aggregation_names() {
  static const std::vector<std::string> names = names_in(kAggregations);
  return names;
}

std::string_view name(Status s) { return name_in(kStatuses, s); }
std::optional<Status> status_from_name(std::string_view name) { return value_in(kStatuses, name); }
const std::vector<std::string>& status_names() {
  static const std::vector<std::string> names = names_in(kStatuses);
  return names;
}

std::string_view name(FollowUpStatus s) { return name_in(kFollowUpStatuses, s); }
std::optional<FollowUpStatus> follow_up_status_from_name(std::string_view name) {
  return value_in(kFollowUpStatuses, name);
}
const std::vector<std::string>& follow_up_status_names() {
  static const std::vector<std::string> names = names_in(kFollowUpStatuses);
  return names;
}
std::string follow_up_status_label(FollowUpStatus s) {
  std::string label(name(s));
  for (char& c : label)
    if (c == '_') c = ' ';
  return label;
}

std::string_view name(Position p) { return name_in(kPositions, p); }

std::string_view name(Judgement j) { return name_in(kJudgements, j); }

}  // namespace spiegel
