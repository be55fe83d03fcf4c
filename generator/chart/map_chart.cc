// map_svg and map_table: a MapGeometry filled with one chart's classes.
#include "chart/map_chart.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>

#include "base/html_escape.h"
#include "chart/svg_text.h"

namespace spiegel::chart {
namespace {

// ColorBrewer YlGnBu (9 classes), light to dark: sequential, safe for the
// colour-blind, and its lightness falls steadily, so it still reads in grayscale.
constexpr std::array<std::array<int, 3>, 9> kRamp{{{0xff, 0xff, 0xd9},
                                                   {0xed, 0xf8, 0xb1},
                                                   {0xc7, 0xe9, 0xb4},
                                                   {0x7f, 0xcd, 0xbb},
                                                   {0x41, 0xb6, 0xc4},
                                                   {0x1d, 0x91, 0xc0},
                                                   {0x22, 0x5e, 0xa8},
                                                   {0x25, 0x34, 0x94},
                                                   {0x08, 0x1d, 0x58}}};

constexpr double kMapFont = 11;
constexpr double kRow = 14;     // a legend line
constexpr double kSwatch = 14;  // a legend swatch's width; its height is 10

/// Class `k` of `n`, evenly spread over the ramp (interpolated for 10 classes).
std::string class_colour(int k, int n) {
  double t = n <= 1 ? 0.5 : static_cast<double>(k) / (n - 1);
  double at = std::clamp(t, 0.0, 1.0) * (kRamp.size() - 1);
  std::size_t i = std::min(static_cast<std::size_t>(at), kRamp.size() - 2);
  double f = at - static_cast<double>(i);
  char hex[8];
  int rgb[3];
  for (int c = 0; c < 3; ++c) rgb[c] = static_cast<int>(std::lround(kRamp[i][c] + f * (kRamp[i + 1][c] - kRamp[i][c])));
  std::snprintf(hex, sizeof hex, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
  return hex;
}

int class_count(const MapChart& chart) {
  int n = static_cast<int>(chart.legend.size());
  // A class past the legend still gets a colour of its own; a wild one (1000) does not stretch the ramp.
  for (const auto& [code, area] : chart.areas) n = std::max(n, std::min(area.klass, 99) + 1);
  return n;
}

const MapLayer::Area* find_area(const MapLayer& layer, const std::string& code) {
  auto it = layer.by_code.find(code);
  return it == layer.by_code.end() || it->second >= layer.areas.size() ? nullptr : &layer.areas[it->second];
}

std::string shown_name(const MapChart& chart, const std::string& code, const MapArea* area) {
  if (area && !area->name.empty()) return area->name;
  if (chart.geometry)
    if (const MapLayer::Area* a = find_area(chart.geometry->gemeenten, code)) return a->name;
  return code;
}

// "'s-Hertogenbosch" sorts under H, as in every Dutch list; case does not count.
std::string sort_key(const std::string& name) {
  std::string_view s = name;
  for (std::string_view prefix : {"'s-", "\u2019s-"})
    if (s.size() > prefix.size() && s.substr(0, prefix.size()) == prefix) s.remove_prefix(prefix.size());
  std::string key(s);
  for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return key;
}

void append_attr(std::string& out, const char* name, const std::string& value) {
  out += ' ';
  out += name;
  out += "=\"";
  append_escaped(out, value);
  out += '"';
}

// The legend: a swatch per class, the hatch last. Top left, in the sea, when
// the land leaves room there; else under the map, in as many columns as fit.
struct LegendPlace {
  double x = 0, y = 0;  // top left of the first line
  int columns = 1;
  double column_width = 0;
  double extra_height = 0;  // added below the map
};

LegendPlace place_legend(const MapGeometry& g, std::size_t lines, double longest) {
  LegendPlace place;
  double width = kSwatch + 5 + longest;
  double height = static_cast<double>(lines) * kRow;
  const double margin = 2;
  bool fits = !g.land_left.empty();
  for (std::size_t b = 0; fits && b < g.land_left.size() && b * MapGeometry::kBand < height + 2 * margin; ++b)
    fits = g.land_left[b] > width + 2 * margin;
  if (fits && height + 2 * margin <= g.height) {
    place.x = place.y = margin;
    return place;
  }
  place.column_width = width + 10;
  place.columns =
      std::clamp(static_cast<int>(std::min(g.width / place.column_width, 20.0)), 1, static_cast<int>(lines));
  std::size_t rows = (lines + place.columns - 1) / place.columns;
  place.x = margin;
  place.y = g.height + 8;
  place.extra_height = 8 + static_cast<double>(rows) * kRow;
  return place;
}

void append_legend_line(std::string& out, double x, double y, const std::string& fill, const std::string& label) {
  out += "<rect";
  append_attr(out, "x", num(x));
  append_attr(out, "y", num(y + 1));
  append_attr(out, "width", num(kSwatch));
  out += " height=\"10\"";
  append_attr(out, "fill", fill);
  out += " stroke=\"#767676\" stroke-width=\".5\"/><text";
  append_attr(out, "x", num(x + kSwatch + 5));
  append_attr(out, "y", num(y + 10));
  out += '>';
  append_escaped(out, label);
  out += "</text>\n";
}

// A name beside a dot, so that a gemeente is found without telling colours apart.
void append_name(std::string& out, const MapChart& chart, const MapLayer::Area& own) {
  const MapGeometry& g = *chart.geometry;
  auto it = chart.areas.find(own.code);
  std::string name = shown_name(chart, own.code, it == chart.areas.end() ? nullptr : &it->second);
  out += "<circle";
  append_attr(out, "cx", num(own.cx));
  append_attr(out, "cy", num(own.cy));
  out += " r=\"2.5\" fill=\"#000\" stroke=\"#fff\" stroke-width=\"1\"/>\n";
  // Above the dot; toward the middle near an edge, so the name stays inside the map.
  const char* anchor = own.cx < g.width * 0.25 ? "start" : own.cx > g.width * 0.75 ? "end" : "middle";
  double y = own.cy - 6 < kMapFont ? own.cy + 6 + kMapFont : own.cy - 6;
  std::string position = " x=\"" + num(own.cx) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"" +
                         num(kMapFont + 1) + "\" font-weight=\"bold\"";
  // The halo as a text of its own under the name: paint-order is not drawn everywhere (print).
  out += "<g class=\"kaart-naam\"><text" + position +
         " fill=\"#fff\" stroke=\"#fff\" stroke-width=\"3\" stroke-linejoin=\"round\" aria-hidden=\"true\">";
  append_escaped(out, name);
  out += "</text><text" + position + " fill=\"#000\">";
  append_escaped(out, name);
  out += "</text></g>\n";
}

/// The own gemeente outlined and named, and the other named gemeenten: what
/// marks one page's map, drawn over the fills.
void append_marks(std::string& out, const MapChart& chart) {
  const MapGeometry& g = *chart.geometry;
  if (const MapLayer::Area* own = chart.outlined.empty() ? nullptr : find_area(g.gemeenten, chart.outlined)) {
    // White under black, so that the outline shows on the darkest class too.
    out += "<g class=\"kaart-eigen\" fill=\"none\" stroke-linejoin=\"round\"><path stroke=\"#fff\" stroke-width=\"3\"";
    append_attr(out, "d", own->path);
    out += "/><path stroke=\"#000\" stroke-width=\"1.5\"";
    append_attr(out, "d", own->path);
    out += "/></g>\n";
    append_name(out, chart, *own);
  }
  for (const std::string& code : chart.named)
    if (const MapLayer::Area* area = code == chart.outlined ? nullptr : find_area(g.gemeenten, code))
      append_name(out, chart, *area);
}

/// The viewBox's "0 0 w h": the map and, when it does not fit in the sea, the legend under it.
std::string view_box(const MapChart& chart, const LegendPlace& legend) {
  return "0 0 " + num(chart.geometry->width) + " " + num(chart.geometry->height + legend.extra_height);
}

LegendPlace chart_legend(const MapChart& chart) {
  double longest = text_width(chart.no_data_label, kMapFont);
  for (const std::string& label : chart.legend) longest = std::max(longest, text_width(label, kMapFont));
  return place_legend(*chart.geometry, chart.legend.size() + 1, longest);
}

}  // namespace

std::string map_svg(const MapChart& chart) {
  if (!chart.geometry) return "";
  const MapGeometry& g = *chart.geometry;
  const std::string& id = chart.text.id;
  // Without a figure: hatched, never only a colour; on a map of places rather than figures, plain grey.
  const std::string hatch = chart.hatch_missing ? "url(#" + id + "-geen)" : "#e3e6ea";
  int n = class_count(chart);

  const LegendPlace legend = chart_legend(chart);

  // An img's children are hidden from screen readers (ARIA: children presentational), so links
  // inside one could be tabbed to but not announced (axe: nested-interactive). With links the
  // map is a group, named the same way, whose links are announced by their <title>.
  bool linked = std::any_of(chart.areas.begin(), chart.areas.end(), [&](const auto& entry) {
    return !entry.second.url.empty() && find_area(g.gemeenten, entry.first) != nullptr;
  });

  std::string out;
  out.reserve(64 * 1024);
  out += "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"" + view_box(chart, legend) + "\" role=\"" +
         (linked ? "group" : "img") + "\"";
  append_attr(out, "aria-labelledby", id + "-titel " + id + "-besch");
  // The site's CSS sets the font of a map in the page; a map shown as an image
  // (a report's, shared) has only this.
  out += " class=\"kaart\" font-family=\"system-ui, 'Liberation Sans', Arial, sans-serif\"><title";
  append_attr(out, "id", id + "-titel");
  out += '>';
  append_escaped(out, chart.text.title);
  out += "</title><desc";
  append_attr(out, "id", id + "-besch");
  out += '>';
  append_escaped(out, chart.text.description);
  out += "</desc>\n";
  // No figure is hatched, never only a colour: grey lines on white, in no class's colour.
  out += "<defs><pattern";
  append_attr(out, "id", id + "-geen");
  out +=
      " width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\"><rect width=\"4\" height=\"4\" fill=\"#fff\"/>"
      "<path d=\"M-1 1l2-2M0 4l4-4M3 5l2-2\" stroke=\"#767676\" stroke-width=\".7\"/></pattern></defs>\n";

  // Thin white lines between gemeenten; the fills carry the figures. One group
  // per class holds its colour (and the class for the site's CSS), so that the
  // 342 paths do not each repeat it: a page holds two maps besides its charts.
  std::vector<std::vector<const MapLayer::Area*>> by_class(static_cast<std::size_t>(n) + 1);
  for (const MapLayer::Area& shape : g.gemeenten.areas) {
    auto it = chart.areas.find(shape.code);
    int k = it == chart.areas.end() || it->second.klass < 0 || it->second.klass >= n ? n : it->second.klass;
    by_class[static_cast<std::size_t>(k)].push_back(&shape);
  }
  // evenodd: a hole (an enclave) stays open whichever way the map's rings turn.
  out +=
      "<g class=\"kaart-gemeenten\" stroke=\"#fff\" stroke-width=\".3\" stroke-linejoin=\"round\" "
      "fill-rule=\"evenodd\">\n";
  for (int k = 0; k <= n; ++k) {
    const auto& shapes = by_class[static_cast<std::size_t>(k)];
    if (shapes.empty()) continue;
    out += k < n ? "<g class=\"k" + std::to_string(k) + "\" fill=\"" + class_colour(k, n) + "\">\n"
                 : "<g class=\"geen\" fill=\"" + escape_html(hatch) + "\">\n";
    for (const MapLayer::Area* shape : shapes) {
      auto it = chart.areas.find(shape->code);
      const MapArea* area = it == chart.areas.end() ? nullptr : &it->second;
      bool link = area && !area->url.empty();
      if (link) {
        out += "<a";
        append_attr(out, "href", area->url);
        out += '>';
      }
      out += "<path";
      append_attr(out, "d", shape->path);
      out += "><title>";
      append_escaped(out, shown_name(chart, shape->code, area));
      out += ": ";
      append_escaped(out, area && !area->shown.empty() ? area->shown : chart.no_data_label);
      out += "</title></path>";
      if (link) out += "</a>";
      out += '\n';
    }
    out += "</g>\n";
  }
  out += "</g>\n";

  const MapLayer* borders = chart.borders == Borders::provincie    ? &g.provincies
                            : chart.borders == Borders::jeugdregio ? &g.jeugdregios
                                                                   : nullptr;
  if (borders && !borders->borders.empty()) {
    out += "<path class=\"kaart-grenzen\" fill=\"none\" stroke=\"#333\" stroke-width=\".9\" stroke-linejoin=\"round\"";
    out += " stroke-linecap=\"round\"";
    append_attr(out, "d", borders->borders);
    out += "/>\n";
  }

  append_marks(out, chart);

  out += "<g class=\"kaart-legenda\" font-size=\"" + num(kMapFont) + "\">\n";
  std::size_t lines = chart.legend.size() + 1;
  std::size_t rows = (lines + legend.columns - 1) / legend.columns;
  for (std::size_t i = 0; i < lines; ++i) {
    double x = legend.x + static_cast<double>(i / rows) * legend.column_width;
    double y = legend.y + static_cast<double>(i % rows) * kRow;
    if (i < chart.legend.size())
      append_legend_line(out, x, y, class_colour(static_cast<int>(i), n), chart.legend[i]);
    else
      append_legend_line(out, x, y, hatch, chart.no_data_label);
  }
  out += "</g>\n</svg>\n";
  return out;
}

std::string map_marks_svg(const MapChart& chart) {
  if (!chart.geometry) return "";
  std::string marks;
  append_marks(marks, chart);
  if (marks.empty()) return "";
  // Decoration over an image that has the words (its alt names the gemeente's class).
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"" + view_box(chart, chart_legend(chart)) +
         "\" class=\"kaart-markering\" aria-hidden=\"true\" focusable=\"false\">\n" + marks + "</svg>\n";
}

std::string map_table(const MapChart& chart) {
  struct Row {
    std::string key, code, name;
    const MapArea* area;
  };
  std::vector<Row> rows;
  for (const auto& [code, area] : chart.areas) {
    if (area.klass < 0) continue;
    std::string name = shown_name(chart, code, &area);
    rows.push_back({sort_key(name), code, name, &area});
  }
  std::sort(rows.begin(), rows.end(),
            [](const Row& a, const Row& b) { return a.key != b.key ? a.key < b.key : a.code < b.code; });

  std::string out =
      "<table class=\"grafiek-tabel\"><thead><tr><th scope=\"col\">Gemeente</th><th scope=\"col\">Waarde</th>"
      "<th scope=\"col\">Klasse</th></tr></thead><tbody>\n";
  for (const Row& row : rows) {
    out += "<tr><th scope=\"row\">";
    append_escaped(out, row.name);
    out += "</th><td>";
    append_escaped(out, row.area->shown);
    out += "</td><td>";
    std::size_t k = static_cast<std::size_t>(row.area->klass);
    append_escaped(out, k < chart.legend.size() ? chart.legend[k] : std::to_string(k + 1));
    out += "</td></tr>\n";
  }
  return out + "</tbody></table>\n";
}

}  // namespace spiegel::chart
