// How a figure stands against a reference. Declared in the model, not in
// compute/, because the open data and the pages name these values too, and
// their names live in model/enum_names.h beside those of the other enums.
#pragma once

namespace spiegel {

/// Where a value stands against the reference, within the indicator's tolerance.
enum class Position { lager, vergelijkbaar, hoger };

/// What that means for an indicator with a richting; `geen` for neutraal.
enum class Judgement { geen, ongunstiger, vergelijkbaar, gunstiger };

}  // namespace spiegel
