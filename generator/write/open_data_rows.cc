#include "write/open_data_rows.h"

#include <algorithm>

namespace spiegel {

std::string shown_unit(const SiteData& site, const std::string& unit) {
  if (site.content.registry.find(unit)) return site.display_code(unit);
  if (const Group* g = site.group(unit); g && g->def_id == kReferentiegroep)
    return std::string(kReferentiegroep) + ":" + site.display_code(g->waarde);
  return unit;
}

namespace {

/// Units with the way they are shown, sorted by that.
template <typename T>
std::vector<std::pair<std::string, const T*>> by_shown(const SiteData& site, const std::vector<T>& all,
                                                       const std::string T::*key) {
  std::vector<std::pair<std::string, const T*>> out;
  out.reserve(all.size());
  for (const T& x : all) out.emplace_back(shown_unit(site, x.*key), &x);
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  return out;
}

std::vector<const Indicator*> indicators_by_id(const SiteData& site) {
  std::vector<const Indicator*> out;
  for (const Indicator& i : site.content.indicators) out.push_back(&i);
  std::sort(out.begin(), out.end(), [](const Indicator* a, const Indicator* b) { return a->id < b->id; });
  return out;
}

const Value* find(const Dataset::Series* s, const Period& p) {
  if (!s) return nullptr;
  auto it = s->find(p);
  return it == s->end() ? nullptr : &it->second;
}

}  // namespace

std::vector<ObservationRow> observation_rows(const SiteData& site) {
  std::vector<std::pair<std::string, const std::string*>> units;
  for (const auto& [shown, g] : by_shown(site, site.content.registry.gemeenten, &Gemeente::code))
    units.emplace_back(shown, &g->code);
  for (const auto& [shown, g] : by_shown(site, site.groups, &Group::id)) units.emplace_back(shown, &g->id);
  std::stable_sort(units.begin(), units.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  const std::vector<const Indicator*> inds = indicators_by_id(site);
  std::vector<ObservationRow> out;
  out.reserve(site.content.observations.size());
  for (const auto& [shown, unit] : units) {
    const bool gemeente = site.content.registry.find(*unit) != nullptr;
    for (const Indicator* ind : inds) {
      const Dataset::Series* s = site.data.series(*unit, ind->id);
      if (!s) continue;
      for (const auto& [p, v] : *s)
        // A group's computed figures are in groepen.csv; here only what came in, and the
        // gemeenten's teller/noemer indicators.
        if (v.origin == Origin::data || (gemeente && v.origin == Origin::computed))
          out.push_back({shown, unit, ind, p, &v});
    }
  }
  return out;
}

std::vector<GroupRow> group_rows(const SiteData& site) {
  const std::vector<const Indicator*> inds = indicators_by_id(site);
  std::vector<GroupRow> out;
  for (const auto& [shown, g] : by_shown(site, site.groups, &Group::id))
    for (const Indicator* ind : inds)
      if (const Dataset::Series* s = site.data.series(g->id, ind->id))
        for (const auto& [p, v] : *s) out.push_back({shown, g, ind, p, &v});
  return out;
}

std::vector<BenchmarkRow> benchmark_rows(const SiteData& site) {
  const std::vector<const Indicator*> inds = indicators_by_id(site);
  const Group* nl = national_group(site);
  std::vector<BenchmarkRow> out;
  out.reserve(site.content.observations.size());
  for (const auto& [shown, g] : by_shown(site, site.content.registry.gemeenten, &Gemeente::code)) {
    const Group* ref = reference_group(site, g->code);
    for (const Indicator* ind : inds) {
      const Dataset::Series* s = site.data.series(g->code, ind->id);
      const auto* derived = site.benchmark.derived.series(g->code, ind->id);
      if (!s || !derived) continue;
      const Dataset::Series* ref_series = ref ? site.data.series(ref->id, ind->id) : nullptr;
      const Dataset::Series* nl_series = nl ? site.data.series(nl->id, ind->id) : nullptr;
      for (const auto& [p, v] : *s) {
        auto d = derived->find(p);
        if (d == derived->end()) continue;
        out.push_back({shown, g, ind, p, &v, &d->second, find(ref_series, p), find(nl_series, p)});
      }
    }
  }
  return out;
}

}  // namespace spiegel
