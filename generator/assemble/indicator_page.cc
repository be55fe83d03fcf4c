#include "assemble/indicator_page.h"

#include <fmt/format.h>

#include <algorithm>

#include "assemble/benchmark_table.h"
#include "assemble/difference_format.h"
#include "assemble/figures.h"
#include "assemble/indicator_text.h"
#include "assemble/number_format.h"
#include "base/text.h"
#include "chart/charts.h"
#include "chart/figure_html.h"
#include "model/enum_names.h"

using nlohmann::json;

namespace spiegel {

namespace {

std::vector<RankRow> ranking(const SiteData& site, const Indicator& ind, const Period& p, const std::string& root) {
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
  std::vector<RankRow> rows;
  for (const Entry& e : entries) {
    std::string link = report_link(site, *e.g);
    const Derived& d = *e.d;
    rows.push_back(
        {d.rang ? std::to_string(*d.rang) : "", site.display_name(e.g->code), link.empty() ? "" : root + link,
         format_value(ind, e.v->waarde, e.v->status), d.deciel ? std::to_string(*d.deciel) : "–",
         d.verandering_vorige ? format_difference(ind, *d.verandering_vorige) : "–",
         d.verandering_basis ? format_difference(ind, *d.verandering_basis) : "–",
         d.index ? format_decimal(*d.index, 0) : "–", d.nederland_100 ? format_decimal(*d.nederland_100, 0) : "–",
         d.nederland ? std::string(name(d.nederland->oordeel)) : ""});
  }
  return rows;
}

std::vector<GroupFigure> group_figures(const SiteData& site, const Indicator& ind, const Period& p) {
  std::vector<GroupFigure> rows;
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
    std::string herkomst =
        v->from_source() ? "bron" : fmt::format("berekend over {} van de {} gemeenten", v->leden_met_waarde, v->leden);
    rows.push_back({site.display_name(g->id), format_value(ind, v->waarde, v->status), herkomst});
  }
  return rows;
}

}  // namespace

void to_json(json& j, const RankRow& r) {
  j = {{"rang", r.rang},
       {"naam", r.naam},
       {"url", r.url},
       {"waarde", r.waarde},
       {"deciel", r.deciel},
       {"verandering_vorige", r.verandering_vorige},
       {"verandering_basis", r.verandering_basis},
       {"index", r.index},
       {"nederland", r.nederland},
       {"oordeel", r.oordeel}};
}

void to_json(json& j, const GroupFigure& g) { j = {{"naam", g.naam}, {"waarde", g.waarde}, {"herkomst", g.herkomst}}; }

void to_json(json& j, const IndicatorView& i) {
  j = {{"id", i.id},
       {"naam", i.naam},
       {"definitie", i.definitie},
       {"eenheid", i.eenheid},
       {"bron", i.bron},
       {"thema", i.thema},
       {"richting", i.richting},
       {"berekening", i.berekening},
       {"aggregatie", i.aggregatie},
       {"tolerantie", i.tolerantie},
       {"periode", i.periode},
       {"vorige_periode", i.vorige_periode},
       {"basisperiode", i.basisperiode},
       {"heeft_vorige", i.heeft_vorige},
       {"heeft_basis", i.heeft_basis},
       {"perioden", i.perioden},
       {"rijen", i.rijen},
       {"heeft_rijen", !i.rijen.empty()},
       {"aantal_met_waarde", i.aantal_met_waarde},
       {"rang_uitleg", i.rang_uitleg},
       {"deciel_uitleg", i.deciel_uitleg},
       {"groepen", i.groepen},
       {"heeft_groepen", !i.groepen.empty()},
       {"heeft_oordeel", i.heeft_oordeel},
       {"data", i.data},
       {"kaart", i.kaart},
       {"spreiding", i.spreiding}};
}

void to_json(json& j, const IndicatorListItem& i) {
  j = {{"naam", i.naam}, {"url", i.url}, {"eenheid", i.eenheid}, {"periode", i.periode}};
}

void to_json(json& j, const IndicatorTheme& t) { j = {{"thema", t.thema}, {"indicatoren", t.indicatoren}}; }

json IndicatorPage::to_json() const {
  json j = page.to_json();
  j["indicator"] = indicator;
  return j;
}

json IndicatorListPage::to_json() const {
  json j = page.to_json();
  j["themas"] = themas;
  return j;
}

