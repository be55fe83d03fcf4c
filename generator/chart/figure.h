// What a chart is drawn from: numbers with the words for them, prepared by
// assemble/ from the figures. chart/ knows nothing of indicators, groups or
// data files: it lays out, draws inline SVG, and writes the same numbers as a
// table, so that every figure has a text alternative one click away.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/period.h"

namespace spiegel::chart {

/// One figure as it is printed.
struct Point {
  std::optional<double> value;  ///< empty: missing or geheim, drawn as a gap
  std::string shown;            ///< as in a table: "6,7%", "6,7%*" (voorlopig), "x" (geheim), "–"
  bool voorlopig = false;       ///< drawn hollow; the table shows the "*" of `shown`
  bool herberekend = false;     ///< on today's boundaries after a merger; the table shows the "†" of `shown`
};

/// Whom a line, bar or dot stands for; it decides how it is drawn.
enum class Role {
  own,     ///< the report's gemeente: emphasised, always labelled
  group,   ///< the referentiegroep's aggregate, Nederland, another group
  member,  ///< another gemeente (a member of the referentiegroep): context, thin and grey
};

/// Better or worse than the comparison, for an indicator with a richting;
/// drawn with colour *and* a symbol and a word, never colour alone.
enum class Tone { neutral, better, similar, worse };

/// How axis numbers are written: tick 6 → "6%", 10000 → "€ 10.000".
struct AxisFormat {
  std::string prefix;  ///< "€ "
  std::string suffix;  ///< "%", "‰"
  std::string title;   ///< "index (1e halfjaar 2017 = 100)"; may be empty
};

/// What every figure has besides its drawing.
struct FigureText {
  std::string id;           ///< unique on the page; ids inside the SVG start with it
  std::string title;        ///< the SVG <title>: what is shown
  std::string description;  ///< the SVG <desc>: the main message in a sentence
};

/// One line of a line chart.
struct Series {
  std::string name;  ///< "Deventer", "Referentiegroep", "Nederland"
  Role role = Role::member;
  Tone tone = Tone::neutral;  ///< for the own series: how its last figure compares
  std::vector<Point> points;  ///< one per period of the chart
};

/// `lijn` and `index`: a line per series over the periods.
struct LineChart {
  FigureText text;
  std::vector<Period> periods;  ///< oldest first, all of one kind
  std::vector<Series> series;
  AxisFormat axis;
  std::optional<double> baseline;                  ///< a rule across the chart: 100 for an index
  std::string baseline_label;                      ///< beside the rule: "1e halfjaar 2017 = 100"; "" writes the value
  std::string members_label = "andere gemeenten";  ///< the key to the thin grey lines, which are not named
};

/// One bar or one marked dot.
struct Bar {
  std::string label;  ///< "Deventer", "Nederland"
  Point point;
  Role role = Role::member;
  Tone tone = Tone::neutral;
};

/// `staaf`: horizontal bars for one period, each labelled with its value.
struct BarChart {
  FigureText text;
  std::string period_label;  ///< "1e halfjaar 2020", for the table's heading
  std::vector<Bar> bars;     ///< top to bottom
  AxisFormat axis;
};

/// `spreiding`: every gemeente as a dot on one axis, the deciles shaded.
struct SpreadChart {
  FigureText text;
  std::string period_label;
  std::vector<double> values;         ///< every gemeente with a figure, any order
  std::vector<double> decile_bounds;  ///< the 9 values between the deciles, ascending (may be fewer)
  std::optional<Bar> own;             ///< the gemeente marked, labelled
  std::vector<Bar> references;        ///< Nederland, the referentiegroep: a labelled mark each
  AxisFormat axis;
  int decimals = 1;  ///< the figures' decimals, for the lowest, highest and decile bounds in the table
};

}  // namespace spiegel::chart
