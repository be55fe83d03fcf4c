#include "compute/aggregate.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <vector>

#include "compute/computed_indicators.h"
#include "load/number.h"

namespace spiegel {

namespace {

/// Running sums for one period.
struct Sums {
  double a = 0;  ///< Σ value, Σ teller or Σ weight × value
  double b = 0;  ///< Σ noemer or Σ weight
  int n = 0;
  bool voorlopig = false;
};

/// Sums per period, in period order: a short sorted vector, since a group
/// adds up each of its members' few periods. A member's series is walked in
/// period order too, so a cursor that only moves forward finds each period
/// without a search; restart() goes back to the start for the next member.
class PeriodSums {
 public:
  PeriodSums() { sums_.reserve(32); }
  void restart() { cursor_ = 0; }
  Sums& operator[](const Period& p) {
    // Members mostly share their periods: the next entry is the one, and
    // equality is cheaper than ordering.
    if (cursor_ < sums_.size() && sums_[cursor_].first == p) return sums_[cursor_++].second;
    if (cursor_ == sums_.size() && (sums_.empty() || sums_.back().first < p)) {
      sums_.emplace_back(p, Sums{});  // the first member lays the periods down in order
      return sums_[cursor_++].second;
    }
    while (cursor_ < sums_.size() && sums_[cursor_].first < p) ++cursor_;
    if (cursor_ == sums_.size() || !(sums_[cursor_].first == p))
      sums_.insert(sums_.begin() + static_cast<std::ptrdiff_t>(cursor_), {p, Sums{}});
    return sums_[cursor_++].second;
  }
  std::size_t size() const { return sums_.size(); }
  auto begin() const { return sums_.begin(); }
  auto end() const { return sums_.end(); }

 private:
  std::vector<std::pair<Period, Sums>> sums_;
  std::size_t cursor_ = 0;
};

/// A member's weight in `period`: the weight indicator's figure for that
/// period, else its latest earlier one (inhabitants are often counted yearly).
std::optional<double> weight_in(const Dataset::Series* series, const Period& period) {
  if (!series) return std::nullopt;
  for (auto it = series->upper_bound(period); it != series->begin();) {
    --it;
    if (it->second.usable()) return it->second.waarde;
  }
  return std::nullopt;
}

}  // namespace

PeriodMap<Aggregate> aggregate(const Indicator& ind, const Content& content, const std::vector<std::size_t>& members,
                               const Dataset& data) {
  PeriodSums sums;
  const Registry& reg = content.registry;
  const bool weight_is_indicator = content.indicator(ind.gewicht) != nullptr;
  for (std::size_t m : members) {
    const std::string& code = reg.gemeenten[m].code;
    sums.restart();
    switch (ind.aggregatie) {
      case Aggregation::geen:
        return {};
      case Aggregation::ratio: {
        const Dataset::Series* t = data.series(code, ind.teller);
        const Dataset::Series* n = data.series(code, ind.noemer);
        if (!t || !n) break;
        auto nv = n->begin();
        for (const auto& [p, tv] : *t) {
          // Both in period order: walk them together, trying equality (the usual case) first.
          while (nv != n->end() && !(nv->first == p) && nv->first < p) ++nv;
          // A member whose teller or noemer is missing or geheim is left out of both sums.
          if (nv == n->end() || !(nv->first == p) || !tv.usable() || !nv->second.usable()) continue;
          Sums& s = sums[p];
          s.a += *tv.waarde;
          s.b += *nv->second.waarde;
          s.n += 1;
          s.voorlopig |= tv.status == Status::voorlopig || nv->second.status == Status::voorlopig;
        }
        break;
      }
      case Aggregation::som:
      case Aggregation::gemiddelde:
      case Aggregation::gewogen: {
        const Dataset::Series* series = data.series(code, ind.id);
        if (!series) break;
        std::optional<double> column_weight;
        const Dataset::Series* weight_series = nullptr;
        if (ind.aggregatie == Aggregation::gewogen) {
          if (weight_is_indicator) {
            weight_series = data.series(code, ind.gewicht);
          } else {
            auto it = reg.gemeenten[m].kolommen.find(ind.gewicht);
            if (it != reg.gemeenten[m].kolommen.end()) column_weight = parse_decimal(it->second, reg.decimal);
          }
        }
        for (const auto& [p, v] : *series) {
          if (!v.usable()) continue;
          double w = 1;
          if (ind.aggregatie == Aggregation::gewogen) {
            std::optional<double> wv = weight_is_indicator ? weight_in(weight_series, p) : column_weight;
            if (!wv || *wv < 0) continue;  // no weight, no say in the weighted mean
            w = *wv;
          }
          Sums& s = sums[p];
          s.a += w * *v.waarde;
          s.b += w;
          s.n += 1;
          s.voorlopig |= v.status == Status::voorlopig;
        }
        break;
      }
    }
  }
  PeriodMap<Aggregate> out;
  out.reserve(sums.size());
  const int leden = static_cast<int>(members.size());
  for (const auto& [p, s] : sums) {
    Aggregate a;
    a.leden_met_waarde = s.n;
    a.leden = leden;
    a.status = s.voorlopig ? Status::voorlopig : Status::none;
    switch (ind.aggregatie) {
      case Aggregation::ratio:
        if (std::abs(s.b) < kSmallestNoemer) continue;  // no group figure: –
        a.waarde = s.a / s.b * ind.factor;
        break;
      case Aggregation::som:
        a.waarde = s.a;
        break;
      case Aggregation::gemiddelde:
      case Aggregation::gewogen:
        if (s.b == 0) continue;
        a.waarde = s.a / s.b;
        break;
      case Aggregation::geen:
        continue;
    }
    out.try_emplace(p, a);
  }
  return out;
}

void add_group_aggregates(const Content& content, const std::vector<Group>& groups, Dataset& data) {
  for (const Group& g : groups) {
    if (!g.berekenen) continue;
    for (const Indicator& ind : content.indicators) {
      if (ind.aggregatie == Aggregation::geen) continue;
      PeriodMap<Aggregate> figures = aggregate(ind, content, g.members, data);
      if (figures.empty()) continue;
      Dataset::Writer out = data.writer(g.id, ind.id);
      for (const auto& [p, a] : figures) {
        Value v;
        v.waarde = a.waarde;
        v.status = a.status;
        v.origin = Origin::aggregate;
        v.leden_met_waarde = a.leden_met_waarde;
        v.leden = a.leden;
        out.add(p, v);  // the source's own group figure, if any, wins
      }
    }
  }
}

}  // namespace spiegel
