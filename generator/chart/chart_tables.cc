// The numbers behind each chart as a plain table, for a screen reader and for
// the reader who wants the exact figures: the printed figures (with their "*",
// "x" and "–"), never numbers re-rounded here.
#include <algorithm>
#include <cmath>

#include "base/decimal_format.h"
#include "base/html_escape.h"
#include "chart/charts.h"
#include "chart/palette.h"

namespace spiegel::chart {

namespace {

const char* row_class(Role role) {
  return role == Role::own ? " class=\"eigen\"" : role == Role::group ? " class=\"groep\"" : "";
}

std::string head(const std::vector<std::string>& columns) {
  std::string out = "<table class=\"grafiek-tabel\">\n<thead><tr>";
  for (std::size_t i = 0; i < columns.size(); ++i)
    out +=
        std::string("<th scope=\"col\"") + (i > 0 ? " class=\"getal\"" : "") + ">" + escape_html(columns[i]) + "</th>";
  return out + "</tr></thead>\n<tbody>\n";
}

std::string row(const char* cls, const std::string& name, const std::vector<std::string>& cells) {
  std::string out = std::string("<tr") + cls + "><th scope=\"row\">" + escape_html(name) + "</th>";
  for (const auto& c : cells) out += "<td class=\"getal\">" + escape_html(c) + "</td>";
  return out + "</tr>\n";
}

/// Which marks a table's cells used, for the note under it.
struct Marks {
  bool provisional = false, recomputed = false, secret = false, missing = false;
  void note(const Point& p) {
    provisional |= p.voorlopig;
    recomputed |= p.herberekend;
  }
};

/// What "*", "†", "x" and "–" mean, for the ones that occur.
std::string notes(const Marks& marks) {
  std::string text;
  auto add = [&](const char* note) { text += (text.empty() ? "" : "; ") + std::string(note); };
  if (marks.provisional) add("* voorlopig cijfer");
  if (marks.recomputed) add("† herberekend op de gemeentegrenzen van nu");
  if (marks.secret) add("x: geheim (te weinig waarnemingen)");
  if (marks.missing) add("–: geen cijfer");
  return text.empty() ? "" : "<p class=\"noot\">" + escape_html(text) + "</p>\n";
}

std::string missing_word(const Point& p) { return p.shown == "x" ? "geheim" : "geen cijfer"; }

std::string tone_cell(Tone tone) {
  return tone == Tone::neutral ? "" : std::string(palette::tone_symbol(tone)) + " " + palette::tone_word(tone);
}

}  // namespace

std::string line_chart_table(const LineChart& chart) {
  std::vector<std::string> columns{"Gemeente of groep"};
  for (const Period& p : chart.periods) columns.push_back(p.label());
  std::string out = head(columns);
  Marks marks;
  for (const Series& s : chart.series) {
    std::vector<std::string> cells;
    for (std::size_t i = 0; i < chart.periods.size(); ++i) {
      const Point* p = i < s.points.size() ? &s.points[i] : nullptr;
      cells.push_back(p && !p->shown.empty() ? p->shown : "–");
      if (p) marks.note(*p);
      marks.secret |= cells.back() == "x";
      marks.missing |= cells.back() == "–";
    }
    out += row(row_class(s.role), s.name, cells);
  }
  return out + "</tbody>\n</table>\n" + notes(marks);
}

std::string bar_chart_table(const BarChart& chart) {
  bool toned = false;
  for (const Bar& b : chart.bars) toned |= b.tone != Tone::neutral;
  std::vector<std::string> columns{"Gemeente of groep", chart.period_label.empty() ? "Waarde" : chart.period_label};
  if (toned) columns.push_back("Vergelijking");
  std::string out = head(columns);
  Marks marks;
  for (const Bar& b : chart.bars) {
    const bool has = b.point.value && std::isfinite(*b.point.value);
    std::vector<std::string> cells{has ? b.point.shown : b.point.shown + " (" + missing_word(b.point) + ")"};
    if (toned) cells.push_back(tone_cell(b.tone));
    marks.note(b.point);
    out += row(row_class(b.role), b.label, cells);
  }
  return out + "</tbody>\n</table>\n" + notes(marks);
}

std::string spread_chart_table(const SpreadChart& chart) {
  auto figure = [&](double v) { return chart.axis.prefix + format_decimal(v, chart.decimals) + chart.axis.suffix; };
  std::vector<double> values;
  for (double v : chart.values)
    if (std::isfinite(v)) values.push_back(v);
  std::sort(values.begin(), values.end());
  std::string out = head({"Gemeente, groep of maat", chart.period_label.empty() ? "Waarde" : chart.period_label});
  Marks marks;
  auto marked_row = [&](const Bar& b) {
    const bool has = b.point.value && std::isfinite(*b.point.value);
    std::string cell = has ? b.point.shown : b.point.shown + " (" + missing_word(b.point) + ")";
    if (b.tone != Tone::neutral) cell.append(" ").append(tone_cell(b.tone));
    marks.note(b.point);
    out += row(row_class(b.role), b.label, {cell});
  };
  if (chart.own) marked_row(*chart.own);
  for (const Bar& r : chart.references) marked_row(r);
  out += row("", "Aantal gemeenten met een cijfer", {std::to_string(values.size())});
  if (!values.empty()) {
    out += row("", "Laagste waarde", {figure(values.front())});
    out += row("", "Hoogste waarde", {figure(values.back())});
  }
  const std::size_t bounds = chart.decile_bounds.size();
  for (std::size_t k = 0; k < bounds; ++k) {
    const std::string what = bounds == 9 ? "deciel" : "groep";
    out += row("", "Grens " + std::to_string(k + 1) + "e en " + std::to_string(k + 2) + "e " + what,
               {figure(chart.decile_bounds[k])});
  }
  return out + "</tbody>\n</table>\n" + notes(marks);
}

}  // namespace spiegel::chart
