// data/*.csv: observations in long format, one (gemeente, indicator, periode) a row.
// Only what a single row or the set of files can tell is checked here; whether
// an indicator or gemeente exists is the validate stage's business.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "model/content.h"

namespace spiegel {

/// Appends the valid rows of one data file to `out`; rows with an error are left out.
void load_observations(std::string_view text, const std::string& file, std::vector<Observation>& out,
                       Diagnostics& diags);

/// Reports each (gemeente, indicator, periode) that occurs again, at the later
/// row and naming the first; expected linear time (220.000 rows).
void check_duplicates(const std::vector<Observation>& all, Diagnostics& diags);

}  // namespace spiegel
