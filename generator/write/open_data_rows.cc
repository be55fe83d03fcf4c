#include "write/open_data_rows.h"

#include <algorithm>

namespace spiegel {

std::string shown_unit(const SiteData& site, const std::string& unit) {
  if (site.content.registry.find(unit)) return site.display_code(unit);
  if (const Group* g = site.group(unit); g && g->def_id == kReferentiegroep)
    return std::string(kReferentiegroep) + ":" + site.display_code(g->waarde);
  return unit;
}

std::string shown_name(const SiteData& site, const std::string& unit) {
  if (const Group* g = site.group(unit); g && g->def_id == kReferentiegroep)
    return "Referentiegroep van " + site.display_name(g->waarde);
  return site.display_name(unit);
}

namespace {

/// A unit as shown and its name (both kept in `names`).
template <typename T>
struct Shown {
  const std::string* unit;
  const std::string* naam;
  const T* x;
};

/// Units with the way they are shown, sorted by that.
template <typename T>
std::vector<Shown<T>> by_shown(const SiteData& site, const std::vector<T>& all, const std::string T::*key,
                               std::deque<std::string>& names) {
  std::vector<Shown<T>> out;
  out.reserve(all.size());
  for (const T& x : all) {
    const std::string* unit = &names.emplace_back(shown_unit(site, x.*key));
    out.push_back({unit, &names.emplace_back(shown_name(site, x.*key)), &x});
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return *a.unit < *b.unit; });
  return out;
}

std::vector<const Indicator*> indicators_by_id(const SiteData& site) {
  std::vector<const Indicator*> out;
  for (const Indicator& i : site.content.indicators) out.push_back(&i);
  std::sort(out.begin(), out.end(), [](const Indicator* a, const Indicator* b) { return a->id < b->id; });
  return out;
}

/// Finds periods in a series walked in period order: each lookup starts
/// where the last one stopped, so a whole series costs one pass, not a
/// search per row (which, for a national monitor, is mostly cache misses).
class Walker {
 public:
  explicit Walker(const Dataset::Series* s) : s_(s) {
    if (s_) at_ = s_->begin();
  }
  const Value* find(const Period& p) {
    if (!s_) return nullptr;
    while (at_ != s_->end() && !(at_->first == p) && at_->first < p) ++at_;
    return at_ != s_->end() && at_->first == p ? &at_->second : nullptr;
  }

 private:
  const Dataset::Series* s_;
  Dataset::Series::const_iterator at_;
};

}  // namespace

namespace {

std::vector<ObservationRow> observation_rows(const SiteData& site, std::deque<std::string>& names) {
  std::vector<Shown<std::string>> units;
  for (const auto& [shown, naam, g] : by_shown(site, site.content.registry.gemeenten, &Gemeente::code, names))
    units.push_back({shown, naam, &g->code});
  for (const auto& [shown, naam, g] : by_shown(site, site.groups, &Group::id, names))
    units.push_back({shown, naam, &g->id});
  std::stable_sort(units.begin(), units.end(), [](const auto& a, const auto& b) { return *a.unit < *b.unit; });
  const std::vector<const Indicator*> inds = indicators_by_id(site);
  std::vector<ObservationRow> out;
  out.reserve(site.content.observations.size());
  for (const auto& [shown, naam, unit] : units) {
    const bool gemeente = site.content.registry.find(*unit) != nullptr;
    for (const Indicator* ind : inds) {
      const Dataset::Series* s = site.data.series(*unit, ind->id);
      if (!s) continue;
      for (const auto& [p, v] : *s)
        // A group's computed figures are in groepen.csv; here only what came in, and the
        // gemeenten's teller/noemer indicators.
        // A figure recomputed after a merger did not come in; benchmark.csv has it.
        if ((v.origin == Origin::data || (gemeente && v.origin == Origin::computed)) && !v.herberekend)
          out.push_back({shown, naam, unit, ind, p, &v});
    }
  }
  return out;
}

std::vector<GroupRow> group_rows(const SiteData& site, std::deque<std::string>& names) {
  const std::vector<const Indicator*> inds = indicators_by_id(site);
  std::vector<GroupRow> out;
  for (const auto& [shown, naam, g] : by_shown(site, site.groups, &Group::id, names))
    for (const Indicator* ind : inds)
      if (const Dataset::Series* s = site.data.series(g->id, ind->id))
        for (const auto& [p, v] : *s) out.push_back({shown, naam, g, ind, p, &v});
  return out;
}

std::vector<BenchmarkRow> benchmark_rows(const SiteData& site, std::deque<std::string>& names) {
  const std::vector<const Indicator*> inds = indicators_by_id(site);
  const Group* nl = national_group(site);
  std::vector<BenchmarkRow> out;
  std::size_t n = 0;
  for (const Gemeente& g : site.content.registry.gemeenten)
    for (const Indicator* ind : inds)
      if (const Dataset::Series* s = site.data.series(g.code, ind->id)) n += s->size();
  out.reserve(n);
  for (const auto& [shown, naam, g] : by_shown(site, site.content.registry.gemeenten, &Gemeente::code, names)) {
    const Group* ref = reference_group(site, g->code);
    for (const Indicator* ind : inds) {
      const Dataset::Series* s = site.data.series(g->code, ind->id);
      const auto* derived = site.benchmark.derived.series(g->code, ind->id);
      if (!s || !derived) continue;
      Walker ref_series(ref ? site.data.series(ref->id, ind->id) : nullptr);
      Walker nl_series(nl ? site.data.series(nl->id, ind->id) : nullptr);
      // The derived figures were made for each period of the series, in the same order.
      auto d = derived->begin();
      for (const auto& [p, v] : *s) {
        while (d != derived->end() && !(d->first == p) && d->first < p) ++d;
        if (d == derived->end() || !(d->first == p)) continue;
        out.push_back({shown, naam, g, ind, p, &v, &d->second, ref_series.find(p), nl_series.find(p)});
      }
    }
  }
  return out;
}

}  // namespace

OpenDataRows open_data_rows(const SiteData& site) {
  OpenDataRows rows;
  rows.observations = observation_rows(site, rows.names);
  rows.groups = group_rows(site, rows.names);
  rows.benchmark = benchmark_rows(site, rows.names);
  return rows;
}

}  // namespace spiegel
