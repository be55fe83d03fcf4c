#include "assemble/comparison_units.h"

#include <algorithm>

#include "base/slug.h"

namespace spiegel {

std::vector<const Gemeente*> peers_of(const SiteData& site, const Gemeente& gemeente) {
  std::vector<const Gemeente*> out;
  if (const Group* ref = reference_group(site, gemeente.code))
    for (std::size_t m : ref->members) out.push_back(&site.content.registry.gemeenten[m]);
  // By name as a reader looks it up: 's-Gravenhage under s, not before A.
  std::sort(out.begin(), out.end(), [&](const Gemeente* a, const Gemeente* b) {
    return slugify(site.display_name(a->code)) < slugify(site.display_name(b->code));
  });
  return out;
}

std::vector<const Group*> default_groups(const SiteData& site, const Gemeente& gemeente) {
  std::vector<const Group*> out;
  if (const Group* ref = reference_group(site, gemeente.code)) out.push_back(ref);
  const Group* nl = national_group(site);
  const std::size_t index = site.content.registry.by_code.at(gemeente.code);
  for (const Group* g : groups_of(site.groups, index))
    if (g != nl && g->def_id != kReferentiegroep) out.push_back(g);
  if (nl) out.push_back(nl);
  return out;
}

std::string group_label(const SiteData& site, const Group& g) {
  return g.def_id == kReferentiegroep ? "Referentiegroep" : site.display_name(g.id);
}

std::string group_in_sentence(const SiteData& site, const Group& g) {
  return g.def_id == kReferentiegroep ? "de referentiegroep" : site.display_name(g.id);
}

}  // namespace spiegel
