#include "compute/benchmark.h"

#include <fmt/format.h>

#include "compute/aggregate.h"
#include "compute/computed_indicators.h"
#include "compute/site_data.h"

namespace spiegel {

int period_end_month(const Period& p) {
  int months = p.kind == Period::Kind::year ? 12 : p.kind == Period::Kind::half ? 6 : 3;
  return p.start_month() + months;
}

namespace {

void index_groups(SiteData& site) {
  Benchmark& b = site.benchmark;
  for (std::size_t i = 0; i < site.groups.size(); ++i) {
    const Group& g = site.groups[i];
    b.group_index.emplace(g.id, i);
    if (g.def_id == kReferentiegroep) b.reference_group[g.waarde] = i;
  }
  if (b.group_index.count("nederland")) {
    b.national = "nederland";
  } else {
    for (const GroupDef& def : site.content.groups)
      if (def.kind == GroupDef::Kind::alle && b.group_index.count(def.id)) {
        b.national = def.id;
        break;
      }
  }
}

void choose_current_periods(SiteData& site) {
  const int now = period_end_month(site.peilperiode);
  for (const Indicator& ind : site.content.indicators) {
    std::vector<Period> periods = site.data.periods(ind.id);
    Period chosen = periods.empty() ? site.peilperiode : periods.front();
    for (const Period& p : periods)
      if (period_end_month(p) <= now) chosen = p;
    site.benchmark.current[ind.id] = chosen;
  }
}

/// Ranks and spreads over a handful of gemeenten look like a national picture and are not: a
/// warning, at the indicator, when its current period has figures for fewer than half of gemeenten.csv.
void warn_thin_coverage(const SiteData& site, Diagnostics& diags) {
  const auto& gemeenten = site.content.registry.gemeenten;
  const int all = static_cast<int>(gemeenten.size());
  for (const Indicator& ind : site.content.indicators) {
    const Period p = current_period(site, ind.id);
    int with = 0;
    // A geheim figure exists, it is only not shown: it counts as covered.
    for (const Gemeente& g : gemeenten) with += site.data.get(g.code, ind.id, p) ? 1 : 0;
    if (2 * with >= all) continue;
    diags.warning(ind.loc, fmt::format("indicator '{}' heeft over {} cijfers van {} van de {} gemeenten in "
                                       "gemeenten.csv; rang en spreiding gaan alleen over die {}",
                                       ind.id, p.label(), with, all, with));
  }
}

}  // namespace

void compute_benchmark(SiteData& site, Diagnostics& diags) {
  index_groups(site);
  // Computed indicators for gemeenten, and for groups whose teller and noemer
  // the source gives (its figure then follows from the source's own counts).
  std::vector<std::string> units;
  for (const Gemeente& g : site.content.registry.gemeenten) units.push_back(g.code);
  for (const Group& g : site.groups) units.push_back(g.id);
  add_computed_indicators(site.content.indicators, units, site.data, diags);
  add_group_aggregates(site.content, site.groups, site.data);
  choose_current_periods(site);
  warn_thin_coverage(site, diags);
  site.benchmark.derived =
      derive_figures(site.content, site.data, site.content.settings.basisperiode, site.benchmark.national);
}

Period current_period(const SiteData& site, const std::string& indicator) {
  auto it = site.benchmark.current.find(indicator);
  return it == site.benchmark.current.end() ? site.peilperiode : it->second;
}

const Group* national_group(const SiteData& site) {
  return site.benchmark.national.empty() ? nullptr : site.group(site.benchmark.national);
}

const Group* reference_group(const SiteData& site, const std::string& code) {
  auto it = site.benchmark.reference_group.find(code);
  return it == site.benchmark.reference_group.end() ? nullptr : &site.groups[it->second];
}

std::optional<Comparison> compare_with(const SiteData& site, const std::string& unit, const Indicator& indicator,
                                       const Period& period, const Group& group) {
  const Value* a = site.data.get(unit, indicator.id, period);
  const Value* b = site.data.get(group.id, indicator.id, period);
  if (!usable(a) || !usable(b)) return std::nullopt;
  return compare(indicator, *a->waarde, *b->waarde);
}

}  // namespace spiegel
