// make_map_geometry: RD coordinates to SVG units, every arc simplified once,
// and the paths of each area built from its rings of arcs.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <set>

#include "chart/map_chart.h"
#include "chart/svg_text.h"

namespace spiegel::chart {
namespace {

// Half a unit: at 320 units for the whole country about 400 m, less than a
// screen pixel shows, and the point count drops by about half.
constexpr double kTolerance = 0.5;

struct Frame {
  double min_x = 0, max_y = 0, scale = 1;
  XY project(XY p) const { return {(p.x - min_x) * scale, (max_y - p.y) * scale}; }
};

struct Tenths {
  std::int64_t x = 0, y = 0;
  bool operator==(const Tenths&) const = default;
};

// Squared: the comparison with the tolerance needs no square root, and there are many.
double distance2_to_segment(XY p, XY a, XY b) {
  double dx = b.x - a.x, dy = b.y - a.y;
  double length2 = dx * dx + dy * dy;
  double t = length2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / length2, 0.0, 1.0) : 0.0;
  double ex = p.x - (a.x + t * dx), ey = p.y - (a.y + t * dy);
  return ex * ex + ey * ey;
}

// Douglas–Peucker with an explicit stack (a long coastline must not recurse
// thousands deep); marks the points to keep. The ends are always kept, so an
// arc still meets its neighbours where it did.
void douglas_peucker(const std::vector<XY>& points, std::size_t first, std::size_t last, std::vector<char>& keep) {
  std::vector<std::pair<std::size_t, std::size_t>> todo{{first, last}};
  keep[first] = keep[last] = 1;
  while (!todo.empty()) {
    auto [from, to] = todo.back();
    todo.pop_back();
    double worst = -1;
    std::size_t at = from;
    for (std::size_t i = from + 1; i < to; ++i) {
      double d = distance2_to_segment(points[i], points[from], points[to]);
      if (d > worst) worst = d, at = i;
    }
    if (worst > kTolerance * kTolerance) {
      keep[at] = 1;
      todo.push_back({from, at});
      todo.push_back({at, to});
    }
  }
}

std::vector<Tenths> simplify(const std::vector<XY>& points) {
  std::vector<Tenths> out;
  if (points.empty()) return out;
  std::vector<char> keep(points.size(), 0);
  std::size_t last = points.size() - 1;
  if (last > 0) {
    // A closed arc (an island) has no segment to measure against: split it at
    // the point farthest from its start, so that it keeps an area.
    std::size_t far = 0;
    double farthest = -1;
    for (std::size_t i = 1; i < last; ++i) {
      double dx = points[i].x - points[0].x, dy = points[i].y - points[0].y, d = dx * dx + dy * dy;
      if (d > farthest) farthest = d, far = i;
    }
    bool closed = points[0].x == points[last].x && points[0].y == points[last].y;
    if (closed && far > 0) {
      douglas_peucker(points, 0, far, keep);
      douglas_peucker(points, far, last, keep);
    } else {
      douglas_peucker(points, 0, last, keep);
    }
  }
  keep[0] = 1;
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (!keep[i]) continue;
    Tenths t{to_tenths(points[i].x), to_tenths(points[i].y)};
    // A step that rounds to nothing is dropped; equal values keep the ends the same for neighbours.
    if (out.empty() || !(out.back() == t)) out.push_back(t);
  }
  return out;
}

void append_pair(std::string& out, Tenths p) {
  // A minus sign separates numbers by itself; so does the command letter before the first.
  char before = out.empty() ? ' ' : out.back();
  if (before != 'M' && before != 'l' && p.x >= 0) out += ' ';
  append_tenths(out, p.x);
  if (p.y >= 0) out += ' ';
  append_tenths(out, p.y);
}

// "M x y" and then relative steps; `closed` ends with z.
void append_line(std::string& out, const std::vector<Tenths>& points, bool closed) {
  out += 'M';
  append_pair(out, points[0]);
  if (points.size() > 1) out += 'l';
  for (std::size_t i = 1; i < points.size(); ++i)
    append_pair(out, {points[i].x - points[i - 1].x, points[i].y - points[i - 1].y});
  if (closed) out += 'z';
}

bool operator==(const XY& a, const XY& b) { return a.x == b.x && a.y == b.y; }

