// Figures as printed: a value with its unit ("6,7%", "€ 10.143"), x for geheim,
// – for missing; and the full-precision numbers of the open data.
#pragma once

#include <optional>
#include <string>

#include "base/decimal_format.h"
#include "model/content.h"

namespace spiegel {

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
