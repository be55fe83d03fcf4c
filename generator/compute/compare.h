// Setting a figure beside a reference (a group, Nederland): the difference,
// where it stands, and — only for indicators with a richting — a judgement.
#pragma once

#include <optional>
#include <string>

#include "model/content.h"

namespace spiegel {

/// Where a value stands against the reference, within the indicator's tolerance.
enum class Position { lager, vergelijkbaar, hoger };

/// What that means for an indicator with a richting; `geen` for neutraal.
enum class Judgement { geen, ongunstiger, vergelijkbaar, gunstiger };

struct Comparison {
  double verschil = 0;              ///< value − reference: percentage points for procent
  std::optional<double> relatief;   ///< (value − reference) / reference; not for procent, nor a zero reference
  Position positie = Position::vergelijkbaar;
  Judgement oordeel = Judgement::geen;
};

/// Compares `value` with `reference`. Within `tolerantie` (a fraction of the
/// reference, default 5%) the two count as vergelijkbaar.
Comparison compare(const Indicator& indicator, double value, double reference);

/// "", "ongunstiger", "vergelijkbaar", "gunstiger".
std::string judgement_word(Judgement j);

}  // namespace spiegel
