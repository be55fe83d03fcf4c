// Indicators defined as teller / noemer × factor: a value per unit and period
// wherever both inputs are known.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "compute/dataset.h"
#include "model/content.h"

namespace spiegel {

/// The computed indicators in an order in which every input comes before the
/// indicator that uses it (a computed teller may itself be computed). A cycle
/// is an error at the indicator's line and leaves its members out.
std::vector<const Indicator*> computation_order(const std::vector<Indicator>& indicators, Diagnostics& diags);

/// A noemer closer to zero than this gives no figure: 0, or a rounding
/// remainder, would make a ratio of billions of percent.
inline constexpr double kSmallestNoemer = 1e-6;

/// teller / noemer × factor for one unit and period: voorlopig when an input
/// is; geheim (no value) when an input is; nullopt when an input is missing or
/// the noemer is (near) zero.
std::optional<Value> compute_ratio(const Indicator& indicator, const Value* teller, const Value* noemer);

/// Adds the computed indicators of every unit in `units` to `data`. A figure
/// given as data for the indicator itself is kept: the source's figure wins.
/// Where a noemer is (near) zero there is no figure, and a warning per
/// indicator says how often and where first.
void add_computed_indicators(const std::vector<Indicator>& indicators, const std::vector<std::string>& units,
                             Dataset& data, Diagnostics& diags);

}  // namespace spiegel
