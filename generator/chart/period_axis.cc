#include "chart/period_axis.h"

#include <algorithm>
#include <string>

#include "chart/svg_text.h"

namespace spiegel::chart {

PeriodAxis period_axis(const std::vector<Period>& periods, const std::vector<double>& xs, double left, double right,
                       double font_size) {
  PeriodAxis axis;
  const std::size_t n = std::min(periods.size(), xs.size());
  if (n == 0) return axis;
  axis.period_ticks.assign(xs.begin(), xs.begin() + n);
  // One label per year: under its periods' centre (a year's own point for years).
  std::vector<PeriodLabel> years;
  for (std::size_t i = 0; i < n;) {
    std::size_t j = i;
    while (j + 1 < n && periods[j + 1].year == periods[i].year) ++j;
    years.push_back({(xs[i] + xs[j]) / 2, std::to_string(periods[i].year)});
    if (j + 1 < n && periods[i].kind != Period::Kind::year) axis.year_ticks.push_back((xs[j] + xs[j + 1]) / 2);
    i = j + 1;
  }
  const double gap = font_size;  // an em between labels reads as separate
  for (auto& label : years) {
    double half = text_width(label.text, font_size) / 2;
    label.x = std::clamp(label.x, left + half, std::max(left + half, right - half));
  }
  // The smallest k for which every k-th year, back from the latest, stands free of the next.
  for (std::size_t k = 1; k <= years.size(); ++k) {
    std::vector<PeriodLabel> chosen;
    for (std::size_t back = 0; back < years.size(); back += k) chosen.push_back(years[years.size() - 1 - back]);
    std::reverse(chosen.begin(), chosen.end());
    bool free = true;
    for (std::size_t i = 1; i < chosen.size() && free; ++i) {
      double needed = (text_width(chosen[i - 1].text, font_size) + text_width(chosen[i].text, font_size)) / 2 + gap;
      free = chosen[i].x - chosen[i - 1].x >= needed;
    }
    if (free) {
      axis.labels = std::move(chosen);
      break;
    }
  }
  return axis;
}

}  // namespace spiegel::chart
