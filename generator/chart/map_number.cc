#include "chart/map_number.h"

#include <cmath>

namespace spiegel::chart {

void append_tenths(std::string& out, std::int64_t tenths) {
  std::uint64_t a = tenths < 0 ? 0 - static_cast<std::uint64_t>(tenths) : static_cast<std::uint64_t>(tenths);
  if (tenths < 0) out += '-';
  std::uint64_t whole = a / 10, tenth = a % 10;
  // SVG numbers may start with the point: ".5" saves the zero, in every other coordinate.
  if (whole != 0 || tenth == 0) out += std::to_string(whole);
  if (tenth != 0) {
    out += '.';
    out += static_cast<char>('0' + tenth);
  }
}

std::int64_t to_tenths(double v) {
  if (!(v == v)) return 0;  // NaN
  double t = std::round(v * 10);
  constexpr double kLimit = 1e15;
  return static_cast<std::int64_t>(t < -kLimit ? -kLimit : t > kLimit ? kLimit : t);
}

std::string map_number(double v) {
  std::string out;
  append_tenths(out, to_tenths(v));
  return out;
}

}  // namespace spiegel::chart
