#include "chart/topojson.h"

#include <cmath>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <utility>

#include "base/diagnostics.h"

namespace spiegel::chart {
namespace {

// ordered_json keeps the objects in file order, so "the first object" is the
// one the file lists first, not the alphabetically first.
using Json = nlohmann::ordered_json;

[[noreturn]] void fail(const std::string& file, const std::string& what) {
  throw Error{{{file, 0, 0}, "geen geldige TopoJSON: " + what, {}}};
}

const char* kind_of(const Json& j) {
  switch (j.type()) {
    case Json::value_t::null:
      return "null";
    case Json::value_t::object:
      return "een object";
    case Json::value_t::array:
      return "een lijst";
    case Json::value_t::string:
      return "tekst";
    case Json::value_t::boolean:
      return "true/false";
    default:
      return "een getal";
  }
}

// A pair of finite numbers; more members (a z, or TopoJSON's extra data) are allowed and ignored.
XY read_position(const Json& j, const std::string& file, const std::string& where) {
  if (!j.is_array() || j.size() < 2 || !j[0].is_number() || !j[1].is_number())
    fail(file, where + " is geen positie [x, y] maar " + (j.is_array() ? "een lijst van iets anders" : kind_of(j)));
  XY p{j[0].get<double>(), j[1].get<double>()};
  if (!std::isfinite(p.x) || !std::isfinite(p.y)) fail(file, where + " heeft een getal dat te groot is");
  return p;
}

struct Transform {
  XY scale{1, 1}, translate{0, 0};
};

std::vector<std::vector<XY>> read_arcs(const Json& root, const std::string& file) {
  auto arcs_it = root.find("arcs");
  if (arcs_it == root.end()) fail(file, "de lijst \"arcs\" (de bogen) ontbreekt");
  if (!arcs_it->is_array()) fail(file, std::string("\"arcs\" is geen lijst maar ") + kind_of(*arcs_it));

  std::optional<Transform> transform;
  if (auto t = root.find("transform"); t != root.end()) {
    if (!t->is_object()) fail(file, "\"transform\" is geen object");
    auto scale = t->find("scale"), translate = t->find("translate");
    if (scale == t->end() || translate == t->end()) fail(file, "\"transform\" mist \"scale\" of \"translate\"");
    transform = Transform{read_position(*scale, file, "transform.scale"),
                          read_position(*translate, file, "transform.translate")};
  }

  std::vector<std::vector<XY>> arcs;
  arcs.reserve(arcs_it->size());
  for (std::size_t i = 0; i < arcs_it->size(); ++i) {
    const Json& arc = (*arcs_it)[i];
    std::string where = "boog " + std::to_string(i);
    if (!arc.is_array()) fail(file, where + " is geen lijst maar " + kind_of(arc));
    // A boog joins two points at least; one with fewer cannot be part of a border.
    if (arc.size() < 2) fail(file, where + " heeft minder dan twee punten");
    std::vector<XY> points;
    points.reserve(arc.size());
    XY at{0, 0};
    for (std::size_t k = 0; k < arc.size(); ++k) {
      XY p = read_position(arc[k], file, where + ", punt " + std::to_string(k));
      if (transform) {
        // Quantised: every position but the first is a step from the one before.
        at.x += p.x;
        at.y += p.y;
        p = {at.x * transform->scale.x + transform->translate.x, at.y * transform->scale.y + transform->translate.y};
        if (!std::isfinite(p.x) || !std::isfinite(p.y)) fail(file, where + " heeft een getal dat te groot is");
      }
      points.push_back(p);
    }
    arcs.push_back(std::move(points));
  }
  return arcs;
}

ArcRing read_ring(const Json& j, std::size_t arc_count, const std::string& file, const std::string& where) {
  if (!j.is_array()) fail(file, where + ": een ring is geen lijst van bogen maar " + kind_of(j));
  if (j.empty()) fail(file, where + ": een ring zonder bogen");
  ArcRing ring;
  ring.reserve(j.size());
  for (const Json& index : j) {
    if (!index.is_number_integer()) fail(file, where + ": een boognummer is geen geheel getal");
    // Compare as 64 bits before narrowing, so that 2^40 is not taken for a small number.
    std::int64_t i =
        index.is_number_unsigned() && index.get<std::uint64_t>() > INT64_MAX ? INT64_MAX : index.get<std::int64_t>();
    std::int64_t arc = i >= 0 ? i : ~i;
    if (arc >= static_cast<std::int64_t>(arc_count))
      fail(file,
           where + ": boog " + std::to_string(arc) + " bestaat niet (er zijn er " + std::to_string(arc_count) + ")");
    ring.push_back(static_cast<int>(i));
  }
  return ring;
}

ArcPolygon read_polygon(const Json& j, std::size_t arc_count, const std::string& file, const std::string& where) {
  if (!j.is_array()) fail(file, where + ": een polygoon is geen lijst van ringen maar " + kind_of(j));
  if (j.empty()) fail(file, where + ": een polygoon zonder ringen");
  ArcPolygon polygon;
  polygon.reserve(j.size());
  for (const Json& ring : j) polygon.push_back(read_ring(ring, arc_count, file, where));
  return polygon;
}

std::string read_string(const Json& props, const char* key) {
  auto it = props.find(key);
  if (it == props.end()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return it->dump();
  return "";
}

// Returns false for a null geometry, which TopoJSON allows (an area without shape).
bool read_shape(const Json& g, std::size_t arc_count, const std::string& file, std::size_t number, Shape& shape) {
  std::string where = "geometrie " + std::to_string(number);
  if (!g.is_object()) fail(file, where + " is geen object maar " + kind_of(g));
  auto type = g.find("type");
  if (type == g.end() || type->is_null()) return false;
  if (!type->is_string()) fail(file, where + " heeft een \"type\" dat geen tekst is");
  const std::string& kind = type->get_ref<const std::string&>();
  if (kind != "Polygon" && kind != "MultiPolygon")
    fail(file, where + " is een " + kind + "; een kaart kan alleen Polygon en MultiPolygon vlakken tekenen");

  auto props = g.find("properties");
  if (props != g.end() && props->is_object()) {
    shape.code = read_string(*props, "statcode");
    shape.name = read_string(*props, "statnaam");
  }
  if (shape.code.empty()) fail(file, where + " heeft geen \"statcode\" in zijn \"properties\"");
  if (shape.name.empty()) shape.name = shape.code;
  where += " (" + shape.code + ")";

  auto arcs = g.find("arcs");
  if (arcs == g.end()) fail(file, where + " heeft geen \"arcs\"");
  if (kind == "Polygon") {
    shape.polygons.push_back(read_polygon(*arcs, arc_count, file, where));
  } else {
    if (!arcs->is_array()) fail(file, where + ": \"arcs\" is geen lijst maar " + kind_of(*arcs));
    for (const Json& polygon : *arcs) shape.polygons.push_back(read_polygon(polygon, arc_count, file, where));
  }
  return true;
}

}  // namespace

Topology decode_topojson(std::string_view json, const std::string& file) {
  Json root = Json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) fail(file, "het is geen JSON");
  if (!root.is_object()) fail(file, std::string("het bestand is geen object maar ") + kind_of(root));
  auto type = root.find("type");
  if (type == root.end() || *type != "Topology") fail(file, "\"type\" is niet \"Topology\"");

  Topology topology;
  topology.arcs = read_arcs(root, file);

  auto objects = root.find("objects");
  if (objects == root.end() || !objects->is_object() || objects->empty())
    fail(file, "er is geen object in \"objects\"");
  // One map per file: its first object. A second one (rare in a map of gemeenten) is not drawn.
  const Json& object = objects->begin().value();
  if (!object.is_object()) fail(file, "het eerste object is geen object maar " + std::string(kind_of(object)));

  auto object_type = object.find("type");
  if (object_type != object.end() && *object_type == "GeometryCollection") {
    auto geometries = object.find("geometries");
    if (geometries == object.end() || !geometries->is_array())
      fail(file, "de GeometryCollection heeft geen lijst \"geometries\"");
    topology.shapes.reserve(geometries->size());
    for (std::size_t i = 0; i < geometries->size(); ++i) {
      Shape shape;
      if (read_shape((*geometries)[i], topology.arcs.size(), file, i, shape))
        topology.shapes.push_back(std::move(shape));
    }
  } else {
    Shape shape;
    if (read_shape(object, topology.arcs.size(), file, 0, shape)) topology.shapes.push_back(std::move(shape));
  }
  return topology;
}

}  // namespace spiegel::chart
