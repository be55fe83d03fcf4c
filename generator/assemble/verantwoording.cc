#include "assemble/verantwoording.h"

#include <fmt/format.h>

#include <algorithm>

#include "assemble/benchmark_table.h"
#include "assemble/indicator_text.h"
#include "assemble/number_format.h"
#include "base/text.h"
#include "compute/mergers.h"
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
      case GroupDef::Kind::alle:
        return "alle gemeenten in het register";
      case GroupDef::Kind::per_kolom:
        return fmt::format("de gemeenten met '{}' in de kolom {}", g.waarde, def.kolom);
      case GroupDef::Kind::bereik:
        return fmt::format("de gemeenten met {} vanaf {} tot {}", def.kolom, format_decimal(def.van, 0),
                           format_decimal(def.tot, 0));
      case GroupDef::Kind::leden:
        return "een vaste lijst gemeenten";
    }
  }
  return "";
}

/// The gemeenten ranked for `ind` in its current period, as the indicator page counts them.
int ranked_count(const SiteData& site, const Indicator& ind, const Period& p) {
  for (const Gemeente& g : site.content.registry.gemeenten)
    if (const Derived* d = site.benchmark.derived.get(g.code, ind.id, p); d && d->rang) return d->met_waarde;
  return 0;
}

/// "Rang over 28 gemeenten met een cijfer over 2020-H1; geen deciel: pas vanaf 30 gemeenten."
std::string ranking_account(const SiteData& site, const Indicator& ind) {
  const Period p = current_period(site, ind.id);
  const int n = ranked_count(site, ind, p);
  if (n == 0) return fmt::format("Over {} heeft geen gemeente een cijfer, dus ook geen rang.", p.label());
  std::string s =
      fmt::format("Rang over {} {} met een cijfer over {}", n, n == 1 ? "gemeente" : "gemeenten", p.label());
  if (ind.eenheid == Unit::deciel) return s + "; het deciel is het cijfer zelf, zoals de bron het berekende.";
  if (n < kMinGemeentenForDecile)
    return s + fmt::format("; geen deciel (pas vanaf {} gemeenten met een cijfer).", kMinGemeentenForDecile);
  return s + ", het deciel over dezelfde gemeenten.";
}

}  // namespace

bool is_verantwoording(const Document& doc) { return doc.front.verantwoording.value_or(doc.slug == "verantwoording"); }

void to_json(json& j, const OpenDataLink& l) {
  j = {{"url", l.url}, {"naam", l.naam}, {"omschrijving", l.omschrijving}};
}

std::vector<OpenDataLink> open_data_links(const std::string& root, bool follow_up_register) {
  std::vector<OpenDataLink> out;
  for (const OpenDataFile& f : open_data_files(follow_up_register)) {
    std::string name = f.path;
    name = name.substr(name.find('/') + 1);
    out.push_back({root + f.path, name, f.description});
  }
  return out;
}

void to_json(json& j, const IndicatorAccount& i) {
  j = {{"naam", i.naam},
       {"id", i.id},
       {"url", i.url},
       {"definitie", i.definitie},
       {"bron", i.bron},
       {"eenheid", i.eenheid},
       {"thema", i.thema},
       {"berekening", i.berekening},
       {"aggregatie", i.aggregatie},
       {"richting", i.richting},
       {"rangorde", i.rangorde}};
}

void to_json(json& j, const GroupAccount& g) {
  j = {{"naam", g.naam},   {"id", g.id},         {"keuze", g.keuze},
       {"leden", g.leden}, {"aantal", g.aantal}, {"cijfers", g.cijfers}};
}

void to_json(json& j, const ReferenceGroupAccount& r) { j = {{"gemeente", r.gemeente}, {"leden", r.leden}}; }

