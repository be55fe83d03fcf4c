#include "assemble/report_page.h"

#include <iterator>

#include "assemble/number_format.h"

using nlohmann::json;

namespace spiegel {

void to_json(json& j, const GemeenteView& g) {
  j = {{"naam", g.naam}, {"code", g.code}, {"slug", g.slug}, {"geanonimiseerd", g.geanonimiseerd}};
}

void to_json(json& j, const KeyFigureRow& r) {
  j = {{"indicator", r.indicator}, {"id", r.id},
       {"periode", r.periode},     {"waarde", r.waarde},
       {"nederland", r.nederland}, {"voorlopig", r.voorlopig}};
}

void to_json(json& j, const KeyFigures& k) {
  j = {{"rijen", k.rijen}, {"heeft_rijen", !k.rijen.empty()}, {"nederland", k.nederland}};
}

json ReportPage::to_json() const {
  json j = page.to_json();
  j["pagina"]["ondertitel"] = ondertitel;
  j["pagina"]["datum"] = datum;
  j["gemeente"] = gemeente;
  j["kerncijfers"] = kerncijfers;
  return j;
}

KeyFigures key_figures(const SiteData& site, const Gemeente& gemeente) {
  KeyFigures out;
  const Group* nl = nullptr;
  for (const Group& g : site.groups)
    if (g.def_id == g.id && g.members.size() == site.content.registry.gemeenten.size()) nl = nl ? nl : &g;
  if (nl) out.nederland = nl->naam;
  for (const Indicator& ind : site.content.indicators) {
    const Dataset::Series* series = site.data.series(gemeente.code, ind.id);
    if (!series || series->empty()) continue;
    // The peilperiode when the indicator has it, else its latest period.
    auto it = series->find(site.peilperiode);
    if (it == series->end()) it = std::prev(series->end());
    const Value* national = nl ? site.data.get(nl->id, ind.id, it->first) : nullptr;
    out.rijen.push_back({ind.naam, ind.id, it->first.label(), format_value(ind, it->second.waarde, it->second.status),
                         national ? format_value(ind, national->waarde, national->status) : "–",
                         it->second.status == Status::voorlopig});
  }
  return out;
}

ReportPage report_page(const SiteData& site, const Gemeente& gemeente, PageBase page) {
  ReportPage r;
  r.page = std::move(page);
  r.gemeente = {site.display_name(gemeente.code), site.anonymised(gemeente.code) ? "" : gemeente.code,
                site.display_slug(gemeente), site.anonymised(gemeente.code)};
  r.kerncijfers = key_figures(site, gemeente);
  return r;
}

}  // namespace spiegel