template <typename Point, typename Arcs>
std::vector<Point> ring_points(const ArcRing& ring, const Arcs& arcs) {
  std::vector<Point> points;
  for (int index : ring) {
    const auto& arc = arcs[index >= 0 ? index : ~index];
    auto add = [&](const Point& p) {
      // The joint between two arcs is the end of one and the start of the next: once.
      if (points.empty() || !(points.back() == p)) points.push_back(p);
    };
    if (index >= 0)
      for (const Point& p : arc) add(p);
    else
      for (auto it = arc.rbegin(); it != arc.rend(); ++it) add(*it);
  }
  if (points.size() > 1 && points.front() == points.back()) points.pop_back();
  return points;
}

double ring_area(const std::vector<XY>& ring) {
  double twice = 0;
  for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
    twice += ring[j].x * ring[i].y - ring[i].x * ring[j].y;
  return twice / 2;
}

bool inside_ring(XY p, const std::vector<XY>& ring) {
  bool in = false;
  for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
    if ((ring[i].y > p.y) != (ring[j].y > p.y) &&
        p.x < ring[j].x + (p.y - ring[j].y) * (ring[i].x - ring[j].x) / (ring[i].y - ring[j].y))
      in = !in;
  return in;
}

bool inside_polygon(XY p, const std::vector<std::vector<XY>>& rings) {
  if (!inside_ring(p, rings[0])) return false;
  for (std::size_t h = 1; h < rings.size(); ++h)
    if (inside_ring(p, rings[h])) return false;
  return true;
}

// The widest stretch of a horizontal line at `y` that lies inside: its middle.
std::optional<XY> scanline_middle(double y, const std::vector<std::vector<XY>>& rings) {
  std::vector<double> crossings;
  for (const auto& ring : rings)
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
      if ((ring[i].y > y) != (ring[j].y > y))
        crossings.push_back(ring[j].x + (y - ring[j].y) * (ring[i].x - ring[j].x) / (ring[i].y - ring[j].y));
  std::sort(crossings.begin(), crossings.end());
  std::optional<XY> best;
  double widest = 0;
  for (std::size_t i = 0; i + 1 < crossings.size(); i += 2)
    if (crossings[i + 1] - crossings[i] > widest) {
      widest = crossings[i + 1] - crossings[i];
      best = XY{(crossings[i] + crossings[i + 1]) / 2, y};
    }
  return best;
}

// Its centroid when that is inside (most gemeenten), else the middle of a
// line across it: a crescent or a ring around a lake has its centroid outside.
XY point_inside(const std::vector<std::vector<XY>>& rings) {
  const auto& outer = rings[0];
  double min_y = outer[0].y, max_y = outer[0].y, min_x = outer[0].x, max_x = outer[0].x;
  for (XY p : outer) {
    min_y = std::min(min_y, p.y), max_y = std::max(max_y, p.y);
    min_x = std::min(min_x, p.x), max_x = std::max(max_x, p.x);
  }
  double a = 0, cx = 0, cy = 0;
  for (std::size_t i = 0, j = outer.size() - 1; i < outer.size(); j = i++) {
    double cross = outer[j].x * outer[i].y - outer[i].x * outer[j].y;
    a += cross;
    cx += (outer[j].x + outer[i].x) * cross;
    cy += (outer[j].y + outer[i].y) * cross;
  }
  if (a != 0) {
    XY c{cx / (3 * a), cy / (3 * a)};
    if (std::isfinite(c.x) && std::isfinite(c.y) && inside_polygon(c, rings)) return c;
    if (std::isfinite(c.y))
      if (auto m = scanline_middle(c.y, rings)) return *m;
  }
  if (auto m = scanline_middle((min_y + max_y) / 2, rings)) return *m;
  return {(min_x + max_x) / 2, (min_y + max_y) / 2};
}

// Where segment p–q lies in each band it crosses: the leftmost x within the
// band, so that a long diagonal coast does not claim the whole band.
void mark_land(XY p, XY q, std::vector<double>& land_left) {
  if (p.y > q.y) std::swap(p, q);
  double bands = static_cast<double>(land_left.size());
  if (!(p.y >= 0) || !(p.y / MapGeometry::kBand < bands) || !std::isfinite(q.y)) return;
  std::size_t first = static_cast<std::size_t>(p.y / MapGeometry::kBand);
  std::size_t last = static_cast<std::size_t>(std::min(q.y / MapGeometry::kBand, bands - 1));
  auto x_at = [&](double y) {
    return q.y > p.y ? p.x + (q.x - p.x) * (std::clamp(y, p.y, q.y) - p.y) / (q.y - p.y) : p.x;
  };
  for (std::size_t b = first; b <= last; ++b) {
    double top = static_cast<double>(b) * MapGeometry::kBand, bottom = top + MapGeometry::kBand;
    double left = std::min(x_at(top), x_at(bottom));
    if (left == left) land_left[b] = std::min(land_left[b], std::max(left, 0.0));
  }
}

