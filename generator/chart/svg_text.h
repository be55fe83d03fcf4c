// SVG pieces every chart writes the same way: compact numbers for
// coordinates, the opening <svg> with its accessible name, and an estimate of
// how wide a text is, since the page's font is not known when the SVG is
// written (it inherits the page's system-ui font).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "chart/figure.h"

namespace spiegel::chart {

/// The charts' width and text size in viewBox units. The text scales with the
/// figure, so the width is what a phone can show without making text tiny: 13
/// of 520 is about 9 px on a 390 px phone, and the stylesheet keeps a chart at
/// most 36rem wide on a desktop, where 13 units are about 14 px.
inline constexpr double kChartWidth = 520;
inline constexpr double kFontSize = 13;

/// A coordinate with at most one decimal, as short as SVG allows: 12 → "12", 12.25 → "12.3", 0.5 → ".5",
/// -0.01 → "0"; infinities are clamped far outside any drawing, NaN is 0. A map is thousands of these.
std::string num(double v);

/// `v` in tenths, rounded and clamped as num() does.
std::int64_t to_tenths(double v);

/// `tenths` / 10 written as num() writes it: 123 → "12.3", 5 → ".5", -20 → "-2".
void append_tenths(std::string& out, std::int64_t tenths);

/// A point in path data: "12 40.5".
std::string xy(double x, double y);

/// About how wide `text` (UTF-8) is at `font_size` in a sans-serif font; on the wide side, so labels rather
/// keep a little room than overlap.
double text_width(std::string_view text, double font_size);

/// `text` cut to fit `max_width`, ending in "…" when cut; whole UTF-8 characters only.
std::string fit_text(std::string_view text, double max_width, double font_size);

/// `text` broken at spaces into at most `max_lines` lines of `max_width`; the last one cut with "…" if need be.
std::vector<std::string> wrap_text(std::string_view text, double max_width, double font_size, int max_lines);

/// `<svg …>` with role="img", aria-labelledby and the escaped <title> and <desc>; text kFontSize units high.
std::string svg_open(const FigureText& text, double width, double height);

/// `<text x y attributes>escaped</text>\n`; `attributes` (may be "") is written as is.
std::string svg_text(double x, double y, std::string_view text, std::string_view attributes = "");

}  // namespace spiegel::chart
