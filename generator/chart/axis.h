// A value axis with round ticks: 4 to 7 of them, a step of 1, 2, 2,5 or 5
// times a power of ten, the domain stretched to the ticks around the data,
// and labels written the Dutch way with the indicator's unit ("2,5%", "€ 10.000").
#pragma once

#include <string>
#include <vector>

#include "chart/figure.h"

namespace spiegel::chart {

/// Whether the axis runs to 0: bars always start at 0 (their length is the
/// value); a line only when its data comes near 0, so small changes stay visible.
/// A spread shows where values lie among each other, so 0 is no reference there.
enum class Zero { always, when_near, never };

struct Ticks {
  double min = 0, max = 1;  ///< the domain: the first and last tick
  double step = 0.2;
  int decimals = 1;            ///< what the step needs: 0,5 → 1, 2,5 → 1, 25 → 0
  std::vector<double> values;  ///< min, min + step, … max

  /// `v` placed between `from` (at min) and `to` (at max); works with `to` < `from` for a y axis.
  double place(double v, double from, double to) const {
    return max == min ? (from + to) / 2 : from + (v - min) / (max - min) * (to - from);
  }
};

/// Round ticks covering `data`; NaN, infinities and absurd magnitudes (> 1e300) are ignored; no data gives 0–1, equal
/// data a domain around it.
Ticks nice_ticks(const std::vector<double>& data, Zero zero);

/// "€ " + 10.000 + "": the tick written with `decimals` and the axis's prefix and suffix.
std::string tick_label(double v, int decimals, const AxisFormat& format);

}  // namespace spiegel::chart