MapLayer make_layer(const Topology& topology, const Frame& frame, std::vector<double>* land_left) {
  MapLayer layer;
  std::vector<std::vector<XY>> projected(topology.arcs.size());
  std::vector<std::vector<Tenths>> simplified(topology.arcs.size());
  std::set<int> used;
  for (const Shape& shape : topology.shapes)
    for (const ArcPolygon& polygon : shape.polygons)
      for (const ArcRing& ring : polygon)
        for (int index : ring) used.insert(index >= 0 ? index : ~index);
  for (int a : used) {
    projected[a].reserve(topology.arcs[a].size());
    for (XY p : topology.arcs[a]) projected[a].push_back(frame.project(p));
    simplified[a] = simplify(projected[a]);
  }

  for (const Shape& shape : topology.shapes) {
    MapLayer::Area area{shape.code, shape.name, "", 0, 0};
    double largest = -1;
    for (const ArcPolygon& polygon : shape.polygons) {
      std::vector<std::vector<XY>> rings;
      for (const ArcRing& ring : polygon) {
        std::vector<Tenths> points = ring_points<Tenths>(ring, simplified);
        // Fewer than three points has no area at this size (a speck of an island): nothing to draw.
        if (points.size() >= 3) append_line(area.path, points, true);
        rings.push_back(ring_points<XY>(ring, projected));
      }
      if (rings.empty() || rings[0].size() < 3) continue;
      double size = std::abs(ring_area(rings[0]));
      if (size > largest) {
        largest = size;
        XY c = point_inside(rings);
        area.cx = c.x, area.cy = c.y;
      }
    }
    layer.by_code.emplace(area.code, layer.areas.size());
    layer.areas.push_back(std::move(area));
  }

  for (int a : used) {
    if (simplified[a].size() < 2) continue;
    append_line(layer.borders, simplified[a], false);
    if (land_left)
      for (std::size_t i = 1; i < projected[a].size(); ++i) mark_land(projected[a][i - 1], projected[a][i], *land_left);
  }
  return layer;
}

}  // namespace

MapGeometry make_map_geometry(const Topology& gemeenten, const Topology& provincies, const Topology& jeugdregios,
                              double width) {
  MapGeometry geometry;
  if (!(width > 0) || !std::isfinite(width)) width = 320;
  geometry.width = width;

  // The frame is the gemeenten's extent, of the arcs they use; the other layers share it.
  double min_x = std::numeric_limits<double>::infinity(), max_x = -min_x, min_y = min_x, max_y = -min_x;
  for (const Shape& shape : gemeenten.shapes)
    for (const ArcPolygon& polygon : shape.polygons)
      for (const ArcRing& ring : polygon)
        for (int index : ring)
          for (XY p : gemeenten.arcs[index >= 0 ? index : ~index]) {
            min_x = std::min(min_x, p.x), max_x = std::max(max_x, p.x);
            min_y = std::min(min_y, p.y), max_y = std::max(max_y, p.y);
          }
  Frame frame;
  if (min_x <= max_x) {
    double extent = max_x - min_x;
    frame = {min_x, max_y, extent > 0 && std::isfinite(width / extent) ? width / extent : 1};
    geometry.height = (max_y - min_y) * frame.scale;
    if (!std::isfinite(geometry.height)) geometry.height = 0;
  }

  std::size_t bands = static_cast<std::size_t>(std::min(geometry.height, 1e6) / MapGeometry::kBand) + 1;
  geometry.land_left.assign(bands, width);
  geometry.gemeenten = make_layer(gemeenten, frame, &geometry.land_left);
  geometry.provincies = make_layer(provincies, frame, nullptr);
  geometry.jeugdregios = make_layer(jeugdregios, frame, nullptr);
  return geometry;
}

}  // namespace spiegel::chart
