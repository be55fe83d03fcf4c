// How an indicator is described to a reader: its unit, direction, how it is
// computed and how groups aggregate it — for the indicator pages and the
// verantwoording.
#pragma once

#include <string>

#include "model/content.h"

namespace spiegel {

/// "procent", "euro", "per 1.000 inwoners"…
std::string unit_description(const Indicator& indicator);

/// "Lager is gunstiger." / "Hoger is gunstiger." / "Hoger of lager is geen oordeel."
std::string direction_description(const Indicator& indicator);

/// "Berekend: teller / noemer × 100." with the indicators' names; "" when given as data.
std::string calculation_description(const Content& content, const Indicator& indicator);

/// How a group's figure comes about: "Het groepscijfer is de som van … gedeeld door de som van …".
std::string aggregation_description(const Content& content, const Indicator& indicator);

}  // namespace spiegel
