// A change or difference the Dutch way, with its sign: "+0,3 procentpunt",
// "-€ 53", "+12 per 1.000".
#pragma once

#include <string>

#include "model/content.h"

namespace spiegel {

/// `d` as a signed difference in the indicator's unit; percentages in procentpunt.
std::string format_difference(const Indicator& indicator, double d);

}  // namespace spiegel
