#include "compute/site_data.h"

#include "validate/references.h"

namespace spiegel {

std::string SiteData::display_name(const std::string& unit) const {
  if (const Gemeente* g = content.registry.find(unit)) return g->naam;
  if (const Group* g = group(unit)) return g->naam;
  return unit;
}

const Group* SiteData::group(const std::string& id) const {
  auto it = benchmark.group_index.find(id);
  return it == benchmark.group_index.end() ? nullptr : &groups[it->second];
}

std::vector<std::string> SiteData::referentiegroep(const Report& report) const {
  if (!report.referentiegroep.empty()) return report.referentiegroep;
  auto it = content.referentiegroepen.find(report.gemeente);
  return it == content.referentiegroepen.end() ? std::vector<std::string>{} : it->second;
}

SiteData prepare_site(Content content, Diagnostics& diags) {
  SiteData site;
  site.content = std::move(content);
  site.groups = expand_groups(site.content, diags);
  for (Group& g : reference_groups(site.content)) site.groups.push_back(std::move(g));
  validate_references(site.content, site.groups, diags);
  site.data = dataset_from(site.content.observations);
  site.periods = site.data.all_periods();
  if (site.content.settings.peilperiode) {
    site.peilperiode = *site.content.settings.peilperiode;
  } else if (!site.periods.empty()) {
    site.peilperiode = site.periods.back();
  }
  compute_benchmark(site, diags);
  return site;
}

}  // namespace spiegel
