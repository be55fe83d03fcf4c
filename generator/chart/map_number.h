// Numbers in a map's SVG, as short as they can be written: a map is thousands
// of coordinates, and a page holds two maps besides its charts. Private to the
// map (map_geometry.cc, map_chart.cc).
#pragma once

#include <cstdint>
#include <string>

namespace spiegel::chart {

/// `tenths` / 10 in the fewest characters: 123 → "12.3", 5 → ".5", -20 → "-2", 0 → "0".
void append_tenths(std::string& out, std::int64_t tenths);

/// `v` in tenths, rounded; clamped far beyond any map so that no input overflows.
std::int64_t to_tenths(double v);

/// `v` rounded to one decimal, written as append_tenths does.
std::string map_number(double v);

}  // namespace spiegel::chart
