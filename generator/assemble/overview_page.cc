#include "assemble/overview_page.h"

using nlohmann::json;

namespace spiegel {

void to_json(json& j, const Overview& o) {
  json per_gemeente = json::array();
  for (const OverviewGemeente& g : o.gemeenten) {
    json entry = {{"naam", g.naam}, {"url", g.url}};
    if (o.aanbevelingen) {
      // The template has a heading per addressee; an aanbeveling is to the raad or else to the college.
      json raad = json::array(), college = json::array();
      for (const BlockItem& i : g.items) (i.aan == "raad" ? raad : college).push_back(i);
      entry["heeft_raad"] = !raad.empty();
      entry["heeft_college"] = !college.empty();
      entry["aan_de_raad"] = raad;
      entry["aan_het_college"] = college;
    } else {
      entry["items"] = g.items;
    }
    per_gemeente.push_back(entry);
  }
  j = {{"soort", o.aanbevelingen ? "aanbevelingen" : "conclusies"},
       {"is_aanbevelingen", o.aanbevelingen},
       {"gemeenten", per_gemeente},
       {"leeg", per_gemeente.empty()}};
}

json OverviewPage::to_json() const {
  json j = page.to_json();
  j["overzicht"] = overzicht;
  return j;
}

}  // namespace spiegel
