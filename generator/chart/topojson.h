// TopoJSON (https://github.com/topojson/topojson-specification) decoded: the
// arcs with their delta encoding and quantisation undone, and every
// (Multi)Polygon of one object as rings of arc references, so that a border
// two gemeenten share is one arc, simplified once and drawn the same for both.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace spiegel::chart {

struct XY {
  double x = 0, y = 0;
};

/// A ring as a list of arcs; arc i reversed is written ~i (= -i-1), as in TopoJSON.
using ArcRing = std::vector<int>;
/// A polygon: its outer ring first, then its holes.
using ArcPolygon = std::vector<ArcRing>;

/// One geometry of the object, with the properties a map needs.
struct Shape {
  std::string code;  ///< properties.statcode: "GM0150", "PV25", "JZ06"
  std::string name;  ///< properties.statnaam
  std::vector<ArcPolygon> polygons;
};

struct Topology {
  std::vector<std::vector<XY>> arcs;  ///< in source coordinates (RD metres), transform applied
  std::vector<Shape> shapes;          ///< of the first object, in file order
};

/// Decodes `json`. Throws spiegel::Error naming `file` on anything that is not
/// a TopoJSON topology of polygons (bad JSON, an arc index out of range, a
/// geometry without statcode…).
Topology decode_topojson(std::string_view json, const std::string& file);

}  // namespace spiegel::chart
