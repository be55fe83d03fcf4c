// libFuzzer target for decode_topojson: a project may bring its own map
// (templates/kaarten/gemeente.topojson), so any bytes must end in a Topology or
// a spiegel::Error, never a crash. Every decoded map is also drawn, which checks
// the promises make_map_geometry and map_svg rely on: arc indices in range,
// no empty rings. Built with -DSPIEGEL_FUZZ=ON (clang): bench/fuzz.sh topojson_fuzz.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "base/diagnostics.h"
#include "chart/map_chart.h"
#include "chart/topojson.h"

namespace {

#define require(ok)                                                           \
  do {                                                                        \
    if (!(ok)) {                                                              \
      std::fprintf(stderr, "topojson_fuzz.cc:%d: %s faalt\n", __LINE__, #ok); \
      std::abort();                                                           \
    }                                                                         \
  } while (0)

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  spiegel::chart::Topology t;
  try {
    t = spiegel::chart::decode_topojson(text, "fuzz.topojson");
  } catch (const spiegel::Error& e) {
    require(e.diagnostic.loc.file == "fuzz.topojson");
    require(e.diagnostic.message.rfind("geen geldige TopoJSON: ", 0) == 0);
    return 0;
  }
  for (const auto& arc : t.arcs) require(arc.size() >= 2);
  for (const auto& shape : t.shapes) {
    require(!shape.code.empty());
    for (const auto& polygon : shape.polygons) {
      require(!polygon.empty());
      for (const auto& ring : polygon) {
        require(!ring.empty());
        for (int i : ring) require((i >= 0 ? i : ~i) < static_cast<int>(t.arcs.size()));
      }
    }
  }
  spiegel::chart::MapGeometry g = spiegel::chart::make_map_geometry(t, t, {}, 320);
  require(g.gemeenten.areas.size() == t.shapes.size());
  spiegel::chart::MapChart chart;
  chart.geometry = &g;
  chart.legend = {"laag", "hoog"};
  if (!t.shapes.empty()) {
    chart.areas[t.shapes[0].code] = {1, "", "1", "x"};
    chart.outlined = t.shapes[0].code;
  }
  require(!spiegel::chart::map_svg(chart).empty());
  spiegel::chart::map_table(chart);
  return 0;
}
