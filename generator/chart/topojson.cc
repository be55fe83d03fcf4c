#include "chart/topojson.h"

#include <cmath>
#include <cstdint>
#include <nlohmann/json.hpp>
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

// A pair of finite numbers (transform.scale, transform.translate); more members are ignored.
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

// Reads the JSON into a DOM, except the topology's "arcs": thousands of little
// [x, y] lists that as JSON values cost an allocation each and most of the
// time. Those go straight into points (still quantised); the DOM keeps an
// empty list in their place. The first problem in them stops the parse.
class TopologySax : public nlohmann::json_sax<Json> {
 public:
  Json root;
  std::vector<std::vector<XY>> arcs;  // as written: deltas when there is a transform
  std::string problem;                // Dutch, for fail(); empty when none

  bool null() override { return scalar(Json(nullptr)); }
  bool boolean(bool v) override { return scalar(Json(v)); }
  bool number_integer(number_integer_t v) override { return level_ ? number(static_cast<double>(v)) : scalar(Json(v)); }
  bool number_unsigned(number_unsigned_t v) override {
    return level_ ? number(static_cast<double>(v)) : scalar(Json(v));
  }
  bool number_float(number_float_t v, const string_t&) override { return level_ ? number(v) : scalar(Json(v)); }
  bool string(string_t& v) override { return scalar(Json(std::move(v))); }
  bool binary(binary_t&) override { return stop("het is geen JSON"); }

  bool start_object(std::size_t) override {
    if (level_) return wrong_in_arcs("een object");
    Json* object = add(Json::object());
    stack_.push_back(object);
    return true;
  }
  bool key(string_t& k) override {
    key_ = std::move(k);
    return true;
  }
  bool end_object() override {
    stack_.pop_back();
    return true;
  }

  bool start_array(std::size_t) override {
    if (level_ == 1) {
      arcs.emplace_back();
    } else if (level_ == 2) {
      count_ = 0;
    } else if (level_ == 3) {
      return wrong_in_arcs("een lijst");
    } else if (stack_.size() == 1 && stack_[0]->is_object() && key_ == "arcs") {
      add(Json::array());  // the place they had; a second "arcs" replaces the first, as in a DOM
      arcs.clear();
    } else {
      stack_.push_back(add(Json::array()));
      return true;
    }
    ++level_;
    return true;
  }
  bool end_array() override {
    if (level_ == 0) {
      stack_.pop_back();
      return true;
    }
    if (level_ == 3) {
      if (count_ < 2) return wrong_in_arcs("een lijst");
      arcs.back().push_back(position_);
    } else if (level_ == 2 && arcs.back().size() < 2) {
      // A boog joins two points at least; one with fewer cannot be part of a border.
      return stop("boog " + std::to_string(arcs.size() - 1) + " heeft minder dan twee punten");
    }
    --level_;
    return true;
  }

  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    return stop("het is geen JSON");
  }

 private:
  std::vector<Json*> stack_;  // the open objects and lists, innermost last
  std::string key_;
  int level_ = 0;  // in "arcs": 1 in the list, 2 in a boog, 3 in a position; 0 outside
  int count_ = 0;  // numbers of the position so far
  XY position_;

  bool stop(std::string what) {
    if (problem.empty()) problem = std::move(what);
    return false;
  }
  Json* add(Json&& value) {
    if (stack_.empty()) {
      root = std::move(value);
      return &root;
    }
    Json& parent = *stack_.back();
    if (parent.is_array()) {
      parent.push_back(std::move(value));
      return &parent.back();
    }
    Json& slot = parent[key_];
    slot = std::move(value);
    return &slot;
  }
  bool scalar(Json&& value) {
    if (level_) return wrong_in_arcs(kind_of(value));
    add(std::move(value));
    return true;
  }
  bool number(double v) {
    if (level_ != 3) return wrong_in_arcs("een getal");
    // More than x and y (a z, or TopoJSON's extra data) is allowed and ignored.
    if (count_ == 0) position_.x = v;
    if (count_ == 1) position_.y = v;
    ++count_;
    if (!std::isfinite(v)) return stop(point_name() + " heeft een getal dat te groot is");
    return true;
  }
  std::string point_name() const {
    return "boog " + std::to_string(arcs.size() - 1) + ", punt " + std::to_string(arcs.back().size());
  }
  // Something in "arcs" that is not a list of lists of numbers; `kind` is what was found.
  bool wrong_in_arcs(const char* kind) {
    if (level_ == 1) return stop("boog " + std::to_string(arcs.size()) + " is geen lijst maar " + kind);
    if (level_ == 2) return stop(point_name() + " is geen positie [x, y] maar " + kind);
    return stop(point_name() + " is geen positie [x, y] maar een lijst van iets anders");
  }
};

// Undoes the quantisation: with a transform, every position but the first of
// a boog is a step from the one before, in units of transform.scale.
void apply_transform(const Json& root, std::vector<std::vector<XY>>& arcs, const std::string& file) {
  auto t = root.find("transform");
  if (t == root.end()) return;
  if (!t->is_object()) fail(file, "\"transform\" is geen object");
  auto scale_it = t->find("scale"), translate_it = t->find("translate");
  if (scale_it == t->end() || translate_it == t->end()) fail(file, "\"transform\" mist \"scale\" of \"translate\"");
  XY scale = read_position(*scale_it, file, "transform.scale");
  XY translate = read_position(*translate_it, file, "transform.translate");
  for (std::size_t i = 0; i < arcs.size(); ++i) {
    XY at{0, 0};
    for (XY& p : arcs[i]) {
      at.x += p.x;
      at.y += p.y;
      p = {at.x * scale.x + translate.x, at.y * scale.y + translate.y};
      if (!std::isfinite(p.x) || !std::isfinite(p.y))
        fail(file, "boog " + std::to_string(i) + " heeft een getal dat te groot is");
    }
  }
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
  TopologySax sax;
  bool parsed = Json::sax_parse(json, &sax);
  if (!sax.problem.empty()) fail(file, sax.problem);
  if (!parsed) fail(file, "het is geen JSON");
  const Json& root = sax.root;
  if (!root.is_object()) fail(file, std::string("het bestand is geen object maar ") + kind_of(root));
  auto type = root.find("type");
  if (type == root.end() || *type != "Topology") fail(file, "\"type\" is niet \"Topology\"");
  auto arcs = root.find("arcs");
  if (arcs == root.end()) fail(file, "de lijst \"arcs\" (de bogen) ontbreekt");
  if (!arcs->is_array()) fail(file, std::string("\"arcs\" is geen lijst maar ") + kind_of(*arcs));

  Topology topology;
  apply_transform(root, sax.arcs, file);
  topology.arcs = std::move(sax.arcs);

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
