#include "assemble/number_format.h"

#include <charconv>
#include <cmath>

namespace spiegel {

bool same_when_shown(const Indicator& indicator, double a, double b) {
  return format_value(indicator, a) == format_value(indicator, b);
}

std::string format_value(const Indicator& indicator, const std::optional<double>& value, Status status) {
  if (status == Status::geheim) return "x";
  if (!value) return "–";
  std::string n = format_decimal(*value, indicator.decimalen);
  std::string out;
  switch (indicator.eenheid) {
    case Unit::procent:
      out = n + "%";
      break;
    case Unit::euro:
      out = "€ " + n;
      break;
    case Unit::per_1000:
      out = n + " per 1.000";
      break;
    default:
      out = n;
  }
  if (status == Status::voorlopig) out += "*";
  return out;
}

std::string format_plain(double v) {
  char buf[512];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return ec == std::errc() ? std::string(buf, end) : std::string();
}

}  // namespace spiegel
