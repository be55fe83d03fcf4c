// Setting a figure beside a reference (a group, Nederland): the difference,
// where it stands, and — only for indicators with a richting — a judgement.
#pragma once

#include <optional>
#include <string>

#include "model/content.h"
#include "model/judgement.h"

namespace spiegel {

struct Comparison {
  double verschil = 0;             ///< value − reference: percentage points for procent
  std::optional<double> relatief;  ///< (value − reference) / reference; not for procent, nor a zero reference
  Position positie = Position::vergelijkbaar;
  Judgement oordeel = Judgement::geen;
};

/// Compares `value` with `reference`. Within `tolerantie` (a fraction of the
/// reference, default 5%) the two count as vergelijkbaar.
Comparison compare(const Indicator& indicator, double value, double reference);

}  // namespace spiegel
