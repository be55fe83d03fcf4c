#include "base/decimal_format.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace spiegel {

namespace {

/// The shortest decimal digits that read back as `v`, in fixed notation, without sign.
std::string shortest_fixed(double v) {
  char buf[512];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, std::fabs(v), std::chars_format::fixed);
  return ec == std::errc() ? std::string(buf, end) : std::string("0");
}

}  // namespace

std::string format_decimal(double v, int decimals, bool group_thousands) {
  if (!std::isfinite(v)) return "–";
  std::string digits = shortest_fixed(v);
  std::string int_part = digits.substr(0, digits.find('.'));
  std::string frac = digits.find('.') == std::string::npos ? "" : digits.substr(digits.find('.') + 1);
  // Round the decimal string half away from zero: look at the first dropped digit.
  bool round_up = static_cast<int>(frac.size()) > decimals && frac[decimals] >= '5';
  frac.resize(decimals, '0');
  if (round_up) {
    std::string all = int_part + frac;
    int i = static_cast<int>(all.size()) - 1;
    while (i >= 0 && all[i] == '9') all[i--] = '0';
    if (i < 0)
      all.insert(all.begin(), '1');
    else
      all[i] += 1;
    int_part = all.substr(0, all.size() - decimals);
    frac = all.substr(all.size() - decimals);
  }
  std::string grouped;
  for (std::size_t i = 0; i < int_part.size(); ++i) {
    if (group_thousands && i > 0 && (int_part.size() - i) % 3 == 0) grouped += '.';
    grouped += int_part[i];
  }
  bool zero = int_part.find_first_not_of('0') == std::string::npos && frac.find_first_not_of('0') == std::string::npos;
  std::string out = (v < 0 && !zero) ? "-" + grouped : grouped;
  if (decimals > 0) out += "," + frac;
  return out;
}

double rounded_as_shown(double v, int decimals) {
  if (!std::isfinite(v)) return v;
  std::string text = format_decimal(v, decimals, false);
  std::replace(text.begin(), text.end(), ',', '.');
  double out = 0;
  std::from_chars(text.data(), text.data() + text.size(), out);
  return out;
}

}  // namespace spiegel
