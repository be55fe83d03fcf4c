#include "assemble/figures.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "assemble/benchmark_table.h"
#include "assemble/comparison_units.h"
#include "assemble/number_format.h"
#include "assemble/pages.h"
#include "base/text.h"

namespace spiegel {

namespace {

chart::Point point_of(const Indicator& ind, const Value* v) {
  chart::Point p;
  if (v && v->usable()) p.value = v->waarde;
  p.shown = v ? format_value(ind, v->waarde, v->status) : "–";
  p.voorlopig = v && v->status == Status::voorlopig;
  p.herberekend = v && v->herberekend;
  if (p.herberekend && p.value) p.shown += "†";
  return p;
}

/// 100 × value / value in the basisperiode, printed as the tables print it.
chart::Point index_point(const Value* v, const Value* base) {
  chart::Point p;
  p.value = index_of(v, base);
  p.shown = p.value ? format_decimal(*p.value, 0) : v && v->status == Status::geheim ? "x" : "–";
  p.voorlopig = v && v->status == Status::voorlopig;
  if (p.voorlopig && p.value) p.shown += "*";
  p.herberekend = v && v->herberekend;
  if (p.herberekend && p.value) p.shown += "†";
  return p;
}

chart::AxisFormat axis_of(const Indicator& ind) {
  // Built whole: assigning to a member string trips GCC 12's -Wrestrict false positive.
  switch (ind.eenheid) {
    case Unit::procent:
      return {"", "%", ""};
    case Unit::euro:
      return {"€ ", "", ""};
    case Unit::per_1000:
      return {"", "", "per 1.000"};
    default:
      return {};
  }
}

/// How the gemeente compares with Nederland, for an indicator with a richting.
chart::Tone tone_of(const SiteData& site, const std::string& code, const Indicator& ind, const Period& p) {
  const Group* nl = national_group(site);
  if (ind.richting == Direction::neutraal || !nl) return chart::Tone::neutral;
  std::optional<Comparison> c = compare_with(site, code, ind, p, *nl);
  if (!c) return chart::Tone::neutral;
  switch (c->oordeel) {
    case Judgement::gunstiger:
      return chart::Tone::better;
    case Judgement::ongunstiger:
      return chart::Tone::worse;
    case Judgement::vergelijkbaar:
      return chart::Tone::similar;
    default:
      return chart::Tone::neutral;
  }
}

/// "onder Nederland (7,2%)"; "" when either figure is missing.
std::string comparison_clause(const SiteData& site, const Indicator& ind, const std::string& code, const Period& p,
                              const Group& group) {
  const Value* own = site.data.get(code, ind.id, p);
  const Value* ref = site.data.get(group.id, ind.id, p);
  if (!usable(own) || !usable(ref)) return "";
  const std::string ref_text = format_value(ind, ref->waarde, ref->status);
  const std::string who = group_in_sentence(site, group);
  if (same_when_shown(ind, *own->waarde, *ref->waarde)) return fmt::format("gelijk aan {} ({})", who, ref_text);
  std::optional<Comparison> c = compare_with(site, code, ind, p, group);
  const char* where = !c                              ? "naast"
                      : c->positie == Position::lager ? "onder"
                      : c->positie == Position::hoger ? "boven"
                                                      : "op het niveau van";
  std::string judged = !c || c->oordeel == Judgement::geen    ? ""
                       : c->oordeel == Judgement::gunstiger   ? ", gunstiger"
                       : c->oordeel == Judgement::ongunstiger ? ", ongunstiger"
                                                              : "";
  return fmt::format("{} {} ({}{})", where, who, ref_text, judged);
}

/// "Deventer ligt in 1e halfjaar 2020 met 6,7% onder de referentiegroep (7,5%) en onder Nederland (7,2%)."
std::string position_sentence(const SiteData& site, const Indicator& ind, const Gemeente& g, const Period& p,
                              const std::vector<const Group*>& groups) {
  const std::string name = site.display_name(g.code);
  const Value* own = site.data.get(g.code, ind.id, p);
  if (!usable(own))
    return fmt::format("Van {} is over {} {}.", name, p.label(),
                       own && own->status == Status::geheim ? "het cijfer geheim" : "geen cijfer");
  std::vector<std::string> clauses;
  for (const Group* group : groups) {
    std::string c = comparison_clause(site, ind, g.code, p, *group);
    if (!c.empty()) clauses.push_back(c);
  }
  const std::string value = format_value(ind, own->waarde, own->status);
  if (clauses.empty()) return fmt::format("{} heeft in {} {}.", name, p.label(), value);
  return fmt::format("{} ligt in {} met {} {}.", name, p.label(), value, list_in_words(clauses));
}

const Gemeente& report_gemeente(const FigureRequest& r, const std::string& what) {
  if (!r.gemeente)
    throw FigureProblem{fmt::format("{} vergelijkt een gemeente en staat daarom alleen in een rapport", what)};
  return *r.gemeente;
}

/// The groups a line or bar is set beside: as asked, else the referentiegroep and Nederland.
std::vector<const Group*> compared_groups(const SiteData& site, const FigureRequest& r) {
  if (!r.groups.empty()) return r.groups;
  std::vector<const Group*> out;
  if (const Group* ref = r.gemeente ? reference_group(site, r.gemeente->code) : nullptr) out.push_back(ref);
  if (const Group* nl = national_group(site)) out.push_back(nl);
  return out;
}

std::string source_of(const Indicator& ind) { return ind.bron.empty() ? "" : fmt::format("Bron: {}.", ind.bron); }

/// Classes for the map and the bands of the spread: deciles, or quintiles for
/// fewer than 50 gemeenten with a figure (a decile of three is no class).
struct Classes {
  int count = 0;
  std::vector<double> low, high;  ///< per class; low > high for a class without gemeenten
  std::map<std::string, int> of_code;
  std::vector<double> values;
};

Classes classes_of(const SiteData& site, const Indicator& ind, const Period& p) {
  Classes c;
  std::vector<std::pair<std::string, double>> ranked;
  for (const Gemeente& g : site.content.registry.gemeenten) {
    const Value* v = site.data.get(g.code, ind.id, p);
    const Derived* d = site.benchmark.derived.get(g.code, ind.id, p);
    if (usable(v) && d && d->rang) ranked.push_back({g.code, *v->waarde});
  }
  const int n = static_cast<int>(ranked.size());
  // The class follows from the position among the ranked gemeenten, not from Derived::deciel:
  // that is left empty below kMinGemeentenForDecile, while a map of 28 gemeenten still has
  // quintiles to show. Ties take the class of their middle position, like a decile.
  std::vector<double> sorted;
  for (const auto& [code, x] : ranked) sorted.push_back(x);
  std::sort(sorted.begin(), sorted.end());
  c.count = n >= 50 ? 10 : n >= 10 ? 5 : n > 0 ? 1 : 0;
  c.low.assign(c.count, 1e300);
  c.high.assign(c.count, -1e300);
  for (const auto& [code, x] : ranked) {
    const auto [lo, hi] = std::equal_range(sorted.begin(), sorted.end(), x);
    const int position = decile(static_cast<int>(lo - sorted.begin()), static_cast<int>(hi - lo), n);
    const int k = (position - 1) * c.count / 10;
    c.of_code[code] = k;
    c.low[k] = std::min(c.low[k], x);
    c.high[k] = std::max(c.high[k], x);
    c.values.push_back(x);
  }
  return c;
}

std::vector<std::string> legend_of(const Classes& c, const Indicator& ind) {
  std::vector<std::string> out;
  for (int k = 0; k < c.count; ++k) {
    if (c.low[k] > c.high[k]) {
      out.push_back("geen gemeenten");
      continue;
    }
    std::string lo = format_value(ind, c.low[k]), hi = format_value(ind, c.high[k]);
    out.push_back(lo == hi ? lo : fmt::format("{} tot {}", lo, hi));
  }
  return out;
}

}  // namespace

std::optional<ChartKind> chart_kind(const std::string& name) {
  if (name == "lijn") return ChartKind::lijn;
  if (name == "index") return ChartKind::index;
  if (name == "staaf") return ChartKind::staaf;
  if (name == "spreiding") return ChartKind::spreiding;
  return std::nullopt;
}

const std::vector<std::string>& chart_kind_names() {
  static const std::vector<std::string> names = {"lijn", "index", "staaf", "spreiding"};
  return names;
}

chart::LineChart line_figure(const SiteData& site, const FigureRequest& r, bool index, FigureInfo& info) {
  const Indicator& ind = *r.indicator;
  const Gemeente& g = report_gemeente(r, index ? "grafiek soort=index" : "grafiek soort=lijn");
  const Period tot = r.periode ? *r.periode : current_period(site, ind.id);
  std::optional<Period> van = r.van;
  const std::optional<Period>& basis = site.content.settings.basisperiode;
  if (index) {
    if (!basis) throw FigureProblem{"grafiek soort=index: zet 'basisperiode' in spiegel.yaml (bijvoorbeeld 2017-H1)"};
    if (basis->kind != tot.kind || !(*basis < tot))
      throw FigureProblem{
          fmt::format("grafiek soort=index: de basisperiode {} ligt niet vóór {} of is een ander soort periode",
                      basis->key(), tot.key())};
    van = basis;
  }
  chart::LineChart out;
  for (const Period& p : site.data.periods(ind.id))
    if (p.kind == tot.kind && !(van && p < *van) && !(tot < p)) out.periods.push_back(p);
  if (out.periods.empty())
    throw FigureProblem{fmt::format("grafiek: '{}' heeft geen cijfers tot en met {}", ind.id, tot.label())};

  auto series = [&](const std::string& unit, const std::string& name, chart::Role role) {
    chart::Series s{name, role, chart::Tone::neutral, {}};
    const Value* base = basis ? site.data.get(unit, ind.id, *basis) : nullptr;
    for (const Period& p : out.periods) {
      const Value* v = site.data.get(unit, ind.id, p);
      s.points.push_back(index ? index_point(v, base) : point_of(ind, v));
    }
    return s;
  };
  const std::vector<const Group*> groups = compared_groups(site, r);
  out.series.push_back(series(g.code, site.display_name(g.code), chart::Role::own));
  out.series.back().tone = tone_of(site, g.code, ind, out.periods.back());
  if (index)
    for (const Gemeente* peer : peers_of(site, g))
      out.series.push_back(series(peer->code, site.display_name(peer->code), chart::Role::member));
  for (const Group* group : groups)
    out.series.push_back(series(group->id, group_label(site, *group), chart::Role::group));

  const std::string name = site.display_name(g.code);
  out.text.id = r.id;
  if (index) {
    out.axis.title = fmt::format("index ({} = 100)", basis->label());
    out.baseline = 100;
    info.titel = fmt::format("{}: index ({} = 100), {} en referentiegroep", ind.naam, basis->label(), name);
    std::vector<std::string> last;
    for (const chart::Series& s : out.series)
      if (s.role != chart::Role::member && s.points.back().value)
        last.push_back(fmt::format("{} {}",
                                   s.role == chart::Role::own    ? s.name
                                   : s.name == "Referentiegroep" ? "de referentiegroep"
                                                                 : s.name,
                                   s.points.back().shown));
    out.text.description = fmt::format("{} als index, {} = 100. In {}: {}.", ind.naam, basis->label(), tot.label(),
                                       last.empty() ? "geen cijfers" : list_in_words(last));
  } else {
    out.axis = axis_of(ind);
    info.titel = fmt::format("{}: {} vergeleken", ind.naam, name);
    std::string text = position_sentence(site, ind, g, out.periods.back(), groups);
    const Value* first = site.data.get(g.code, ind.id, out.periods.front());
    const Value* now = site.data.get(g.code, ind.id, out.periods.back());
    if (out.periods.size() > 1 && usable(first) && usable(now)) {
      const std::string a = format_value(ind, first->waarde), b = format_value(ind, now->waarde);
      text += a == b ? fmt::format(" Sinds {} gelijk gebleven.", out.periods.front().label())
                     : fmt::format(" Sinds {} {} van {} naar {}.", out.periods.front().label(),
                                   *now->waarde > *first->waarde ? "gestegen" : "gedaald", a, b);
    }
    out.text.description = text;
  }
  out.text.title = info.titel;
  info.bron = source_of(ind);
  return out;
}

chart::BarChart bar_figure(const SiteData& site, const FigureRequest& r, FigureInfo& info) {
  const Indicator& ind = *r.indicator;
  const Gemeente& g = report_gemeente(r, "grafiek soort=staaf");
  const Period p = r.periode ? *r.periode : current_period(site, ind.id);
  chart::BarChart out;
  out.period_label = p.label();
  out.axis = axis_of(ind);
  auto bar = [&](const std::string& unit, const std::string& label, chart::Role role) {
    return chart::Bar{label, point_of(ind, site.data.get(unit, ind.id, p)), role, chart::Tone::neutral};
  };
  out.bars.push_back(bar(g.code, site.display_name(g.code), chart::Role::own));
  out.bars.back().tone = tone_of(site, g.code, ind, p);
  for (const Gemeente* peer : peers_of(site, g))
    out.bars.push_back(bar(peer->code, site.display_name(peer->code), chart::Role::member));
  for (const Group* group : r.groups.empty() ? default_groups(site, g) : r.groups) {
    chart::Bar b = bar(group->id, group_label(site, *group), chart::Role::group);
    // A group without a figure here (not computed, not in the source) says nothing, as in the table.
    if (!b.point.value && r.groups.empty()) continue;
    out.bars.push_back(std::move(b));
  }
  info.titel = fmt::format("{}: {} vergeleken, {}", ind.naam, site.display_name(g.code), p.label());
  info.bron = source_of(ind);
  out.text = {r.id, info.titel, position_sentence(site, ind, g, p, compared_groups(site, r))};
  return out;
}

chart::SpreadChart spread_figure(const SiteData& site, const FigureRequest& r, FigureInfo& info) {
  const Indicator& ind = *r.indicator;
  const Period p = r.periode ? *r.periode : current_period(site, ind.id);
  const Classes c = classes_of(site, ind, p);
  if (c.values.empty())
    throw FigureProblem{
        fmt::format("grafiek soort=spreiding: geen gemeente heeft een cijfer voor '{}' over {}", ind.id, p.label())};
  chart::SpreadChart out;
  out.period_label = p.label();
  out.axis = axis_of(ind);
  out.values = c.values;
  for (int k = 0; k + 1 < c.count; ++k)
    if (c.low[k] <= c.high[k] && c.low[k + 1] <= c.high[k + 1])
      out.decile_bounds.push_back((c.high[k] + c.low[k + 1]) / 2);
  std::vector<const Group*> groups = compared_groups(site, r);
  for (const Group* group : groups) {
    const Value* v = site.data.get(group->id, ind.id, p);
    if (usable(v)) out.references.push_back({group_label(site, *group), point_of(ind, v), chart::Role::group, {}});
  }
  const auto [lo, hi] = std::minmax_element(c.values.begin(), c.values.end());
  std::string text = fmt::format("{} gemeenten hebben een cijfer over {}, van {} tot {}.", c.values.size(), p.label(),
                                 format_value(ind, *lo), format_value(ind, *hi));
  if (r.gemeente) {
    const Gemeente& g = *r.gemeente;
    const Value* v = site.data.get(g.code, ind.id, p);
    out.own = chart::Bar{site.display_name(g.code), point_of(ind, v), chart::Role::own, tone_of(site, g.code, ind, p)};
    const Derived* d = site.benchmark.derived.get(g.code, ind.id, p);
    if (usable(v) && d && d->rang)
      text += fmt::format(" {} staat met {} op plaats {} van {} (1 is het hoogste cijfer).", site.display_name(g.code),
                          format_value(ind, v->waarde, v->status), *d->rang, d->met_waarde);
  }
  info.titel = r.gemeente ? fmt::format("{}: {} tussen alle gemeenten, {}", ind.naam,
                                        site.display_name(r.gemeente->code), p.label())
                          : fmt::format("{}: alle gemeenten, {}", ind.naam, p.label());
  info.bron = source_of(ind);
  out.text = {r.id, info.titel, text};
  return out;
}

chart::MapChart map_figure(const SiteData& site, const chart::MapGeometry& geometry, const FigureRequest& r,
                           FigureInfo& info) {
  if (site.content.settings.anonimiseren)
    throw FigureProblem{
        "kaart: deze monitor is geanonimiseerd (anonimiseren: true in spiegel.yaml); een kaart zou laten zien om "
        "welke gemeente het gaat"};
  const Indicator& ind = *r.indicator;
  const Period p = r.periode ? *r.periode : current_period(site, ind.id);
  const Classes c = classes_of(site, ind, p);
  if (c.values.empty())
    throw FigureProblem{fmt::format("kaart: geen gemeente heeft een cijfer voor '{}' over {}", ind.id, p.label())};
  chart::MapChart out;
  out.geometry = &geometry;
  out.legend = legend_of(c, ind);
  int off_map = 0;
  for (const auto& [code, klass] : c.of_code) {
    const Gemeente& g = *site.content.registry.find(code);
    const std::string link = report_link(site, g);
    const Value& v = *site.data.get(code, ind.id, p);  // classes_of took only gemeenten with a figure
    out.areas[code] = {klass, site.display_name(code), format_value(ind, v.waarde, v.status),
                       link.empty() ? "" : r.root + link};
    off_map += geometry.gemeenten.by_code.count(code) ? 0 : 1;
  }
  std::string text = fmt::format(
      "Kaart van Nederland: {} per gemeente over {}, in {} klassen van laag (licht) naar hoog (donker); gemeenten "
      "zonder cijfer zijn gearceerd.",
      ind.naam, p.label(), c.count);
  if (off_map)
    text += fmt::format(" {} {} met een cijfer {} niet op deze kaart.", off_map,
                        off_map == 1 ? "gemeente" : "gemeenten", off_map == 1 ? "staat" : "staan");
  info.titel = fmt::format("{} per gemeente, {}", ind.naam, p.label());
  info.bron =
      ind.bron.empty() ? "Kaartgegevens: CBS/PDOK." : fmt::format("Bron: {}; kaartgegevens: CBS/PDOK.", ind.bron);
  out.text = {r.id, info.titel, text};
  if (r.gemeente) mark_on_map(out, site, *r.gemeente);
  return out;
}

void mark_on_map(chart::MapChart& chart, const SiteData& site, const Gemeente& gemeente) {
  chart.outlined = gemeente.code;
  auto own = chart.areas.find(gemeente.code);
  const std::size_t k = own == chart.areas.end() ? chart.legend.size() : static_cast<std::size_t>(own->second.klass);
  chart.text.description +=
      k < chart.legend.size()
          ? fmt::format(" {} valt in de klasse {}.", site.display_name(gemeente.code), chart.legend[k])
          : fmt::format(" {} heeft geen cijfer.", site.display_name(gemeente.code));
}

chart::MapChart monitor_map(const SiteData& site, const chart::MapGeometry& geometry, const std::string& root) {
  chart::MapChart out;
  out.geometry = &geometry;
  out.legend = {"gemeente in deze monitor"};
  out.no_data_label = "andere gemeente";
  out.hatch_missing = false;
  std::vector<std::string> names;
  for (const Report& report : site.content.reports) {
    const Gemeente* g = site.content.registry.find(report.gemeente);
    if (!g) continue;
    out.areas[g->code] = {0, site.display_name(g->code), "rapport", root + report_path(site, *g)};
    names.push_back(site.display_name(g->code));
    out.named.push_back(g->code);
  }
  out.text = {"kaart-monitor", "De gemeenten in deze monitor",
              fmt::format("Kaart van Nederland met de {} gemeenten van deze monitor: {}.",
                          number_in_words(names.size()), list_in_words(names))};
  return out;
}

}  // namespace spiegel
