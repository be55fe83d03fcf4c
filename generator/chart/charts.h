// The charts as inline SVG. Each is readable without colour (markers, dash
// patterns, direct labels), prints in grayscale, scales to the page width
// (viewBox, no fixed size) and carries role="img", a <title> and a <desc>
// referenced by aria-labelledby.
#pragma once

#include <string>

#include "chart/figure.h"

namespace spiegel::chart {

std::string line_chart_svg(const LineChart& chart);
std::string bar_chart_svg(const BarChart& chart);
std::string spread_chart_svg(const SpreadChart& chart);

/// The same numbers as an HTML table (<table> with caption-less header rows,
/// th scope), for the <details> under the figure.
std::string line_chart_table(const LineChart& chart);
std::string bar_chart_table(const BarChart& chart);
std::string spread_chart_table(const SpreadChart& chart);

}  // namespace spiegel::chart
