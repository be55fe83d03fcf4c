#include "assemble/report_page.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "assemble/number_format.h"
#include "load/settings.h"

using nlohmann::json;

namespace spiegel {

namespace {

/// Key figures when neither spiegel.yaml nor the report chooses them.
constexpr std::size_t kDefaultKeyFigures = 8;

}  // namespace

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

void to_json(json& j, const Colofon& c) {
  // One line on paper; a source may hold commas itself ("Iv3, via Findo"), hence the semicolons.
  std::string bronnen;
  for (const std::string& b : c.bronnen) bronnen += (bronnen.empty() ? "" : "; ") + b;
  j = {{"organisatie", c.organisatie}, {"monitor", c.monitor},        {"editie", c.editie}, {"datum", c.datum},
       {"bronnen", bronnen},           {"peilperiode", c.peilperiode}};
}

json ReportPage::to_json() const {
  json j = page.to_json();
  j["pagina"]["ondertitel"] = ondertitel;
  j["pagina"]["datum"] = datum;
  j["pagina"]["rapportnummer"] = rapportnummer;
  j["pagina"]["logo"] = logo;
  j["colofon"] = colofon;
  j["colofon"]["datum"] = datum.empty() ? colofon.editie : datum;
  j["verantwoording"] = verantwoording;
  // The verantwoording follows the text's own bijlagen in their numbering.
  j["bijlage_verantwoording"] = fmt::format("Bijlage {}", page.text.bijlagen + 1);
  j["gemeente"] = gemeente;
  j["kerncijfers"] = kerncijfers;
  j["punten"] = punten;
  j["pdf_url"] = pdf_url;
  return j;
}

std::vector<const Indicator*> key_figure_indicators(const SiteData& site, const FrontMatter* front) {
  const std::optional<std::vector<std::string>>& chosen =
      front && front->kerncijfers ? front->kerncijfers : site.content.settings.kerncijfers;
  std::vector<const Indicator*> out;
  if (chosen) {
    for (const std::string& id : *chosen)
      if (const Indicator* ind = site.content.indicator(id)) out.push_back(ind);
    return out;
  }
  // The figures a rekenkamer judges by: those with a richting; without any, the first ones.
  for (const Indicator& ind : site.content.indicators)
    if (ind.richting != Direction::neutraal) out.push_back(&ind);
  if (out.empty())
    for (const Indicator& ind : site.content.indicators) out.push_back(&ind);
  if (out.size() > kDefaultKeyFigures) out.resize(kDefaultKeyFigures);
  return out;
}

KeyFigures key_figures(const SiteData& site, const Gemeente& gemeente, const FrontMatter* front) {
  KeyFigures out;
  const Group* nl = national_group(site);
  if (nl) out.nederland = site.display_name(nl->id);
  const bool chosen = (front && front->kerncijfers) || site.content.settings.kerncijfers;
  for (const Indicator* ind : key_figure_indicators(site, front)) {
    // The period every table and sentence of the report uses for this indicator.
    const Period p = current_period(site, ind->id);
    const Value* v = site.data.get(gemeente.code, ind->id, p);
    // A chosen figure that is missing says so ("–"); a default one is left out.
    if (!v && !chosen) continue;
    const Value* national = nl ? site.data.get(nl->id, ind->id, p) : nullptr;
    out.rijen.push_back({ind->naam, ind->id, p.label(), v ? format_value(*ind, v->waarde, v->status) : "–",
                         national ? format_value(*ind, national->waarde, national->status) : "–",
                         v && v->status == Status::voorlopig});
  }
  return out;
}

ReportPage report_page(const SiteData& site, const Gemeente& gemeente, const FrontMatter* front, PageBase page) {
  ReportPage r;
  r.page = std::move(page);
  r.gemeente = {site.display_name(gemeente.code), site.anonymised(gemeente.code) ? "" : gemeente.code,
                site.display_slug(gemeente), site.anonymised(gemeente.code)};
  r.kerncijfers = key_figures(site, gemeente, front);
  r.punten = strong_and_weak_points(site, gemeente, r.page.site.root);
  const Settings& s = site.content.settings;
  const std::string logo = logo_site_path(s);
  r.logo = logo.empty() || site.content.logo.empty() ? "" : r.page.site.root + logo;
  r.colofon = {s.organisatie, s.titel, s.editie, "", {}, site.peilperiode.label()};
  for (const Indicator& ind : site.content.indicators)
    if (!ind.bron.empty() &&
        std::find(r.colofon.bronnen.begin(), r.colofon.bronnen.end(), ind.bron) == r.colofon.bronnen.end())
      r.colofon.bronnen.push_back(ind.bron);
  r.verantwoording = verantwoording_context(site, r.page.site.root);
  r.verantwoording.anker = "bijlage-";
  // Only this gemeente's referentiegroep: a national monitor's 342 would fill pages of every report.
  std::erase_if(r.verantwoording.referentiegroepen,
                [&](const ReferenceGroupAccount& g) { return g.gemeente != r.gemeente.naam; });
  return r;
}

}  // namespace spiegel
