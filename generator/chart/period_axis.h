// The time axis of a line chart. Half years and quarters are grouped by year:
// a small tick per period, a longer one between years, and each year's number
// once, centred under its periods. When the years do not fit the width, every
// k-th year is labelled, counted back from the latest, which is the one a
// reader looks for.
#pragma once

#include <string>
#include <vector>

#include "model/period.h"

namespace spiegel::chart {

struct PeriodLabel {
  double x = 0;  ///< centre
  std::string text;
};

struct PeriodAxis {
  std::vector<double> period_ticks;  ///< at every period
  std::vector<double> year_ticks;    ///< between years (half years and quarters only)
  std::vector<PeriodLabel> labels;   ///< at least `gap` apart, inside [left, right]
};

/// The axis for `periods` (oldest first, one kind) drawn at `xs` (their centres),
/// labels `font_size` high and kept within `left`–`right`.
PeriodAxis period_axis(const std::vector<Period>& periods, const std::vector<double>& xs, double left, double right,
                       double font_size);

}  // namespace spiegel::chart
