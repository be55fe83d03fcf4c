// A group's figure for one indicator, computed from its members' figures the
// way the indicator says (`aggregatie`): a percentage of a group is the sum of
// the numerators over the sum of the denominators, never the mean of the
// members' percentages.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "compute/dataset.h"
#include "compute/groups.h"
#include "compute/period_map.h"
#include "model/content.h"

namespace spiegel {

/// One group figure computed over its members.
struct Aggregate {
  double waarde = 0;
  Status status = Status::none;  ///< voorlopig when any member figure used is
  int leden_met_waarde = 0;      ///< members that counted (for ratio: with both teller and noemer)
  int leden = 0;                 ///< all members of the group
};

/// The aggregate of `indicator` over `members` (indexes into the registry) for
/// every period in which at least one member counts. Members that are geheim
/// or missing are left out; `geen` gives nothing.
PeriodMap<Aggregate> aggregate(const Indicator& indicator, const Content& content,
                               const std::vector<std::size_t>& members, const Dataset& data);

/// Adds every group's aggregates to `data` under the group's id, except where
/// the data already give the group's figure for that period (the source wins)
/// and for groups with `berekenen: false`.
void add_group_aggregates(const Content& content, const std::vector<Group>& groups, Dataset& data);

}  // namespace spiegel
