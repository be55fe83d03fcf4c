#include "compute/site_data.h"

#include <algorithm>

#include "base/slug.h"
#include "compute/mergers.h"

namespace spiegel {

std::string SiteData::display_name(const std::string& unit) const {
  if (auto it = pseudonyms.find(unit); it != pseudonyms.end()) return it->second;
  if (const Gemeente* g = content.registry.find(unit)) return g->naam;
  if (const Group* g = group(unit)) return g->naam;
  return unit;
}

std::string SiteData::display_code(const std::string& code) const {
  auto it = pseudonyms.find(code);
  return it == pseudonyms.end() ? code : it->second;
}

std::string SiteData::display_slug(const Gemeente& gemeente) const {
  auto it = pseudonyms.find(gemeente.code);
  return it == pseudonyms.end() ? gemeente.slug : slugify(it->second);
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

namespace {

/// Gemeente A, B, … Z, AA, AB, … for the gemeenten with a report, ordered by code so
/// that adding a text does not rename the others more than necessary.
void assign_pseudonyms(SiteData& site) {
  std::vector<std::string> codes;
  for (const Report& r : site.content.reports)
    if (site.content.registry.find(r.gemeente)) codes.push_back(r.gemeente);
  std::sort(codes.begin(), codes.end());
  codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
  for (std::size_t i = 0; i < codes.size(); ++i) {
    std::string letters;
    for (std::size_t n = i + 1; n > 0; n = (n - 1) / 26)
      letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
    site.pseudonyms[codes[i]] = "Gemeente " + letters;
  }
}

}  // namespace

SiteData site_with_groups(Content content, Diagnostics& diags) {
  SiteData site;
  site.content = std::move(content);
  site.groups = expand_groups(site.content, diags);
  for (Group& g : reference_groups(site.content)) site.groups.push_back(std::move(g));
  return site;
}

void compute_figures(SiteData& site, Diagnostics& diags) {
  for (const Report& r : site.content.reports) site.reported.insert(r.gemeente);
  if (site.content.settings.anonimiseren) assign_pseudonyms(site);
  site.data = dataset_from(site.content.observations);
  recompute_mergers(site.content, site.data);
  site.periods = site.data.all_periods();
  if (site.content.settings.peilperiode) {
    site.peilperiode = *site.content.settings.peilperiode;
  } else if (!site.periods.empty()) {
    site.peilperiode = site.periods.back();
  }
  compute_benchmark(site, diags);
}

}  // namespace spiegel
