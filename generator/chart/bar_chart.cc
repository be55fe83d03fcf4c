// `staaf`: horizontal bars for one period, named on the left and labelled
// with their figure at the end, so that no axis is needed. The own gemeente
// is dark with a bold name; groups are hatched and outlined, members plain
// grey: the three differ in pattern as well as in colour.
#include <algorithm>
#include <cmath>

#include "base/html_escape.h"
#include "chart/charts.h"
#include "chart/palette.h"
#include "chart/svg_text.h"

namespace spiegel::chart {

namespace {

constexpr double kWidth = kChartWidth, kFont = kFontSize, kRow = 30, kBar = 18, kMaxName = 170;

bool has_value(const Bar& b) { return b.point.value && std::isfinite(*b.point.value); }

/// What stands at the bar's end: the figure, and for the own gemeente the tone in a word.
std::string value_text(const Bar& b) {
  std::string text = b.point.shown;
  if (!has_value(b)) text += b.point.shown == "x" ? " (geheim)" : " (geen cijfer)";
  return text;
}
std::string tone_text(const Bar& b) {
  if (b.role != Role::own || b.tone == Tone::neutral) return "";
  return std::string(palette::tone_symbol(b.tone)) + " " + palette::tone_word(b.tone);
}

}  // namespace

std::string bar_chart_svg(const BarChart& chart) {
  const auto& bars = chart.bars;
  const double top = chart.axis.title.empty() ? 6 : 26;
  const double height = top + kRow * static_cast<double>(bars.size()) + 6;

  // The names' column: as wide as the widest name needs, up to kMaxName, longer ones on two lines.
  std::vector<std::vector<std::string>> names;
  double name_width = 0;
  for (const Bar& b : bars) {
    names.push_back(wrap_text(b.label, kMaxName, kFont, 2));
    for (const auto& line : names.back())
      name_width = std::max(name_width, text_width(line, kFont) * (b.role == Role::own ? 1.1 : 1));
  }
  const double x0 = std::ceil(std::min(name_width, kMaxName)) + 12, x1 = kWidth - 4;

  // Room for the value labels beside the bars' ends, on whichever side they grow.
  double lo = 0, hi = 0, left_room = 0, right_room = 0;
  for (const Bar& b : bars) {
    const double v = has_value(b) ? *b.point.value : 0;
    std::string tone = tone_text(b);
    const double w = text_width(value_text(b), kFont) * (b.role == Role::own ? 1.1 : 1) +
                     (tone.empty() ? 0 : text_width(tone, kFont) + 8) + 8;
    lo = std::min(lo, v);
    hi = std::max(hi, v);
    (v < 0 ? left_room : right_room) = std::max(v < 0 ? left_room : right_room, w);
  }
  if (hi == lo) hi = 1;
  const double scale = std::max(0.0, x1 - x0 - left_room - right_room) / (hi - lo);
  const double zero = x0 + left_room - lo * scale;

  std::string out = svg_open(chart.text, kWidth, height);
  const std::string id = escape_html(chart.text.id);
  bool any_group = std::any_of(bars.begin(), bars.end(), [](const Bar& b) { return b.role == Role::group; });
  if (any_group)
    out += "<defs><pattern id=\"" + id +
           "-arcering\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" "
           "fill=\"#fff\"/><path d=\"M-1 1l2-2M0 6l6-6M5 7l2-2\" stroke=\"" +
           palette::kGroup + "\" stroke-width=\"1.5\"/></pattern></defs>\n";
  if (!chart.axis.title.empty())
    out += svg_text(0, 14, fit_text(chart.axis.title, kWidth, kFont), std::string("fill=\"") + palette::kMuted + "\"");

  std::string labels, rects, values;
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    const double row = top + kRow * static_cast<double>(i), mid = row + kRow / 2;
    const bool own = b.role == Role::own;
    const std::string weight = own ? " font-weight=\"700\"" : "";
    // The name, right-aligned against the bars; two lines centred on the bar.
    const auto& lines = names[i];
    for (std::size_t k = 0; k < lines.size(); ++k) {
      const double y = mid + 4 + (static_cast<double>(k) - (lines.size() - 1) / 2.0) * 13;
      labels += svg_text(x0 - 8, y, lines[k], weight.empty() ? "" : weight.substr(1));
    }
    if (!has_value(b)) {
      values += svg_text(zero + 5, mid + 4, value_text(b),
                         std::string("fill=\"") + palette::kMuted + "\" font-style=\"italic\"");
      continue;
    }
    const double v = *b.point.value, end = zero + v * scale;
    const double x = std::min(zero, end), w = std::fabs(end - zero);
    rects += "<rect x=\"" + num(x) + "\" y=\"" + num(mid - kBar / 2) + "\" width=\"" + num(w) + "\" height=\"" +
             num(kBar) + "\"";
    if (own)
      rects += std::string(" fill=\"") + palette::kOwn + "\"";
    else if (b.role == Role::group)
      rects += " fill=\"url(#" + id + "-arcering)\" stroke=\"" + palette::kGroup + "\" stroke-width=\"1.5\"";
    rects += "/>\n";
    // The figure beyond the bar's end: right of a positive bar, left of a negative one.
    const bool negative = v < 0;
    const double tx = negative ? end - 6 : end + 6;
    std::string text = "<text x=\"" + num(tx) + "\" y=\"" + num(mid + 4) + "\"" +
                       (negative ? " text-anchor=\"end\"" : "") + weight + ">";
    append_escaped(text, value_text(b));
    const std::string tone = tone_text(b);
    if (!tone.empty())
      text += std::string(" <tspan fill=\"") + palette::tone_colour(b.tone) + "\">" + palette::tone_symbol(b.tone) +
              "</tspan><tspan font-weight=\"400\"> " + palette::tone_word(b.tone) + "</tspan>";
    values += text + "</text>\n";
  }
  out += "<g text-anchor=\"end\" fill=\"" + std::string(palette::kText) + "\">\n" + labels + "</g>\n";
  out += "<g fill=\"" + std::string(palette::kMember) + "\">\n" + rects + "</g>\n";
  out +=
      "<path d=\"M" + num(zero) + " " + num(top) + "V" + num(height - 6) + "\" stroke=\"" + palette::kMuted + "\"/>\n";
  out += "<g fill=\"" + std::string(palette::kText) + "\">\n" + values + "</g>\n";
  return out + "</svg>\n";
}

}  // namespace spiegel::chart
