// A hand-made TopoJSON for the map tests: two unit squares side by side that
// share one arc (0, the border between them), quantised with a transform. The
// left square walks arc 0 forward, the right one walks it reversed (~0).
#pragma once

namespace spiegel::chart::testing_maps {

// In quantised units: arc 0 from (1,0) to (1,1); arc 1 around the left square
// back to (1,0); arc 2 around the right one, walked reversed (~2). Transform: ×10, + (1000, 2000).
inline constexpr const char* kTwoSquares = R"({
  "type": "Topology",
  "transform": {"scale": [10, 10], "translate": [1000, 2000]},
  "arcs": [
    [[1, 0], [0, 1]],
    [[1, 1], [-1, 0], [0, -1], [1, 0]],
    [[1, 1], [1, 0], [0, -1], [-1, 0]]
  ],
  "objects": {"gemeente_test": {"type": "GeometryCollection", "geometries": [
    {"type": "Polygon", "arcs": [[0, 1]], "properties": {"statcode": "GM0001", "statnaam": "Links"}},
    {"type": null, "properties": {"statcode": "GM0003"}},
    {"type": "Polygon", "arcs": [[-1, -3]], "properties": {"statcode": "GM0002", "statnaam": "'s-Rechts & <Co>"}}
  ]}}
})";

}  // namespace spiegel::chart::testing_maps
