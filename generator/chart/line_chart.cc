// `lijn` and `index`: a line per series over the periods. The members are thin
// grey context drawn first; the groups dashed, each its own dash and marker;
// the own gemeente thick and dark on top. Own and group lines are named at
// their right end, so no legend is needed to tell them apart.
#include <algorithm>
#include <cmath>

#include "chart/axis.h"
#include "chart/charts.h"
#include "chart/label_layout.h"
#include "chart/palette.h"
#include "chart/period_axis.h"
#include "chart/svg_text.h"

namespace spiegel::chart {

namespace {

constexpr double kWidth = kChartWidth, kHeight = 300, kFont = kFontSize, kSmall = kFontSize - 1, kLine = kFontSize + 2;
constexpr double kMaxLabel = 150;  // the widest end label; longer names are cut (the table has them whole)

int months(Period::Kind kind) { return kind == Period::Kind::year ? 12 : kind == Period::Kind::half ? 6 : 3; }

struct Placed {
  std::vector<std::optional<double>> y;  // per period; empty for a missing value
};

/// The line of one series as <path>s: a gap in the data breaks it, and a segment into a
/// voorlopig figure gets `provisional_dash`.
std::string series_paths(const Series& s, const std::vector<double>& xs, const Placed& p,
                         const char* provisional_dash) {
  std::string out, d;
  bool dashed = false;
  auto flush = [&] {
    if (d.empty()) return;
    out += "<path d=\"" + d + "\"" + (dashed ? std::string(" stroke-dasharray=\"") + provisional_dash + "\"" : "") +
           "/>\n";
    d.clear();
  };
  const std::size_t n = std::min(xs.size(), p.y.size());
  for (std::size_t i = 1; i < n; ++i) {
    if (!p.y[i] || !p.y[i - 1]) {
      flush();
      continue;
    }
    bool edge_dashed = i < s.points.size() && s.points[i].voorlopig;
    if (!d.empty() && edge_dashed != dashed) flush();
    dashed = edge_dashed;
    if (d.empty())
      d.append("M").append(xy(xs[i - 1], *p.y[i - 1])).append("L");
    else
      d += " ";
    d += num(xs[i]) + " " + num(*p.y[i]);
  }
  flush();
  return out;
}

bool isolated(const Placed& p, std::size_t i) {
  return p.y[i] && (i == 0 || !p.y[i - 1]) && (i + 1 >= p.y.size() || !p.y[i + 1]);
}

std::string marker_path(palette::GroupStyle::Marker m, double x, double y) {
  switch (m) {
    case palette::GroupStyle::Marker::square:
      return std::string("M").append(xy(x - 3.5, y - 3.5)).append("h7v7h-7z");
    case palette::GroupStyle::Marker::triangle:
      return std::string("M").append(xy(x, y - 4.5)).append("l4.5 8h-9z");
    case palette::GroupStyle::Marker::diamond:
      return std::string("M").append(xy(x, y - 4.5)).append("l4.5 4.5-4.5 4.5-4.5-4.5z");
  }
  return "";
}

struct EndLabel {
  std::string name, tone_word, tone_symbol, colour;
  bool own = false;
  Tone tone = Tone::neutral;
  double x_end = 0, y_end = 0;
};

}  // namespace

std::string line_chart_svg(const LineChart& chart) {
  const std::size_t n = chart.periods.size();
  std::vector<double> data;
  bool any_provisional = false, any_member = false;
  for (const Series& s : chart.series) {
    any_member |= s.role == Role::member;
    for (const Point& p : s.points) {
      if (p.value) data.push_back(*p.value);
      any_provisional |= p.voorlopig && p.value;
    }
  }
  if (chart.baseline) data.push_back(*chart.baseline);
  const Ticks ticks = nice_ticks(data, Zero::when_near);

  // Left: room for the widest tick label. Right: room for the end labels.
  std::vector<std::string> tick_texts;
  double tick_width = 0;
  for (double v : ticks.values) {
    tick_texts.push_back(tick_label(v, ticks.decimals, chart.axis));
    tick_width = std::max(tick_width, text_width(tick_texts.back(), kFont));
  }
  std::vector<EndLabel> ends;
  double label_width = 0;
  for (const Series& s : chart.series) {
    if (s.role == Role::member) continue;
    EndLabel e{fit_text(s.name, kMaxLabel, kFont),
               palette::tone_word(s.tone),
               palette::tone_symbol(s.tone),
               "",
               s.role == Role::own,
               s.tone};
    label_width = std::max(label_width, text_width(e.name, kFont) * (e.own ? 1.1 : 1));  // bold is wider
    if (e.own && !e.tone_word.empty())
      label_width = std::max(label_width, text_width(e.tone_symbol + std::string(" ") + e.tone_word, kFont));
    ends.push_back(e);
  }
  const double left = std::ceil(tick_width) + 8;
  const double right = kWidth - (ends.empty() ? 12 : std::ceil(label_width) + 14);
  const bool key = (any_member && !chart.members_label.empty()) || any_provisional;
  const double top = (key || !chart.axis.title.empty()) ? 30 : 10;
  const double bottom = kHeight - 32;

  // x: each period a slot as long as it lasts, its point in the middle; gaps between periods keep their length.
  std::vector<double> xs(n);
  if (n > 0) {
    const int len = months(chart.periods.front().kind);
    const int m0 = chart.periods.front().start_month();
    const double total = chart.periods.back().start_month() + len - m0;
    for (std::size_t i = 0; i < n; ++i)
      xs[i] = left + (chart.periods[i].start_month() - m0 + len / 2.0) / total * (right - left);
  }
  auto y_of = [&](double v) { return ticks.place(v, bottom, top); };

  std::string out = svg_open(chart.text, kWidth, kHeight);
  // Gridlines and y tick labels.
  std::string grid;
  for (double v : ticks.values) grid.append("M").append(xy(left, y_of(v))).append("H").append(num(right));
  out += "<path d=\"" + grid + "\" stroke=\"" + palette::kGrid + "\"/>\n<g fill=\"" + palette::kMuted +
         "\" text-anchor=\"end\">\n";
  for (std::size_t i = 0; i < ticks.values.size(); ++i)
    out += svg_text(left - 6, y_of(ticks.values[i]) + 4, tick_texts[i]);
  out += "</g>\n";
  // The key, right: only what the direct labels do not say; the axis title, left, in the room it leaves.
  double key_left = kWidth;
  if (key) {
    std::string items;
    if (any_provisional) {
      const std::string word = "voorlopig cijfer";
      key_left -= text_width(word, kFont);
      items += svg_text(key_left, 14, word);
      key_left -= 10;
      items += "<circle cx=\"" + num(key_left) + "\" cy=\"10\" r=\"3.5\" fill=\"#fff\" stroke=\"" + palette::kOwn +
               "\" stroke-width=\"1.5\"/>\n";
      key_left -= 18;
    }
    if (any_member && !chart.members_label.empty()) {
      const std::string word = fit_text(chart.members_label, 180, kFont);
      key_left -= text_width(word, kFont);
      items += svg_text(key_left, 14, word);
      key_left -= 24;
      items += "<path d=\"M" + num(key_left) + " 10h18\" stroke=\"" + palette::kMember + "\" stroke-width=\"1.5\"/>\n";
    }
    out += "<g fill=\"" + std::string(palette::kMuted) + "\">\n" + items + "</g>\n";
  }
  if (!chart.axis.title.empty())
    out += svg_text(0, 14, fit_text(chart.axis.title, key_left - 16, kFont),
                    std::string("fill=\"") + palette::kMuted + "\"");

  // The time axis.
  const PeriodAxis axis = period_axis(chart.periods, xs, left, right + 10, kFont);
  std::string marks;
  for (double x : axis.period_ticks) marks.append("M").append(xy(x, bottom)).append("v4");
  for (double x : axis.year_ticks) marks.append("M").append(xy(x, bottom)).append("v12");
  out += "<path d=\"M" + num(left) + " " + num(bottom) + "H" + num(right) + marks + "\" stroke=\"" + palette::kMuted +
         "\"/>\n<g fill=\"" + palette::kMuted + "\" text-anchor=\"middle\">\n";
  for (const auto& l : axis.labels) out += svg_text(l.x, bottom + 22, l.text);
  out += "</g>\n";

  // The baseline: a darker rule, named at its left end.
  if (chart.baseline) {
    const double y = y_of(*chart.baseline);
    out += "<path d=\"M" + num(left) + " " + num(y) + "H" + num(right) + "\" stroke=\"" + palette::kMuted +
           "\" stroke-width=\"1.5\"/>\n";
    const std::string label =
        chart.baseline_label.empty() ? tick_label(*chart.baseline, ticks.decimals, chart.axis) : chart.baseline_label;
    out += svg_text(left + 4, y - 5, fit_text(label, right - left - 8, kSmall),
                    "font-size=\"" + num(kSmall) + "\" fill=\"" + palette::kMuted + "\"");
  }

  // Lines: members below, then groups, then the own gemeente on top.
  auto placed = [&](const Series& s) {
    Placed p;
    p.y.resize(n);
    for (std::size_t i = 0; i < n && i < s.points.size(); ++i)
      if (s.points[i].value && std::isfinite(*s.points[i].value)) p.y[i] = y_of(*s.points[i].value);
    return p;
  };
  std::string members, dots;
  for (const Series& s : chart.series) {
    if (s.role != Role::member) continue;
    Placed p = placed(s);
    members += series_paths(s, xs, p, "3 3");
    for (std::size_t i = 0; i < n; ++i)
      if (isolated(p, i)) dots += "<circle cx=\"" + num(xs[i]) + "\" cy=\"" + num(*p.y[i]) + "\" r=\"2\"/>\n";
  }
  if (!members.empty() || !dots.empty())
    out += std::string("<g fill=\"none\" stroke=\"") + palette::kMember + "\">\n" + members + "</g>\n<g fill=\"" +
           palette::kMember + "\">\n" + dots + "</g>\n";

  std::size_t group_index = 0, end_index = 0;
  std::string own_svg;
  for (const Series& s : chart.series) {
    if (s.role == Role::member) continue;
    EndLabel& end = ends[end_index++];
    Placed p = placed(s);
    std::size_t last = n;
    for (std::size_t i = 0; i < n; ++i)
      if (p.y[i]) last = i;
    if (last < n)
      end.x_end = xs[last], end.y_end = *p.y[last];
    else
      end.y_end = bottom;  // no figure at all: the name still appears, at the bottom
    std::string g;
    if (s.role == Role::group) {
      const auto style = palette::group_style(group_index++);
      end.colour = palette::kGroup;
      g += std::string("<g fill=\"none\" stroke=\"") + palette::kGroup + "\" stroke-width=\"2\" stroke-dasharray=\"" +
           style.dash + "\">\n" + series_paths(s, xs, p, "1 4") + "</g>\n";
      std::string solid, hollow;
      for (std::size_t i = 0; i < n; ++i) {
        if (!p.y[i]) continue;
        (s.points[i].voorlopig ? hollow : solid) += marker_path(style.marker, xs[i], *p.y[i]);
      }
      g +=
          std::string("<g fill=\"") + palette::kGroup + "\" stroke=\"" + palette::kGroup + "\" stroke-width=\"1.5\">\n";
      if (!solid.empty()) g += "<path d=\"" + solid + "\"/>\n";
      if (!hollow.empty()) g += "<path d=\"" + hollow + "\" fill=\"#fff\"/>\n";
      g += "</g>\n";
      out += g;
    } else {
      end.colour = palette::kOwn;
      g += std::string("<g fill=\"none\" stroke=\"") + palette::kOwn +
           "\" stroke-width=\"3\" stroke-linejoin=\"round\">\n" + series_paths(s, xs, p, "5 4") + "</g>\n";
      g += std::string("<g fill=\"") + palette::kOwn + "\" stroke=\"" + palette::kOwn + "\" stroke-width=\"1.5\">\n";
      for (std::size_t i = 0; i < n; ++i) {
        if (!p.y[i]) continue;
        const bool hollow = s.points[i].voorlopig;
        // The latest figure carries the tone: larger, in the tone's colour (the word is in the label).
        const bool toned = i == last && s.tone != Tone::neutral;
        g += "<circle cx=\"" + num(xs[i]) + "\" cy=\"" + num(*p.y[i]) + "\" r=\"" + (i == last ? "5" : "3.5") + "\"";
        if (toned) g += std::string(" stroke=\"") + palette::tone_colour(s.tone) + "\"";
        if (hollow)
          g += " fill=\"#fff\"";
        else if (toned)
          g += std::string(" fill=\"") + palette::tone_colour(s.tone) + "\"";
        g += "/>\n";
      }
      g += "</g>\n";
      own_svg += g;  // drawn after every group, on top
    }
  }
  out += own_svg;

  // End labels: at the height of the line's last figure, pushed apart where they would overlap.
  std::vector<StackedLabel> stack;
  for (const EndLabel& e : ends)
    stack.push_back({e.y_end - kLine / 2, kLine * ((e.own && !e.tone_word.empty()) ? 2 : 1)});
  const std::vector<double> tops = stack_labels(stack, top - 6, bottom + 8);
  const double label_x = right + 10;
  for (std::size_t i = 0; i < ends.size(); ++i) {
    const EndLabel& e = ends[i];
    const double y = tops[i] + kLine / 2;
    if (e.x_end > 0)
      out += "<path d=\"M" + num(e.x_end + 6) + " " + num(e.y_end) + "L" + num(label_x - 3) + " " + num(y) +
             "\" stroke=\"" + e.colour + "\" stroke-width=\".8\"/>\n";
    out += svg_text(label_x, y + 4, e.name,
                    std::string("fill=\"") + e.colour + "\"" + (e.own ? " font-weight=\"700\"" : ""));
    if (e.own && !e.tone_word.empty())
      out += "<text x=\"" + num(label_x) + "\" y=\"" + num(y + 4 + kLine) + "\" fill=\"" + palette::kText +
             "\"><tspan fill=\"" + palette::tone_colour(e.tone) + "\">" + e.tone_symbol + "</tspan> " + e.tone_word +
             "</text>\n";
  }
  return out + "</svg>\n";
}

}  // namespace spiegel::chart
