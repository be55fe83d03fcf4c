// The names of the model's enums, one table per enum: the words a user writes
// in indicatoren.yaml and data/*.csv are the words the open data publish, so
// load (parsing), write (open data) and assemble read them from here and can
// never drift apart.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/content.h"
#include "model/judgement.h"

namespace spiegel {

/// procent, euro, aantal, per_1000, index, deciel, getal
std::string_view name(Unit u);
std::optional<Unit> unit_from_name(std::string_view name);
/// Every name, in declaration order: the choices for an error and its did-you-mean.
const std::vector<std::string>& unit_names();

/// hoger_is_beter, lager_is_beter, neutraal
std::string_view name(Direction d);
std::optional<Direction> direction_from_name(std::string_view name);
const std::vector<std::string>& direction_names();

/// ratio, som, gewogen, gemiddelde, geen
std::string_view name(Aggregation a);
std::optional<Aggregation> aggregation_from_name(std::string_view name);
const std::vector<std::string>& aggregation_names();

/// "" (none), voorlopig, geheim: an empty status cell means none.
std::string_view name(Status s);
std::optional<Status> status_from_name(std::string_view name);
/// voorlopig, geheim: what a user can write in a status cell besides nothing.
const std::vector<std::string>& status_names();

/// niet_gestart, in_uitvoering, uitgevoerd, niet_overgenomen, achterhaald
std::string_view name(FollowUpStatus s);
std::optional<FollowUpStatus> follow_up_status_from_name(std::string_view name);
const std::vector<std::string>& follow_up_status_names();
/// As a reader sees it: "niet gestart", "in uitvoering", …
std::string follow_up_status_label(FollowUpStatus s);

/// lager, vergelijkbaar, hoger
std::string_view name(Position p);

/// "" (geen), ongunstiger, vergelijkbaar, gunstiger
std::string_view name(Judgement j);

}  // namespace spiegel
