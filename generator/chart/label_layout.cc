#include "chart/label_layout.h"

#include <algorithm>
#include <numeric>

namespace spiegel::chart {

std::vector<double> stack_labels(const std::vector<StackedLabel>& labels, double top, double bottom) {
  const std::size_t n = labels.size();
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return labels[a].wanted < labels[b].wanted; });
  std::vector<double> tops(n);
  // Down: each label below the previous one; then up: the last ones back inside the bottom.
  double next_free = top;
  for (std::size_t i : order) {
    tops[i] = std::max(labels[i].wanted, next_free);
    next_free = tops[i] + labels[i].height;
  }
  double limit = bottom;
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    tops[*it] = std::min(tops[*it], limit - labels[*it].height);
    limit = tops[*it];
  }
  // Too many to fit: they start at the top and overflow the bottom rather than the top.
  double shift = top - (n ? tops[order.front()] : top);
  if (shift > 0)
    for (double& t : tops) t += shift;
  return tops;
}

}  // namespace spiegel::chart