std::string rank_explanation(const Indicator& ind, int n, const std::string& period) {
  std::string s = fmt::format("Rang: de plaats onder de {} {} met een cijfer over {}, 1 voor het hoogste cijfer",
                              number_in_words(n), n == 1 ? "gemeente" : "gemeenten", period);
  // A decile ranks coarsely: many gemeenten share one, and so their rank.
  return s + (ind.eenheid == Unit::deciel ? "; gemeenten in hetzelfde deciel delen een rang."
                                          : "; gelijke cijfers delen een rang.");
}

std::string decile_explanation(const Indicator& ind, int n) {
  if (ind.eenheid == Unit::deciel)
    return "Deciel: het cijfer zelf, zoals de bron het berekende; het is niet opnieuw uitgerekend over deze gemeenten.";
  if (n < kMinGemeentenForDecile)
    return fmt::format("Deciel: pas vanaf {} gemeenten met een cijfer; hier {}.", kMinGemeentenForDecile, n);
  return fmt::format("Deciel: over deze {} gemeenten; deciel 10 bevat de hoogste cijfers.", n);
}

IndicatorView indicator_context(const SiteData& site, const Indicator& ind, const std::string& root,
                                const chart::MapGeometry* map) {
  const Period p = current_period(site, ind.id);
  const std::optional<Period>& basis = site.content.settings.basisperiode;
  IndicatorView v;
  v.rijen = ranking(site, ind, p, root);
  v.groepen = group_figures(site, ind, p);
  bool any_base = false;
  for (const RankRow& r : v.rijen) {
    v.aantal_met_waarde += !r.rang.empty();
    v.heeft_vorige |= r.verandering_vorige != "–";
    any_base |= r.verandering_basis != "–";
  }
  v.heeft_basis = basis && any_base;
  v.rang_uitleg = rank_explanation(ind, v.aantal_met_waarde, p.label());
  v.deciel_uitleg = decile_explanation(ind, v.aantal_met_waarde);
  for (const Period& q : site.data.periods(ind.id)) v.perioden.push_back(q.label());
  v.id = ind.id;
  v.naam = ind.naam;
  v.definitie = ind.definitie;
  v.eenheid = unit_description(ind);
  v.bron = ind.bron;
  v.thema = ind.thema;
  v.richting = direction_description(ind);
  v.berekening = calculation_description(site.content, ind);
  v.aggregatie = aggregation_description(site.content, ind);
  v.tolerantie = format_decimal(ind.tolerantie * 100, 0) + "%";
  v.periode = p.label();
  v.vorige_periode = p.previous().label();
  v.basisperiode = basis ? basis->label() : "";
  v.heeft_oordeel = ind.richting != Direction::neutraal;
  v.data = root + "data/benchmark.csv";
  // The map and the spread of the current period; an indicator without figures has neither.
  FigureRequest request;
  request.indicator = &ind;
  request.root = root;
  try {
    FigureInfo info;
    request.id = "spreiding-svg";
    chart::SpreadChart spread = spread_figure(site, request, info);
    v.spreiding = chart::figure_html({"spreiding", "Figuur 1: " + info.titel, info.bron},
                                     chart::spread_chart_svg(spread), chart::spread_chart_table(spread));
    if (map && !map->gemeenten.areas.empty() && !site.content.settings.anonimiseren) {
      request.id = "kaart-svg";
      chart::MapChart m = map_figure(site, *map, request, info);
      v.kaart =
          chart::figure_html({"kaart", "Figuur 2: " + info.titel, info.bron}, chart::map_svg(m), chart::map_table(m));
    }
  } catch (const FigureProblem&) {
    // No gemeente has a figure in this period: the page says so under the ranking.
  }
  return v;
}

std::vector<IndicatorTheme> indicator_list_context(const SiteData& site, const std::string& root) {
  std::vector<IndicatorTheme> themes;
  std::vector<std::string> order;
  for (const Indicator& i : site.content.indicators)
    if (std::find(order.begin(), order.end(), i.thema) == order.end()) order.push_back(i.thema);
  for (const std::string& t : order) {
    IndicatorTheme theme{t.empty() ? "Overige indicatoren" : t, {}};
    for (const Indicator& i : site.content.indicators)
      if (i.thema == t)
        theme.indicatoren.push_back(
            {i.naam, root + indicator_page_path(i.id), unit_description(i), current_period(site, i.id).label()});
    themes.push_back(std::move(theme));
  }
  return themes;
}

}  // namespace spiegel
