#include "chart/axis.h"

#include <algorithm>
#include <cmath>

#include "base/decimal_format.h"

namespace spiegel::chart {

namespace {

/// The decimals a step needs to be written exactly: 0,25 → 2; at most 12.
int step_decimals(double step) {
  for (int d = 0; d < 12; ++d) {
    double scaled = step * std::pow(10.0, d);
    if (std::fabs(scaled - std::round(scaled)) < 1e-6 * scaled) return d;
  }
  return 12;
}

}  // namespace

Ticks nice_ticks(const std::vector<double>& data, Zero zero) {
  double lo = INFINITY, hi = -INFINITY;
  for (double v : data) {
    // No figure is that large; beyond it the span itself would overflow to infinity.
    if (!std::isfinite(v) || std::fabs(v) > 1e300) continue;
    lo = std::min(lo, v);
    hi = std::max(hi, v);
  }
  if (lo > hi) lo = 0, hi = 1;  // no data: an empty 0–1 frame
  if (zero == Zero::always) {
    lo = std::min(lo, 0.0);
    hi = std::max(hi, 0.0);
  } else if (zero == Zero::when_near && lo > 0 && lo < (hi - lo) / 2) {
    lo = 0;  // near 0 compared with the spread: a 0 start costs little and reads better
  } else if (zero == Zero::when_near && hi < 0 && -hi < (hi - lo) / 2) {
    hi = 0;
  }
  // Equal values (or a spread lost in the rounding of their size): a domain around them.
  double magnitude = std::max(std::fabs(lo), std::fabs(hi));
  if (hi - lo <= magnitude * 1e-9) {
    double pad = magnitude == 0 ? 1 : magnitude * 0.1;
    if (lo == 0 && hi == 0) {
      hi = 1;
    } else {
      lo -= pad;
      hi += pad;
    }
  }
  const double span = hi - lo;
  const int k0 = static_cast<int>(std::floor(std::log10(span)));
  Ticks best;
  double best_score = INFINITY;
  for (int k = k0 - 2; k <= k0 + 1; ++k) {
    for (double m : {1.0, 2.0, 2.5, 5.0}) {
      double step = m * std::pow(10.0, k);
      double first = std::floor(lo / step + 1e-9) * step, last = std::ceil(hi / step - 1e-9) * step;
      int count = static_cast<int>(std::llround((last - first) / step)) + 1;
      // Prefer 4–7 ticks, then the tightest fit around the data, then 1, 2 and 5 over 2,5.
      double score = (count < 4 || count > 7 ? 100 + std::abs(count - 5) : 0) + (last - first - span) / span * 4 +
                     std::abs(count - 5.5) * 0.1 + (m == 2.5 ? 0.15 : 0);
      if (score < best_score) {
        best_score = score;
        best.step = step;
        best.min = first;
        best.max = last;
        best.values.clear();
        for (int i = 0; i < count; ++i) {
          double v = first + i * step;
          if (std::fabs(v) < step * 1e-9) v = 0;  // no -0 or 1e-17 at the zero tick
          best.values.push_back(v);
        }
      }
    }
  }
  best.decimals = step_decimals(best.step);
  return best;
}

std::string tick_label(double v, int decimals, const AxisFormat& format) {
  return format.prefix + format_decimal(v, decimals) + format.suffix;
}

}  // namespace spiegel::chart
