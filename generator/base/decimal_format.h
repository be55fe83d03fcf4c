// Numbers the Dutch way: 10.143 and 6,7 — rounded half away from zero on the
// decimal digits the figure was written with, so 2,675 becomes 2,68. In base/
// because tables, sentences and chart axes all write numbers this one way.
#pragma once

#include <string>

namespace spiegel {

/// `v` with `decimals` digits after the comma and '.' between thousands: 10143.2 → "10.143,2";
/// without `group_thousands` "10143,2", as Dutch Excel reads a number from a CSV file.
std::string format_decimal(double v, int decimals, bool group_thousands = true);

/// The number format_decimal shows, as a number: 6.66 with 1 decimal → 6.7.
/// A download holds the figure the page shows, not more digits than the reader saw.
double rounded_as_shown(double v, int decimals);

}  // namespace spiegel
