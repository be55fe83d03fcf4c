#include "assemble/report_page.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

using nlohmann::json;

namespace spiegel {

void to_json(json& j, const GemeenteView& g) {
  j = {{"naam", g.naam}, {"code", g.code}, {"slug", g.slug}, {"geanonimiseerd", g.geanonimiseerd}};
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
  // false rather than absent, as zoekindex: {{#veranderd}} must not find one of an outer context.
  if (veranderd)
    j["veranderd"] = *veranderd;
  else
    j["veranderd"] = false;
  return j;
}

ReportPage report_page(const SiteData& site, const Gemeente& gemeente, const FrontMatter* front, PageBase page) {
  ReportPage r;
  r.page = std::move(page);
  r.gemeente = {site.display_name(gemeente.code), site.anonymised(gemeente.code) ? "" : gemeente.code,
                site.display_slug(gemeente), site.anonymised(gemeente.code)};
  r.kerncijfers = key_figures(site, gemeente, front);
  r.punten = strong_and_weak_points(site, gemeente, r.page.site.root);
  const Settings& s = site.content.settings;
  r.logo = r.page.site.logo;  // the header's logo, from this page (pages.cc): also on the title page
  r.colofon = {s.organisatie, s.titel, s.editie, "", {}, site.peilperiode.label()};
  for (const Indicator& ind : site.content.indicators)
    if (!ind.bron.empty() &&
        std::find(r.colofon.bronnen.begin(), r.colofon.bronnen.end(), ind.bron) == r.colofon.bronnen.end())
      r.colofon.bronnen.push_back(ind.bron);
  r.verantwoording = verantwoording_context(site, r.page.site.root, &gemeente);
  return r;
}

}  // namespace spiegel
