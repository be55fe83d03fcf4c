#include "compute/compare.h"

#include <cmath>

namespace spiegel {

Comparison compare(const Indicator& indicator, double value, double reference) {
  Comparison c;
  c.verschil = value - reference;
  // A difference in percentages is read in percentage points; a relative
  // difference of percentages (8% is 14% more than 7%) confuses readers.
  if (indicator.eenheid != Unit::procent && reference != 0) c.relatief = c.verschil / std::fabs(reference);
  const double margin = indicator.tolerantie * std::fabs(reference);
  if (std::fabs(c.verschil) <= margin)
    c.positie = Position::vergelijkbaar;
  else
    c.positie = c.verschil > 0 ? Position::hoger : Position::lager;
  switch (indicator.richting) {
    case Direction::neutraal:
      c.oordeel = Judgement::geen;
      break;
    case Direction::hoger_is_beter:
      c.oordeel = c.positie == Position::hoger   ? Judgement::gunstiger
                  : c.positie == Position::lager ? Judgement::ongunstiger
                                                 : Judgement::vergelijkbaar;
      break;
    case Direction::lager_is_beter:
      c.oordeel = c.positie == Position::lager   ? Judgement::gunstiger
                  : c.positie == Position::hoger ? Judgement::ongunstiger
                                                 : Judgement::vergelijkbaar;
      break;
  }
  return c;
}

}  // namespace spiegel