void to_json(json& j, const Verantwoording& v) {
  j = {{"indicatoren", v.indicatoren},
       {"groepen", v.groepen},
       {"heeft_groepen", !v.groepen.empty()},
       {"referentiegroepen", v.referentiegroepen},
       {"heeft_referentiegroepen", !v.referentiegroepen.empty()},
       {"peilperiode", v.peilperiode},
       {"basisperiode", v.basisperiode},
       {"deciel_vanaf", v.deciel_vanaf},
       {"gemeenten", number_in_words(v.gemeenten)},
       {"herindelingen", v.herindelingen},
       {"heeft_herindelingen", !v.herindelingen.empty()},
       {"herberekende_indicatoren", v.herberekende_indicatoren},
       {"open_data", v.open_data},
       {"anker", v.anker}};
}

namespace {

/// "Groningen: per 1 januari 2019 samengegaan uit Groningen (oud), Haren en Ten Boer".
/// Of an anonymised gemeente neither the date nor the old names: they would tell who it is.
void merger_accounts(const SiteData& site, Verantwoording& v) {
  for (const std::vector<const Merger*>& merger : merger_groups(site.content.herindelingen)) {
    std::vector<std::string> olds;
    for (const Merger* m : merger) olds.push_back(m->naam.empty() ? m->oud : m->naam);
    const std::string& nieuw = merger.front()->nieuw;
    v.herindelingen.push_back(
        site.anonymised(nieuw)
            ? fmt::format("{}: ontstaan uit {} gemeenten", site.display_name(nieuw), number_in_words(olds.size()))
            : fmt::format("{}: per {} ontstaan uit {}", site.display_name(nieuw), dutch_date(merger.front()->per.iso()),
                          list_in_words(olds)));
  }
  if (v.herindelingen.empty()) return;
  std::vector<std::string> names;
  for (const Indicator& i : site.content.indicators)
    if (summable(i, site.content.indicators)) names.push_back(i.naam);
  v.herberekende_indicatoren = names.empty() ? "geen" : list_in_words(names);
}

}  // namespace

Verantwoording verantwoording_context(const SiteData& site, const std::string& root, const Gemeente* report) {
  const Content& c = site.content;
  Verantwoording v;
  for (const Indicator& i : c.indicators)
    v.indicatoren.push_back({i.naam, i.id, root + indicator_page_path(i.id), i.definitie, i.bron, unit_description(i),
                             i.thema, calculation_description(c, i), aggregation_description(c, i),
                             direction_description(i), ranking_account(site, i)});
  const std::size_t all = c.registry.gemeenten.size();
  for (const Group& g : site.groups) {
    if (g.def_id == kReferentiegroep) continue;
    // Listing every gemeente of Nederland helps nobody; the count does.
    std::string leden =
        g.members.size() == all && all > 12 ? fmt::format("{} gemeenten", all)
        : report && g.members.size() > kPrintedMembers
            ? fmt::format("{} gemeenten; hun namen staan in de verantwoording op de website", g.members.size())
            : names(site, g.members);
    v.groepen.push_back({site.display_name(g.id), g.id, how_chosen(site, g), leden, g.members.size(),
                         g.berekenen ? "berekend over de leden, tenzij de bron een groepscijfer geeft"
                                     : "alleen zoals de bron ze geeft"});
  }
  for (const Group& g : site.groups)
    if (g.def_id == kReferentiegroep && (!report || g.waarde == report->code))
      v.referentiegroepen.push_back({site.display_name(g.waarde), names(site, g.members)});
  std::sort(v.referentiegroepen.begin(), v.referentiegroepen.end(),
            [](const ReferenceGroupAccount& a, const ReferenceGroupAccount& b) { return a.gemeente < b.gemeente; });
  const std::optional<Period>& basis = c.settings.basisperiode;
  v.peilperiode = site.peilperiode.label();
  v.basisperiode = basis ? basis->label() : "";
  v.deciel_vanaf = kMinGemeentenForDecile;
  v.gemeenten = c.registry.gemeenten.size();
  merger_accounts(site, v);
  v.open_data = open_data_links(root, !c.opvolging.empty());
  if (report) v.anker = "bijlage-";
  return v;
}

}  // namespace spiegel
