// Numbers the Dutch way: 10.143 and 6,7 — rounded half away from zero on the
// decimal digits the figure was written with, so 2,675 becomes 2,68.
#pragma once

#include <optional>
#include <string>

#include "model/content.h"

namespace spiegel {

/// `v` with `decimals` digits after the comma and '.' between thousands: 10143.2 → "10.143,2".
std::string format_decimal(double v, int decimals);

/// A figure with its unit: "6,7%", "€ 10.143", "158 per 1.000"; "x" for geheim,
/// "–" for missing; a voorlopig figure gets "*".
std::string format_value(const Indicator& indicator, const std::optional<double>& value, Status status = Status::none);

/// Whether two figures of `indicator` look the same on the page, rounded to its
/// decimals: then a sentence says "gelijk", not "hoger" over a difference the
/// reader cannot see.
bool same_when_shown(const Indicator& indicator, double a, double b);

/// Full precision with '.' decimals for open-data CSV: 8.1, 10143, 0.333333333333.
std::string format_plain(double v);

}  // namespace spiegel
