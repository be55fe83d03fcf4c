// `spreiding`: where the gemeente stands among all gemeenten. Every value is a
// small translucent dot, so that dense stretches darken; the deciles are
// alternating bands behind them; the own gemeente is a large marker and the
// references are vertical rules, all named above the dots. Hundreds of dots:
// short elements, coordinates of at most one decimal.
#include <algorithm>
#include <cmath>

#include "base/html_escape.h"
#include "chart/axis.h"
#include "chart/charts.h"
#include "chart/palette.h"
#include "chart/svg_text.h"

namespace spiegel::chart {

namespace {

constexpr double kWidth = kChartWidth, kFont = kFontSize, kSmall = kFontSize - 1, kRowHeight = kFontSize + 3,
                 kBand = 56;

struct TopLabel {
  double x = 0, width = 0;  // where its rule stands, and the text's width
  int row = 0;              // 0 just above the dots, counting upward
  double left = 0;          // placed
};

/// Puts each label (in priority order) in the lowest row where it overlaps no other label and no other
/// label's rule runs through it, its text starting at its rule or, if that does not fit, ending there.
/// A crowded chart that allows neither gets the lowest row free of overlap, rule or not.
int place_rows(std::vector<TopLabel>& labels) {
  constexpr int kMaxRows = 6;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    TopLabel& l = labels[i];
    auto fits = [&](int row, double left, bool mind_rules) {
      const double right = left + l.width;
      for (std::size_t j = 0; j < i; ++j) {
        const TopLabel& o = labels[j];
        if (o.row == row && left < o.left + o.width + 10 && right + 10 > o.left) return false;
        if (!mind_rules) continue;
        if (o.row < row && l.x > o.left - 3 && l.x < o.left + o.width + 3) return false;  // my rule through it
        if (o.row > row && o.x > left - 3 && o.x < right + 3) return false;               // its rule through me
      }
      return true;
    };
    const double at_rule = std::clamp(l.x - 5, 0.0, std::max(0.0, kWidth - l.width));
    const double before_rule = std::clamp(l.x + 5 - l.width, 0.0, std::max(0.0, kWidth - l.width));
    bool placed = false;
    for (int pass = 0; pass < 2 && !placed; ++pass) {
      for (int row = 0; row < (pass == 0 ? kMaxRows : 64) && !placed; ++row) {
        for (double left : {at_rule, before_rule}) {
          if (fits(row, left, pass == 0)) {
            l.row = row, l.left = left, placed = true;
            break;
          }
        }
      }
    }
  }
  int rows = 0;
  for (const TopLabel& l : labels) rows = std::max(rows, l.row + 1);
  return rows;
}

std::string ordinal(std::size_t k) { return std::to_string(k) + "e"; }

}  // namespace

