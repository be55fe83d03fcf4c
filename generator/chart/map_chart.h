// The choropleth: every gemeente of a map filled by its class (a decile), the
// ones without a figure hatched, province (or jeugdregio) borders over it, the
// report's gemeente outlined, and a legend. The geometry is projected and
// simplified once per build (MapGeometry); a map on a page is then only paths
// and classes.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "chart/figure.h"
#include "chart/topojson.h"

namespace spiegel::chart {

/// A layer drawn at the map's size: per shape its SVG path data, coordinates
/// flipped (RD's y grows north) and rounded, arcs simplified to what the size shows.
struct MapLayer {
  struct Area {
    std::string code, name;
    std::string path;       ///< "M…z" for every polygon and hole: absolute M, then relative l steps
    double cx = 0, cy = 0;  ///< a point inside its largest polygon, for a label or marker
  };
  std::vector<Area> areas;  ///< in topology order
  std::map<std::string, std::size_t> by_code;
  /// Every arc once, as open lines: all borders of the layer without stroking a shared one twice.
  std::string borders;
};

/// The layers of one build's maps, drawn in the same frame: gemeenten to fill,
/// and borders drawn over them.
struct MapGeometry {
  double width = 0, height = 0;  ///< the viewBox
  MapLayer gemeenten;
  MapLayer provincies;   ///< may be empty
  MapLayer jeugdregios;  ///< may be empty
  /// Per band of kBand units from the top: how far from the left the first gemeente
  /// reaches (width where none does). The legend goes in the sea top left when it fits.
  std::vector<double> land_left;
  static constexpr double kBand = 4;
};

/// Projects and simplifies the topologies to a map `width` units wide (height
/// follows from the gemeenten's extent; RD's y is flipped). Provincie and
/// jeugdregio may be empty topologies; they are drawn in the gemeenten's frame so
/// they overlay. Every arc is simplified once (to about half a unit), keeping its
/// ends, so that neighbours share exactly the same border.
MapGeometry make_map_geometry(const Topology& gemeenten, const Topology& provincies, const Topology& jeugdregios,
                              double width);

/// One gemeente's fill.
struct MapArea {
  int klass = -1;     ///< 0…(legend size − 1), low to high; −1: no figure (hatched)
  std::string name;   ///< as shown; "" takes the map's statnaam
  std::string shown;  ///< the figure as printed: "6,7%", "x", "–"
  std::string url;    ///< a link around it (its report); "" for none
};

enum class Borders { provincie, jeugdregio, geen };

struct MapChart {
  FigureText text;
  const MapGeometry* geometry = nullptr;
  std::map<std::string, MapArea> areas;  ///< by code; a gemeente of the map not here is hatched
  std::vector<std::string> legend;       ///< per class, low to high: "5,2% tot 6,1%"
  std::string no_data_label = "geen cijfer";
  std::string outlined;            ///< the code of the gemeente to outline and name; "" for none
  std::vector<std::string> named;  ///< codes of gemeenten to mark with a dot and their name
  /// Gemeenten without a figure hatched (a map of figures); false: plain grey (a map of places).
  bool hatch_missing = true;
  Borders borders = Borders::provincie;
};

/// The map as inline SVG (role="img", or "group" when it holds links, with <title>
/// and <desc>; the legend inside so it prints); "" when the chart has no geometry.
std::string map_svg(const MapChart& chart);
/// Only what marks one page's map (the outlined gemeente and the named ones),
/// in map_svg's frame, to lay over a map_svg of the same chart without them:
/// the map every report shares is then one file. "" when nothing is marked.
std::string map_marks_svg(const MapChart& chart);
/// The figures of the areas that have one, as a table (gemeente, value, class), in name order.
std::string map_table(const MapChart& chart);

}  // namespace spiegel::chart
