// The shortcodes that set a gemeente beside others: a comparison or a trend
// in a sentence, and the benchmark and kenmerken tables.
#include <fmt/format.h>

#include <algorithm>

#include "assemble/benchmark_table.h"
#include "assemble/comparison_units.h"
#include "assemble/number_format.h"
#include "base/edit_distance.h"
#include "base/theme_names.h"
#include "render/benchmark_table_html.h"
#include "render/block_html.h"
#include "render/shortcode_args.h"
#include "text/blocks.h"

namespace spiegel {

namespace {

/// The unit a sentence shortcode speaks about: gemeente= or groep=, else the report's gemeente.
std::string unit_of(const ShortcodeArgs& args, const ShortcodeContext& ctx, const std::string& shortcode,
                    std::string& name) {
  if (!args.named("gemeente").empty() && !args.named("groep").empty())
    throw ShortcodeProblem{fmt::format("{}: geef gemeente= of groep=, niet allebei", shortcode), ""};
  if (!args.named("groep").empty()) {
    const Group& g = group_arg(ctx, args.named("groep"), shortcode);
    name = group_in_sentence(ctx.site, g);
    return g.id;
  }
  const Gemeente& g = args.named("gemeente").empty() ? gemeente_of(ctx, shortcode)
                                                     : gemeente_arg(ctx.site, args.named("gemeente"), shortcode);
  name = ctx.site.display_name(g.code);
  return g.code;
}

Fragment block_fragment(std::string html, std::string text) {
  return Fragment{std::move(html), std::move(text), true, ""};
}

/// "vergelijk ind met=groep [periode=p] [gemeente=g] [leeg=…]": "lager dan Nederland (7,2%)".
Fragment vergelijk(const ShortcodeCall& call, const ShortcodeContext& ctx) {
  ShortcodeArgs args(call, {"met", "periode", "gemeente", "leeg"}, 1);
  const SiteData& site = ctx.site;
  const Indicator& ind = indicator_arg(site, args.positional(0), "vergelijk");
  const Group& group = group_arg(ctx, args.named("met"), "vergelijk");
  Period p = indicator_period_arg(site, ind, args.named("periode"), "vergelijk");
  const Gemeente& g = args.named("gemeente").empty() ? gemeente_of(ctx, "vergelijk")
                                                     : gemeente_arg(site, args.named("gemeente"), "vergelijk");
  const Value* own = site.data.get(g.code, ind.id, p);
  const Value* ref = site.data.get(group.id, ind.id, p);
  if (!has_figure(own)) return missing_figure(call, site, ind, g.code, p);
  if (!has_figure(ref)) return missing_figure(call, site, ind, group.id, p);
  // A geheim figure is published as such: the sentence says why it cannot compare.
  const std::string who = group_in_sentence(site, group);
  if (!usable(ref)) return text_fragment(fmt::format("niet te vergelijken met {} (geheim over {})", who, p.label()));
  const std::string ref_text = format_value(ind, ref->waarde, ref->status);
  if (!usable(own))
    return text_fragment(fmt::format("niet te vergelijken met {} ({}: geheim)", who, site.display_name(g.code)));
  // Equal as printed reads as equal, even when the unrounded figures differ.
  if (same_when_shown(ind, *own->waarde, *ref->waarde))
    return text_fragment(fmt::format("gelijk aan {} ({})", who, ref_text));
  Comparison c = *compare_with(site, g.code, ind, p, group);
  const char* words = c.positie == Position::hoger   ? "hoger dan"
                      : c.positie == Position::lager ? "lager dan"
                                                     : "vergelijkbaar met";
  return text_fragment(fmt::format("{} {} ({})", words, who, ref_text));
}

/// "trend ind [van=p] [tot=p] [gemeente=g|groep=g] [leeg=…]": "gedaald van 8,1% naar 6,7%".
Fragment trend(const ShortcodeCall& call, const ShortcodeContext& ctx) {
  ShortcodeArgs args(call, {"van", "tot", "gemeente", "groep", "leeg"}, 1);
  const SiteData& site = ctx.site;
  const Indicator& ind = indicator_arg(site, args.positional(0), "trend");
  std::string name;
  const std::string unit = unit_of(args, ctx, "trend", name);
  Period tot = indicator_period_arg(site, ind, args.named("tot"), "trend");
  Period van;
  const std::optional<Period>& basis = site.content.settings.basisperiode;
  if (!args.named("van").empty()) {
    van = indicator_period_arg(site, ind, args.named("van"), "trend");
  } else if (basis && basis->kind == tot.kind && *basis < tot) {
    van = *basis;
  } else {
    // No basisperiode of this kind (a yearly figure in a half-year monitor): the series' first figure.
    const Dataset::Series* s = site.data.series(unit, ind.id);
    const Dataset::Series::value_type* first = nullptr;
    const Period* geheim = nullptr;
    if (s)
      for (const auto& e : *s) {
        if (e.first.kind != tot.kind || !(e.first < tot)) continue;
        if (!geheim && has_figure(&e.second) && !usable(&e.second)) geheim = &e.first;
        if (usable(&e.second)) {
          first = &e;
          break;
        }
      }
    if (!first && geheim) return text_fragment(fmt::format("niet te bepalen (geheim over {})", geheim->label()));
    if (!first) return missing_figure(call, site, ind, unit, tot, /*before=*/true);
    van = first->first;
  }
  if (!(van < tot))
    throw ShortcodeProblem{fmt::format("trend: 'van' ({}) moet vóór 'tot' ({}) liggen", van.key(), tot.key()), ""};
  const Value* a = site.data.get(unit, ind.id, van);
  const Value* b = site.data.get(unit, ind.id, tot);
  if (!has_figure(a)) return missing_figure(call, site, ind, unit, van);
  if (!has_figure(b)) return missing_figure(call, site, ind, unit, tot);
  if (!usable(a) || !usable(b))
    return text_fragment(fmt::format("niet te bepalen (geheim over {})", (usable(a) ? tot : van).label()));
  std::string from = format_value(ind, a->waarde, a->status), to = format_value(ind, b->waarde, b->status);
  if (same_when_shown(ind, *a->waarde, *b->waarde)) return text_fragment(fmt::format("gelijk gebleven op {}", to));
  return text_fragment(fmt::format("{} van {} naar {}", *b->waarde > *a->waarde ? "gestegen" : "gedaald", from, to));
}

/// The indicators of a theme, in indicatoren.yaml order.
std::vector<const Indicator*> theme_indicators(const SiteData& site, const std::string& thema) {
  std::vector<const Indicator*> out;
  std::vector<std::string> themes;
  for (const Indicator& i : site.content.indicators) {
    if (theme_key(i.thema) == theme_key(thema)) out.push_back(&i);  // themes merge as in indicatoren.yaml
    if (!i.thema.empty() && std::find(themes.begin(), themes.end(), i.thema) == themes.end()) themes.push_back(i.thema);
  }
  if (out.empty())
    throw ShortcodeProblem{fmt::format("tabel: geen indicatoren met thema '{}'", thema), suggest(thema, themes)};
  return out;
}

/// Whether index columns are wanted for `ind`: index=ja, or index=a,b naming it.
bool wants_index(const std::string& arg, const Indicator& ind) {
  if (arg.empty() || arg == "nee") return false;
  if (arg == "ja") return ind.eenheid != Unit::index && ind.eenheid != Unit::deciel;
  std::vector<std::string> ids = list_arg(arg);
  return std::find(ids.begin(), ids.end(), ind.id) != ids.end();
}

/// The table as HTML, captioned "Tabel n: …" with the number and id it has
/// among the text's tables, and offered for download under its id (so
/// tabel-2.csv beside the page, or the name `id=` pins), with the link under it.
Fragment numbered_table(BenchmarkTable t, const ShortcodeCall& call, const ShortcodeContext& ctx) {
  const Block* b = ctx.blocks ? shortcode_block(*ctx.blocks, call) : nullptr;
  std::string id = b ? b->id : fmt::format("tabel-r{}k{}", call.loc.line, call.loc.column);
  if (b) t.caption = fmt::format("{}: {}", block_title(*b), t.caption);
  std::string html = benchmark_table_html(t, page_root(ctx), id);
  if (b && ctx.downloads) {
    html += download_links_html(id);
    ctx.downloads->push_back({id, block_title(*b), t});
  }
  return block_fragment(std::move(html), t.caption);
}

/// "tabel indicatoren=a,b@2017-H1 | thema=t [periode=p] [index=ja|a,b] [groepen=…] [titel=…]",
/// or for one indicator its periods as columns: "tabel indicatoren=a [van=] [tot=] [perioden=p,q]".
Fragment tabel(const ShortcodeCall& call, const ShortcodeContext& ctx) {
  ShortcodeArgs args(call,
                     {"indicatoren", "indicator", "thema", "periode", "perioden", "van", "tot", "index", "groepen",
                      "titel", "id", "editie"},
                     0);
  const SiteData& site = ctx.site;
  const Gemeente& gemeente = gemeente_of(ctx, "tabel");
  std::string list = args.named("indicatoren").empty() ? args.named("indicator") : args.named("indicatoren");
  if (!list.empty() && !args.named("thema").empty())
    throw ShortcodeProblem{"tabel: geef indicatoren= of thema=, niet allebei", ""};
  if (list.empty() && args.named("thema").empty())
    throw ShortcodeProblem{"tabel: welke cijfers? Schrijf indicatoren=a,b of thema=\"Kosten van jeugdhulp\"", ""};
  const std::string index_arg = args.named("index");
  if (!index_arg.empty() && index_arg != "ja" && index_arg != "nee")
    for (const std::string& id : list_arg(index_arg)) indicator_arg(site, id, "tabel index");
  if (!index_arg.empty() && !site.content.settings.basisperiode)
    throw ShortcodeProblem{"tabel: een indexkolom vraagt om 'basisperiode' in spiegel.yaml", ""};

  // Each requested column: an indicator, with the period written after '@' if any.
  std::vector<std::pair<const Indicator*, std::optional<Period>>> wanted;
  if (!list.empty()) {
    for (const std::string& item : list_arg(list)) {
      auto at = item.find('@');
      const Indicator& ind = indicator_arg(site, item.substr(0, at), "tabel");
      std::optional<Period> p;
      if (at != std::string::npos) p = period_arg(site, item.substr(at + 1), "tabel");
      wanted.emplace_back(&ind, p);
    }
  } else {
    for (const Indicator* ind : theme_indicators(site, args.named("thema"))) wanted.emplace_back(ind, std::nullopt);
  }

  TableSpec spec;
  spec.titel = args.named("titel");
  spec.kop = args.named("thema");
  const bool one = wanted.size() == 1 && !wanted[0].second && args.named("periode").empty();
  if (one) {
    // One indicator: its periods side by side, up to the current one, with the index of the last.
    const Indicator& ind = *wanted[0].first;
    spec.kop = ind.naam;
    std::vector<Period> periods;
    if (!args.named("perioden").empty()) {
      for (const std::string& p : list_arg(args.named("perioden"))) periods.push_back(period_arg(site, p, "tabel"));
    } else {
      Period van = args.named("van").empty() ? Period{} : period_arg(site, args.named("van"), "tabel");
      Period tot =
          args.named("tot").empty() ? current_period(site, ind.id) : period_arg(site, args.named("tot"), "tabel");
      for (const Period& p : site.data.periods(ind.id))
        if ((args.named("van").empty() || !(p < van)) && !(tot < p)) periods.push_back(p);
    }
    if (periods.empty())
      throw ShortcodeProblem{fmt::format("tabel: geen cijfers van '{}' in die perioden", ind.id), ""};
    for (const Period& p : periods) spec.columns.push_back({&ind, p, false});
    if (wants_index(index_arg, ind)) spec.columns.push_back({&ind, periods.back(), true});
  } else {
    if (!args.named("van").empty() || !args.named("tot").empty() || !args.named("perioden").empty())
      throw ShortcodeProblem{
          "tabel: van=, tot= en perioden= gelden alleen voor een tabel van één indicator; "
          "kies hier de periode per kolom met indicator@periode",
          ""};
    Period common = args.named("periode").empty() ? Period{} : period_arg(site, args.named("periode"), "tabel");
    for (std::size_t i = 0; i < wanted.size(); ++i) {
      // Named, not a structured binding: clang before 16 cannot capture one in the lambda below.
      const Indicator* ind = wanted[i].first;
      const auto& at = wanted[i].second;
      Period p = at ? *at : !args.named("periode").empty() ? common : current_period(site, ind->id);
      spec.columns.push_back({ind, p, false});
      // The index comes after the indicator's last column.
      bool last = std::none_of(wanted.begin() + i + 1, wanted.end(), [&](const auto& w) { return w.first == ind; });
      if (last && wants_index(index_arg, *ind)) spec.columns.push_back({ind, p, true});
    }
  }

  // editie=2023: after each indicator's columns, its figure as that edition had it, in that edition's period.
  if (const std::string jaar = args.named("editie"); !jaar.empty()) {
    const SiteData& earlier = edition_figures(ctx, jaar, "tabel");
    std::vector<ColumnSpec> columns;
    for (std::size_t i = 0; i < spec.columns.size(); ++i) {
      columns.push_back(spec.columns[i]);
      const Indicator* ind = spec.columns[i].indicator;
      if (i + 1 < spec.columns.size() && spec.columns[i + 1].indicator == ind) continue;
      if (earlier.content.indicator(ind->id))
        columns.push_back({ind, current_period(earlier, ind->id), false, &earlier, jaar});
    }
    spec.columns = std::move(columns);
  }

  if (call.named.count("groepen")) {
    spec.groups_given = true;
    for (const std::string& name : list_arg(args.named("groepen")))
      spec.groups.push_back(&group_arg(ctx, name, "tabel groepen"));
  }
  return numbered_table(benchmark_table(site, gemeente, spec), call, ctx);
}

/// "kenmerken kolommen=a,b [titel=…] [bron=…]": registry columns side by side.
Fragment kenmerken(const ShortcodeCall& call, const ShortcodeContext& ctx) {
  ShortcodeArgs args(call, {"kolommen", "titel", "bron", "id"}, 0);
  const SiteData& site = ctx.site;
  const Gemeente& gemeente = gemeente_of(ctx, "kenmerken");
  std::vector<std::string> columns = list_arg(args.named("kolommen"));
  if (columns.empty())
    throw ShortcodeProblem{"kenmerken: welke kolommen van gemeenten.csv? Schrijf bijvoorbeeld kolommen=toegang,inkoop",
                           ""};
  const std::vector<std::string>& known = site.content.registry.columns;
  for (const std::string& c : columns)
    if (std::find(known.begin(), known.end(), c) == known.end())
      throw ShortcodeProblem{fmt::format("kenmerken: gemeenten.csv heeft geen kolom '{}'", c), suggest(c, known)};
  return numbered_table(kenmerken_table(site, gemeente, columns, args.named("titel"), args.named("bron")), call, ctx);
}

}  // namespace

void add_benchmark_shortcodes(ShortcodeTable& table) {
  table["vergelijk"] = vergelijk;
  table["trend"] = trend;
  table["tabel"] = tabel;
  table["kenmerken"] = kenmerken;
}

}  // namespace spiegel