std::string spread_chart_svg(const SpreadChart& chart) {
  std::vector<double> values;
  for (double v : chart.values)
    if (std::isfinite(v)) values.push_back(v);
  std::sort(values.begin(), values.end());  // the output does not depend on the input's order

  std::vector<double> data = values;
  for (double b : chart.decile_bounds) data.push_back(b);
  auto marked = [](const Bar& b) { return b.point.value && std::isfinite(*b.point.value); };
  if (chart.own && marked(*chart.own)) data.push_back(*chart.own->point.value);
  for (const Bar& r : chart.references)
    if (marked(r)) data.push_back(*r.point.value);
  const Ticks ticks = nice_ticks(data, Zero::never);
  std::vector<std::string> tick_texts;
  double tick_width = 0;
  for (double v : ticks.values) {
    tick_texts.push_back(tick_label(v, ticks.decimals, chart.axis));
    tick_width = std::max(tick_width, text_width(tick_texts.back(), kFont));
  }
  const double x0 = std::ceil(tick_width / 2) + 4, x1 = kWidth - x0;
  auto x_of = [&](double v) { return ticks.place(v, x0, x1); };

  // The names above the dots, each on a rule down to its place: the own gemeente first, nearest the dots.
  std::vector<TopLabel> tops;
  std::vector<const Bar*> named;
  auto label_of = [](const Bar& b) { return b.label + " " + b.point.shown; };
  if (chart.own) named.push_back(&*chart.own);
  for (const Bar& r : chart.references) named.push_back(&r);
  for (const Bar* b : named) {
    const bool own = b->role == Role::own || b == &*chart.own;
    std::string text = label_of(*b);
    double w = text_width(text, kFont) * (own ? 1.1 : 1);
    if (own && b->tone != Tone::neutral)
      w += text_width(std::string(" ") + palette::tone_symbol(b->tone) + " " + palette::tone_word(b->tone), kFont);
    tops.push_back({marked(*b) ? x_of(*b->point.value) : x0, std::min(w, kWidth), 0, 0});
  }
  const int rows = place_rows(tops);
  const double band_top = (chart.axis.title.empty() ? 0 : 20) + rows * kRowHeight + 10;
  const double band_bottom = band_top + kBand, axis_y = band_bottom + 4;
  const double decile_y = axis_y + 34, height = decile_y + 8;

  std::string out = svg_open(chart.text, kWidth, height);
  if (!chart.axis.title.empty())
    out += svg_text(0, 14, fit_text(chart.axis.title, kWidth, kFont), std::string("fill=\"") + palette::kMuted + "\"");

  // Decile bands, from the lowest to the highest value, every other one shaded.
  std::vector<double> edges;
  if (!values.empty()) {
    edges.push_back(values.front());
    for (double b : chart.decile_bounds)
      if (std::isfinite(b)) edges.push_back(std::clamp(b, values.front(), values.back()));
    edges.push_back(values.back());
  }
  std::string bands;
  for (std::size_t i = 0; i + 1 < edges.size(); i += 2)
    bands += "<rect x=\"" + num(x_of(edges[i])) + "\" y=\"" + num(band_top) + "\" width=\"" +
             num(x_of(edges[i + 1]) - x_of(edges[i])) + "\" height=\"" + num(kBand) + "\"/>\n";
  if (!bands.empty()) out += std::string("<g fill=\"") + palette::kBand + "\">\n" + bands + "</g>\n";

  // The dots, spread over the band's height by the golden ratio of their rank: even, and the same every run.
  std::string dots;
  for (std::size_t i = 0; i < values.size(); ++i) {
    const double jitter = std::fmod(static_cast<double>(i) * 0.6180339887, 1.0);
    dots += "<circle cx=\"" + num(x_of(values[i])) + "\" cy=\"" +
            num(std::round(band_top + 7 + jitter * (kBand - 14))) + "\" r=\"3.5\"/>\n";
  }
  if (!dots.empty())
    out += std::string("<g fill=\"") + palette::kMuted + "\" fill-opacity=\".45\">\n" + dots + "</g>\n";

  // The axis under the band.
  std::string marks = std::string("M").append(xy(x0, axis_y)).append("H").append(num(x1));
  for (double v : ticks.values) marks.append("M").append(xy(x_of(v), axis_y)).append("v5");
  out += "<path d=\"" + marks + "\" stroke=\"" + palette::kMuted + "\"/>\n<g fill=\"" + palette::kMuted +
         "\" text-anchor=\"middle\">\n";
  for (std::size_t i = 0; i < ticks.values.size(); ++i)
    out += svg_text(x_of(ticks.values[i]), axis_y + 18, tick_texts[i]);
  out += "</g>\n";

  // Which decile is which: the outer ones always, the ones between where there is room.
  if (edges.size() >= 3) {
    const std::size_t groups = edges.size() - 1;
    const std::string share =
        100 % groups == 0 ? std::string(" ").append(std::to_string(100 / groups)).append("%") : "";
    const std::string low = "laagste" + share, high = "hoogste" + share;
    const double low_end = x_of(edges[0]) + text_width(low, kSmall),
                 high_start = x_of(edges.back()) - text_width(high, kSmall);
    std::string labels =
        svg_text(x_of(edges[0]), decile_y, low) + svg_text(x_of(edges.back()), decile_y, high, "text-anchor=\"end\"");
    double free_from = low_end + 6;
    if (groups == 10) {
      for (std::size_t k = 1; k + 1 < groups; ++k) {
        const double a = x_of(edges[k]), b = x_of(edges[k + 1]), w = text_width(ordinal(k + 1), kSmall);
        const double c = (a + b) / 2;
        if (b - a < w + 2 || c - w / 2 < free_from || c + w / 2 > high_start - 6) continue;
        labels += svg_text(c, decile_y, ordinal(k + 1), "text-anchor=\"middle\"");
        free_from = c + w / 2 + 4;
      }
    }
    out += "<g font-size=\"" + num(kSmall) + "\" fill=\"" + palette::kMuted + "\">\n" + labels + "</g>\n";
  }

  // References: a dashed rule through the band, each its own dash. All rules first, then the names over
  // them on a white halo, so that a rule from an upper row never runs through a name below it.
  std::size_t ref_index = 0;
  for (std::size_t i = 0; i < named.size(); ++i) {
    const Bar& b = *named[i];
    if (chart.own && &b == &*chart.own) continue;
    if (marked(b)) {
      const double x = x_of(*b.point.value), label_y = band_top - 8 - tops[i].row * kRowHeight;
      out += "<path d=\"M" + num(x) + " " + num(label_y + 4) + "V" + num(band_bottom + 2) + "\" stroke=\"" +
             palette::kGroup + "\" stroke-width=\"2\" stroke-dasharray=\"" + palette::group_style(ref_index).dash +
             "\"/>\n";
    }
    ++ref_index;
  }
  for (std::size_t i = 0; i < named.size(); ++i) {
    const Bar& b = *named[i];
    const bool own = chart.own && &b == &*chart.own;
    const double label_y = band_top - 8 - tops[i].row * kRowHeight;
    const std::string colour = own ? palette::kOwn : palette::kGroup;
    std::string inner = escape_html(b.label) + " <tspan font-weight=\"400\">" + escape_html(b.point.shown) + "</tspan>";
    if (own && b.tone != Tone::neutral)
      inner += std::string(" <tspan fill=\"") + palette::tone_colour(b.tone) + "\">" + palette::tone_symbol(b.tone) +
               "</tspan><tspan font-weight=\"400\" fill=\"" + palette::kText + "\"> " + palette::tone_word(b.tone) +
               "</tspan>";
    const std::string at =
        "<text x=\"" + num(tops[i].left) + "\" y=\"" + num(label_y) + "\"" + (own ? " font-weight=\"700\"" : "");
    // The halo as a text of its own: paint-order is not drawn everywhere (print).
    out += at + " fill=\"#fff\" stroke=\"#fff\" stroke-width=\"4\" stroke-linejoin=\"round\" aria-hidden=\"true\">" +
           inner + "</text>\n";
    out += at + " fill=\"" + colour + "\">" + inner + "</text>\n";
    if (own && marked(b)) {
      const double x = x_of(*b.point.value), cy = (band_top + band_bottom) / 2;
      out += "<path d=\"M" + num(x) + " " + num(label_y + 4) + "V" + num(cy) + "\" stroke=\"" + palette::kOwn +
             "\" stroke-width=\"1.5\"/>\n<circle cx=\"" + num(x) + "\" cy=\"" + num(cy) + "\" r=\"7\" fill=\"" +
             (b.point.voorlopig ? "#fff" : palette::kOwn) + "\" stroke=\"" +
             (b.point.voorlopig ? palette::kOwn : "#fff") + "\" stroke-width=\"2\"/>\n";
    }
  }
  return out + "</svg>\n";
}

}  // namespace spiegel::chart
