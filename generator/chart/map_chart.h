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
    std::string path;  ///< "M…Z" for every polygon and hole
    double cx = 0, cy = 0;  ///< a point inside, for a label or marker
  };
  std::vector<Area> areas;  ///< in topology order
  std::map<std::string, std::size_t> by_code;
};

/// The layers of one build's maps, drawn in the same frame: gemeenten to fill,
/// and borders drawn over them.
struct MapGeometry {
  double width = 0, height = 0;  ///< the viewBox
  MapLayer gemeenten;
  MapLayer provincies;   ///< may be empty
  MapLayer jeugdregios;  ///< may be empty
};

/// Projects and simplifies the topologies to a map `width` units wide (height
/// follows from the gemeenten's extent). Provincie and jeugdregio may be empty topologies.
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
  std::string outlined;  ///< the code of the gemeente to outline; "" for none
  Borders borders = Borders::provincie;
};

std::string map_svg(const MapChart& chart);
/// The figures of the areas that have one, as a table (gemeente, value, class), in name order.
std::string map_table(const MapChart& chart);

}  // namespace spiegel::chart
