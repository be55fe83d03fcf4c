// The figures of a page as chart inputs (chart/figure.h): which gemeenten,
// groups and periods a chart shows, every value as printed, and the main
// message in a sentence for the SVG's <desc>. The same choice of gemeenten
// and groups as the benchmark tables (comparison_units.h), so a table and the
// chart after it show the same rows.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "chart/figure.h"
#include "chart/map_chart.h"
#include "compute/site_data.h"

namespace spiegel {

/// The kinds of `{{< grafiek soort=… >}}`.
enum class ChartKind { lijn, index, staaf, spreiding };

/// "lijn" → ChartKind::lijn; nullopt for an unknown name.
std::optional<ChartKind> chart_kind(const std::string& name);
/// Every kind's name, for suggestions and documentation.
const std::vector<std::string>& chart_kind_names();

/// What a figure shows.
struct FigureRequest {
  const Indicator* indicator = nullptr;
  const Gemeente* gemeente = nullptr;  ///< the report's gemeente; nullptr on other pages
  std::optional<Period> periode;       ///< staaf, spreiding, kaart: the period; lijn, index: the last one shown
  std::optional<Period> van;           ///< lijn: the first period shown (index: always the basisperiode)
  std::vector<const Group*> groups;    ///< compared with; empty: the referentiegroep and Nederland
  std::string id;                      ///< unique on the page
  std::string root;                    ///< from the page to the site root, for links in a map
};

/// Why a figure cannot be drawn; the render stage reports it at the shortcode.
struct FigureProblem {
  std::string message;
};

/// A figure's caption title and its source line, besides what is drawn.
struct FigureInfo {
  std::string titel;  ///< "Jongeren met jeugdhulp zonder verblijf: Deventer en referentiegroep"
  std::string bron;   ///< "Bron: CBS …"; "" when the indicator names none
};

chart::LineChart line_figure(const SiteData& site, const FigureRequest& request, bool index, FigureInfo& info);
chart::BarChart bar_figure(const SiteData& site, const FigureRequest& request, FigureInfo& info);
chart::SpreadChart spread_figure(const SiteData& site, const FigureRequest& request, FigureInfo& info);

/// The choropleth of one indicator: every gemeente of the map by class (decile,
/// or quintile when fewer than 50 gemeenten have a figure), the report's gemeente outlined.
chart::MapChart map_figure(const SiteData& site, const chart::MapGeometry& geometry, const FigureRequest& request,
                           FigureInfo& info);
/// Outlines `gemeente` on a map of all gemeenten and says in its description
/// in which class it falls (what map_figure does for a report's gemeente).
void mark_on_map(chart::MapChart& chart, const SiteData& site, const Gemeente& gemeente);

/// The front page's map: the gemeenten with a report in this monitor, each linked to it.
chart::MapChart monitor_map(const SiteData& site, const chart::MapGeometry& geometry, const std::string& root);

}  // namespace spiegel
