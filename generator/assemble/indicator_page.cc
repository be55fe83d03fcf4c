#include "assemble/indicator_page.h"

#include <algorithm>

#include <fmt/format.h>

#include "assemble/benchmark_table.h"
#include "assemble/difference_format.h"
#include "assemble/indicator_text.h"
#include "assemble/number_format.h"
#include "model/enum_names.h"

using nlohmann::json;

namespace spiegel {

namespace {

json ranking(const SiteData& site, const Indicator& ind, const Period& p, const std::string& root) {
  struct Entry {
    const Gemeente* g;
    const Value* v;
    const Derived* d;
  };
  std::vector<Entry> entries;
  for (const Gemeente& g : site.content.registry.gemeenten) {
    const Value* v = site.data.get(g.code, ind.id, p);
    const Derived* d = site.benchmark.derived.get(g.code, ind.id, p);
    if (v && d) entries.push_back({&g, v, d});
  }
  // Ranked first (1 = highest), then the gemeenten without a figure, each by name.
  std::sort(entries.begin(), entries.end(), [&](const Entry& a, const Entry& b) {
    int ra = a.d->rang.value_or(1 << 30), rb = b.d->rang.value_or(1 << 30);
    if (ra != rb) return ra < rb;
    return site.display_name(a.g->code) < site.display_name(b.g->code);
  });
  json rows = json::array();
  for (const Entry& e : entries) {
    std::string link = report_link(site, *e.g);
    const Derived& d = *e.d;
    rows.push_back({{"rang", d.rang ? std::to_string(*d.rang) : ""},
                    {"naam", site.display_name(e.g->code)},
                    {"url", link.empty() ? "" : root + link},
                    {"waarde", format_value(ind, e.v->waarde, e.v->status)},
                    {"deciel", d.deciel ? std::to_string(*d.deciel) : "–"},
                    {"verandering_vorige", d.verandering_vorige ? format_difference(ind, *d.verandering_vorige) : "–"},
                    {"verandering_basis", d.verandering_basis ? format_difference(ind, *d.verandering_basis) : "–"},
                    {"index", d.index ? format_decimal(*d.index, 0) : "–"},
                    {"nederland", d.nederland_100 ? format_decimal(*d.nederland_100, 0) : "–"},
                    {"oordeel", d.nederland ? std::string(name(d.nederland->oordeel)) : ""}});
  }
  return rows;
}

json group_figures(const SiteData& site, const Indicator& ind, const Period& p) {
  json rows = json::array();
  const Group* nl = national_group(site);
  std::vector<const Group*> groups;
  for (const Group& g : site.groups)
    if (g.def_id != kReferentiegroep && site.data.get(g.id, ind.id, p)) groups.push_back(&g);
  // Nederland first, then by name.
  std::stable_sort(groups.begin(), groups.end(), [&](const Group* a, const Group* b) {
    if ((a == nl) != (b == nl)) return a == nl;
    return site.display_name(a->id) < site.display_name(b->id);
  });
  for (const Group* g : groups) {
    const Value* v = site.data.get(g->id, ind.id, p);
    std::string herkomst = v->from_source()
                               ? "bron"
                               : fmt::format("berekend over {} van de {} gemeenten", v->leden_met_waarde, v->leden);
    rows.push_back({{"naam", site.display_name(g->id)},
                    {"waarde", format_value(ind, v->waarde, v->status)},
                    {"herkomst", herkomst}});
  }
  return rows;
}

}  // namespace

json indicator_context(const SiteData& site, const Indicator& ind, const std::string& root) {
  const Period p = current_period(site, ind.id);
  const std::optional<Period>& basis = site.content.settings.basisperiode;
  json rows = ranking(site, ind, p, root);
  json groups = group_figures(site, ind, p);
  int ranked = 0;
  bool any_previous = false, any_base = false;
  for (const json& r : rows) {
    ranked += !r["rang"].get<std::string>().empty();
    any_previous |= r["verandering_vorige"] != "–";
    any_base |= r["verandering_basis"] != "–";
  }
  json periods = json::array();
  for (const Period& q : site.data.periods(ind.id)) periods.push_back(q.label());
  return {{"id", ind.id},
          {"naam", ind.naam},
          {"definitie", ind.definitie},
          {"eenheid", unit_description(ind)},
          {"bron", ind.bron},
          {"thema", ind.thema},
          {"richting", direction_description(ind)},
          {"berekening", calculation_description(site.content, ind)},
          {"aggregatie", aggregation_description(site.content, ind)},
          {"tolerantie", format_decimal(ind.tolerantie * 100, 0) + "%"},
          {"periode", p.label()},
          {"vorige_periode", p.previous().label()},
          {"basisperiode", basis ? basis->label() : ""},
          {"heeft_vorige", any_previous},   // a column of dashes only says the data have gaps
          {"heeft_basis", basis && any_base},
          {"perioden", periods},
          {"rijen", rows},
          {"heeft_rijen", !rows.empty()},
          {"aantal_met_waarde", ranked},
          {"groepen", groups},
          {"heeft_groepen", !groups.empty()},
          {"heeft_oordeel", ind.richting != Direction::neutraal},
          {"data", root + "data/benchmark.csv"}};
}

json indicator_list_context(const SiteData& site, const std::string& root) {
  json themes = json::array();
  std::vector<std::string> order;
  for (const Indicator& i : site.content.indicators)
    if (std::find(order.begin(), order.end(), i.thema) == order.end()) order.push_back(i.thema);
  for (const std::string& t : order) {
    json items = json::array();
    for (const Indicator& i : site.content.indicators)
      if (i.thema == t)
        items.push_back({{"naam", i.naam},
                         {"url", root + indicator_page_path(i.id)},
                         {"eenheid", unit_description(i)},
                         {"periode", current_period(site, i.id).label()}});
    themes.push_back({{"thema", t.empty() ? "Overige indicatoren" : t}, {"indicatoren", items}});
  }
  return themes;
}

}  // namespace spiegel
