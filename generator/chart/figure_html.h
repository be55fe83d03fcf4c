// A drawn chart in its <figure>: the caption "Figuur n: …", the SVG, the source,
// and the numbers behind it in a <details> that a screen reader and a reader
// on paper can open.
#pragma once

#include <string>

namespace spiegel::chart {

struct FigureFrame {
  std::string id = {};       ///< the <figure>'s id, for {{< ref >}} and links
  std::string caption = {};  ///< "Figuur 2: Jongeren met jeugdhulp"
  std::string source = {};   ///< "Bron: CBS Jeugdzorg"; "" for none
  /// Where the figures stand when the table is not here: a page's url and name.
  std::string figures_url = {}, figures_page = {};
};

/// `svg` and `table` as produced by charts.h / map_chart.h; everything else is escaped here.
std::string figure_html(const FigureFrame& frame, const std::string& svg, const std::string& table);

}  // namespace spiegel::chart
