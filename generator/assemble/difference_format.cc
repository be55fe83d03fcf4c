#include "assemble/difference_format.h"

#include <cmath>

#include "assemble/number_format.h"

namespace spiegel {

std::string format_difference(const Indicator& indicator, double d) {
  std::string n = format_decimal(std::fabs(d), indicator.decimalen);
  // Zero at the shown precision has no sign: "0,0 procentpunt", not "-0,0".
  const bool zero = format_decimal(0, indicator.decimalen) == n;
  const std::string sign = zero ? "" : d < 0 ? "-" : "+";
  switch (indicator.eenheid) {
    case Unit::procent:
      return sign + n + " procentpunt";
    case Unit::euro:
      return sign + "€ " + n;
    case Unit::per_1000:
      return sign + n + " per 1.000";
    default:
      return sign + n;
  }
}

}  // namespace spiegel
