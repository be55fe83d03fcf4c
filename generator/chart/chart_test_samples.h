// Typical charts for the tests: the sizes a report draws (8 lines over 7 half
// years, 10 bars, 342 gemeenten), with the awkward cases in them: a gap, a
// voorlopig figure, a secret one, a name that needs escaping.
#pragma once

#include <algorithm>
#include <cmath>
#include <string>

#include "base/decimal_format.h"
#include "chart/figure.h"

namespace spiegel::chart::testing {

inline Point point(double v, bool voorlopig = false) {
  return {v, format_decimal(v, 1) + "%" + (voorlopig ? "*" : ""), voorlopig};
}
inline Point missing(const std::string& shown = "–") { return {std::nullopt, shown, false}; }

inline LineChart sample_line_chart() {
  LineChart c;
  c.text = {"fig-jeugd", "Jongeren met jeugdhulp, Deventer & referentiegroep",
            "Deventer ligt sinds 2019 boven de referentiegroep."};
  for (int y = 2017; y <= 2020; ++y)
    for (int h = 1; h <= 2; ++h)
      if (y < 2020 || h == 1) c.periods.push_back({y, Period::Kind::half, h});
  c.axis = {"", "%", "aandeel jongeren met jeugdhulp"};
  auto series = [&](std::string name, Role role, double base, double slope) {
    Series s{std::move(name), role, Tone::neutral, {}};
    for (std::size_t i = 0; i < c.periods.size(); ++i)
      s.points.push_back(point(base + slope * i + std::sin(i + base) * 0.3));
    return s;
  };
  c.series.push_back(series("Zwolle", Role::member, 10.2, 0.1));
  c.series.push_back(series("Apeldoorn", Role::member, 9.1, 0.15));
  c.series.push_back(series("Enschede", Role::member, 11.5, -0.05));
  c.series.push_back(series("Zutphen", Role::member, 8.4, 0.2));
  c.series.push_back(series("Hengelo", Role::member, 9.8, 0.05));
  c.series.back().points[3] = missing("x");
  c.series.push_back(series("Referentiegroep", Role::group, 9.7, 0.1));
  c.series.push_back(series("Nederland", Role::group, 9.5, 0.08));
  c.series.push_back(series("Deventer", Role::own, 9.0, 0.3));
  c.series.back().tone = Tone::worse;
  c.series.back().points[2] = missing();
  c.series.back().points.back() = point(c.series.back().points.back().value.value(), true);
  return c;
}

inline BarChart sample_bar_chart() {
  BarChart c;
  c.text = {"fig-staaf", "Jongeren met jeugdhulp, 1e halfjaar 2020", "Deventer ligt boven de referentiegroep."};
  c.period_label = "1e halfjaar 2020";
  c.axis = {"", "%", ""};
  c.bars = {{"Deventer", point(11.4), Role::own, Tone::worse},
            {"Referentiegroep", point(10.1), Role::group, Tone::neutral},
            {"Nederland", point(9.6), Role::group, Tone::neutral},
            {"Apeldoorn", point(10.3), Role::member, Tone::neutral},
            {"Enschede", point(12.2, true), Role::member, Tone::neutral},
            {"Hengelo", missing("x"), Role::member, Tone::neutral},
            {"Súdwest-Fryslân en een heel lange naam die niet past", point(8.2), Role::member, Tone::neutral},
            {"Zutphen", point(10.8), Role::member, Tone::neutral},
            {"Zwolle", point(9.9), Role::member, Tone::neutral},
            {"'s-Hertogenbosch", missing(), Role::member, Tone::neutral}};
  return c;
}

inline SpreadChart sample_spread_chart() {
  SpreadChart c;
  c.text = {"fig-spreiding", "Jongeren met jeugdhulp in alle gemeenten", "Deventer hoort bij de 20% hoogste."};
  c.period_label = "1e halfjaar 2020";
  c.axis = {"", "%", ""};
  // A skewed spread, as real shares are: most gemeenten between 7 and 12%, a tail to 20%.
  for (int i = 0; i < 342; ++i) {
    double u = std::fmod(i * 0.7548776662 + 0.31, 1.0), w = std::fmod(i * 0.5698402910 + 0.77, 1.0);
    c.values.push_back(std::round((6 + 5 * (u + w) + (u > 0.95 ? 8 * (u - 0.95) * 20 : 0)) * 10) / 10);
  }
  std::vector<double> sorted = c.values;
  std::sort(sorted.begin(), sorted.end());
  for (int k = 1; k <= 9; ++k) c.decile_bounds.push_back(sorted[k * sorted.size() / 10]);
  c.own = Bar{"Deventer", point(12.4), Role::own, Tone::worse};
  c.references = {{"Nederland", point(10.6), Role::group, Tone::neutral},
                  {"Referentiegroep", point(10.9), Role::group, Tone::neutral}};
  return c;
}

}  // namespace spiegel::chart::testing
