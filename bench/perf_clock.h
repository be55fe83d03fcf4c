// What the perftests in bench/ measure with, in one place.
#pragma once

#include <algorithm>
#include <chrono>
#include <ctime>
#include <vector>

namespace spiegel::bench {

/// Processor time of the whole process (all threads) and wall time, in ms: on
/// a shared machine the processor time says more than the clock on the wall.
struct Stamp {
  double cpu = 1000.0 * std::clock() / CLOCKS_PER_SEC;
  double wall = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
};

inline double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace spiegel::bench
