#include "assemble/verantwoording.h"

#include <algorithm>

#include <fmt/format.h>

#include "assemble/benchmark_table.h"
#include "assemble/indicator_text.h"
#include "assemble/number_format.h"
#include "model/open_data_files.h"

using nlohmann::json;

namespace spiegel {

namespace {

std::string names(const SiteData& site, const std::vector<std::size_t>& members) {
  std::vector<std::string> out;
  for (std::size_t m : members) out.push_back(site.display_name(site.content.registry.gemeenten[m].code));
  std::sort(out.begin(), out.end());
  std::string s;
  for (std::size_t i = 0; i < out.size(); ++i) s += (i ? ", " : "") + out[i];
  return s;
}

std::string how_chosen(const SiteData& site, const Group& g) {
  for (const GroupDef& def : site.content.groups) {
    if (def.id != g.def_id) continue;
    switch (def.kind) {
      case GroupDef::Kind::alle: return "alle gemeenten in het register";
      case GroupDef::Kind::per_kolom: return fmt::format("de gemeenten met '{}' in de kolom {}", g.waarde, def.kolom);
      case GroupDef::Kind::bereik:
        return fmt::format("de gemeenten met {} vanaf {} tot {}", def.kolom, format_decimal(def.van, 0), format_decimal(def.tot, 0));
      case GroupDef::Kind::leden: return "een vaste lijst gemeenten";
    }
  }
  return "";
}

}  // namespace

bool is_verantwoording(const Document& doc) {
  if (doc.front.contains("verantwoording") && doc.front["verantwoording"].is_boolean())
    return doc.front["verantwoording"].get<bool>();
  if (doc.front.contains("verantwoording") && doc.front["verantwoording"].is_string())
    return doc.front["verantwoording"].get<std::string>() == "true";
  return doc.slug == "verantwoording";
}

void to_json(json& j, const OpenDataLink& l) { j = {{"url", l.url}, {"naam", l.naam}, {"omschrijving", l.omschrijving}}; }

std::vector<OpenDataLink> open_data_links(const std::string& root) {
  std::vector<OpenDataLink> out;
  for (const OpenDataFile& f : open_data_files()) {
    std::string name = f.path;
    name = name.substr(name.find('/') + 1);
    out.push_back({root + f.path, name, f.description});
  }
  return out;
}

json verantwoording_context(const SiteData& site, const std::string& root) {
  const Content& c = site.content;
  json indicators = json::array();
  for (const Indicator& i : c.indicators)
    indicators.push_back({{"naam", i.naam},
                          {"id", i.id},
                          {"url", root + indicator_page_path(i.id)},
                          {"definitie", i.definitie},
                          {"bron", i.bron},
                          {"eenheid", unit_description(i)},
                          {"thema", i.thema},
                          {"berekening", calculation_description(c, i)},
                          {"aggregatie", aggregation_description(c, i)},
                          {"richting", direction_description(i)}});
  json groups = json::array();
  const std::size_t all = c.registry.gemeenten.size();
  for (const Group& g : site.groups) {
    if (g.def_id == kReferentiegroep) continue;
    // Listing every gemeente of Nederland helps nobody; the count does.
    std::string leden = g.members.size() == all && all > 12 ? fmt::format("{} gemeenten", all) : names(site, g.members);
    groups.push_back({{"naam", site.display_name(g.id)},
                      {"id", g.id},
                      {"keuze", how_chosen(site, g)},
                      {"leden", leden},
                      {"aantal", g.members.size()},
                      {"cijfers", g.berekenen ? "berekend over de leden, tenzij de bron een groepscijfer geeft"
                                              : "alleen zoals de bron ze geeft"}});
  }
  json refs = json::array();
  for (const Group& g : site.groups)
    if (g.def_id == kReferentiegroep)
      refs.push_back({{"gemeente", site.display_name(g.waarde)}, {"leden", names(site, g.members)}});
  std::sort(refs.begin(), refs.end(), [](const json& a, const json& b) { return a["gemeente"] < b["gemeente"]; });
  const std::optional<Period>& basis = c.settings.basisperiode;
  return {{"indicatoren", indicators},
          {"groepen", groups},
          {"heeft_groepen", !groups.empty()},
          {"referentiegroepen", refs},
          {"heeft_referentiegroepen", !refs.empty()},
          {"peilperiode", site.peilperiode.label()},
          {"basisperiode", basis ? basis->label() : ""},
          {"open_data", open_data_links(root)}};
}

}  // namespace spiegel
