#include "chart/topojson.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "base/diagnostics.h"
#include "chart/map_test_fixture.h"

using namespace spiegel;
using namespace spiegel::chart;

namespace {

std::string error_of(std::string_view json, const std::string& file = "kaarten/test.topojson") {
  try {
    decode_topojson(json, file);
  } catch (const Error& e) {
    return e.diagnostic.str();
  }
  return "";
}

}  // namespace

TEST_CASE("decode_topojson undoes the delta encoding and quantisation of the arcs") {
  Topology t = decode_topojson(testing_maps::kTwoSquares, "twee.topojson");
  REQUIRE(t.arcs.size() == 3);
  CHECK(t.arcs[0].size() == 2);
  CHECK(t.arcs[0][0].x == 1010);
  CHECK(t.arcs[0][0].y == 2000);
  CHECK(t.arcs[0][1].x == 1010);
  CHECK(t.arcs[0][1].y == 2010);
  REQUIRE(t.arcs[1].size() == 4);
  CHECK(t.arcs[1][1].x == 1000);
  CHECK(t.arcs[1][1].y == 2010);
  CHECK(t.arcs[1][3].x == 1010);
  CHECK(t.arcs[1][3].y == 2000);
  CHECK(t.arcs[2][2].x == 1020);
  CHECK(t.arcs[2][2].y == 2000);

  // The null geometry is skipped; the two squares keep their file order.
  REQUIRE(t.shapes.size() == 2);
  CHECK(t.shapes[0].code == "GM0001");
  CHECK(t.shapes[0].name == "Links");
  CHECK(t.shapes[1].name == "'s-Rechts & <Co>");
  REQUIRE(t.shapes[1].polygons.size() == 1);
  CHECK(t.shapes[1].polygons[0][0] == ArcRing{~0, ~2});

  // Both rings close: each arc ends where the next begins, the last where the first began.
  for (const Shape& s : t.shapes) {
    const ArcRing& ring = s.polygons[0][0];
    auto start = [&](int i) { return i >= 0 ? t.arcs[i].front() : t.arcs[~i].back(); };
    auto end = [&](int i) { return i >= 0 ? t.arcs[i].back() : t.arcs[~i].front(); };
    for (std::size_t k = 0; k < ring.size(); ++k) {
      XY a = end(ring[k]), b = start(ring[(k + 1) % ring.size()]);
      CHECK(a.x == b.x);
      CHECK(a.y == b.y);
    }
  }
}

TEST_CASE("decode_topojson takes arcs without a transform as absolute (a z ignored), and MultiPolygons") {
  Topology t = decode_topojson(R"({"type":"Topology","arcs":[[[0,0],[2,0,7],[2,2],[0,0]],[[5,5],[6,5],[5,6],[5,5]]],
    "objects":{"b":{"type":"GeometryCollection","geometries":[]},"a":{"type":"GeometryCollection","geometries":[
    {"type":"MultiPolygon","arcs":[[[0]],[[1]]],"properties":{"statcode":"PV20"}}]}}})",
                               "abs.topojson");
  CHECK(t.arcs[0][2].x == 2);
  CHECK(t.arcs[0][3].y == 0);
  CHECK(t.arcs[1][1].x == 6);
  // The first object in the file ("b"), not the alphabetically first.
  CHECK(t.shapes.empty());
}

TEST_CASE("decode_topojson names the file and what is wrong, in Dutch") {
  CHECK(error_of("{\"type\":") == "kaarten/test.topojson: fout: geen geldige TopoJSON: het is geen JSON");
  std::string out_of_range = error_of(R"({"type":"Topology","arcs":[[[0,0],[1,1]]],"objects":{"g":{
    "type":"GeometryCollection","geometries":[{"type":"Polygon","arcs":[[3000]],"properties":{"statcode":"GM1"}}]}}})");
  CHECK(out_of_range.find("kaarten/test.topojson") == 0);
  CHECK(out_of_range.find("boog 3000 bestaat niet (er zijn er 1)") != std::string::npos);
  std::string reversed = error_of(R"({"type":"Topology","arcs":[[[0,0],[1,1]]],"objects":{"g":{
    "type":"Polygon","arcs":[[-2]],"properties":{"statcode":"GM1"}}}})");
  CHECK(reversed.find("boog 1 bestaat niet") != std::string::npos);
  std::string no_code = error_of(R"({"type":"Topology","arcs":[[[0,0],[1,1]]],"objects":{"g":{
    "type":"Polygon","arcs":[[0]],"properties":{"statnaam":"Ergens"}}}})");
  CHECK(no_code.find("kaarten/test.topojson") == 0);
  CHECK(no_code.find("geen \"statcode\"") != std::string::npos);
  CHECK(error_of(R"({"type":"Topology","objects":{}})").find("\"arcs\"") != std::string::npos);
  CHECK(error_of(R"({"type":"Topology","arcs":[[[0,0],[1,1]]],"objects":{"g":{
    "type":"Polygon","arcs":[[]],"properties":{"statcode":"GM1"}}}})")
            .find("een ring zonder bogen") != std::string::npos);
  CHECK(error_of(R"({"type":"Topology","arcs":[[[0,0],[1e308,1]]],"transform":{"scale":[10,1],"translate":[0,0]},
    "objects":{"g":{"type":"GeometryCollection","geometries":[]}}})")
            .find("te groot") != std::string::npos);
  CHECK(error_of(R"({"type":"Topology","arcs":[[[0,0],[1,1]]],"objects":{"g":{
    "type":"Polygon","arcs":[[18446744073709551615]],"properties":{"statcode":"GM1"}}}})")
            .find("bestaat niet") != std::string::npos);
  CHECK(error_of("[]").find("geen object") != std::string::npos);
  CHECK(error_of(R"({"type":"Topology","arcs":[[[0,0],[1,1]],[[0,0],"x"]],"objects":{}})")
            .find("boog 1, punt 1 is geen positie [x, y] maar tekst") != std::string::npos);
  CHECK(error_of(R"({"type":"Topology","arcs":[[[0,0],[1]]],"objects":{}})")
            .find("boog 0, punt 1 is geen positie [x, y] maar een lijst van iets anders") != std::string::npos);
  CHECK(error_of(R"({"type":"Topology","arcs":[[[0,0]]],"objects":{}})").find("boog 0 heeft minder dan twee punten") !=
        std::string::npos);
  CHECK(error_of(R"({"type":"Topology","arcs":[{"a":1}],"objects":{}})").find("boog 0 is geen lijst maar een object") !=
        std::string::npos);
  CHECK(error_of(R"({"type":"Topology","arcs":{"a":1},"objects":{}})").find("\"arcs\" is geen lijst") !=
        std::string::npos);
  CHECK(
      error_of(R"({"type":"Topology","arcs":[],"objects":{"g":{"type":"Point","coordinates":[0,0]}}})").find("Point") !=
      std::string::npos);
}

TEST_CASE("decode_topojson reads the three maps of the theme") {
  auto read = [](const std::string& name) {
    std::string file = std::string(SPIEGEL_SOURCE_DIR) + "/templates/kaarten/" + name;
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return decode_topojson(text.str(), file);
  };
  Topology gemeenten = read("gemeente.topojson");
  CHECK(gemeenten.shapes.size() == 342);
  bool deventer = false;
  for (const Shape& s : gemeenten.shapes) deventer = deventer || (s.code == "GM0150" && s.name == "Deventer");
  CHECK(deventer);
  CHECK(read("provincie.topojson").shapes.size() == 12);
  CHECK(read("jeugdregio.topojson").shapes.size() == 42);
}
