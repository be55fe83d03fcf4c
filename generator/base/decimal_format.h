// Numbers the Dutch way: 10.143 and 6,7 — rounded half away from zero on the
// decimal digits the figure was written with, so 2,675 becomes 2,68. In base/
// because tables, sentences and chart axes all write numbers this one way.
#pragma once

#include <string>

namespace spiegel {

/// `v` with `decimals` digits after the comma and '.' between thousands: 10143.2 → "10.143,2".
std::string format_decimal(double v, int decimals);

}  // namespace spiegel
