// Direct labels beside the lines' ends: each wants the height of its line's
// last value; where two would overlap they are pushed apart, as little as
// possible, and kept within the plot.
#pragma once

#include <vector>

namespace spiegel::chart {

struct StackedLabel {
  double wanted = 0;  ///< the top the label would have at its line's end
  double height = 0;
};

/// The tops of `labels`, in the order given: none overlapping, all within `top`–`bottom`
/// when they fit, order by `wanted` kept (ties by position in the list).
std::vector<double> stack_labels(const std::vector<StackedLabel>& labels, double top, double bottom);

}  // namespace spiegel::chart
