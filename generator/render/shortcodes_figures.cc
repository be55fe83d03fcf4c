// The shortcodes that draw: `grafiek` (lijn, index, staaf, spreiding) and
// `kaart`. assemble/figures.h chooses what a figure shows, chart/ draws it;
// here the arguments are checked and the figure is numbered with the text's
// other figures.
#include <fmt/format.h>

#include "assemble/figures.h"
#include "base/edit_distance.h"
#include "base/html_escape.h"
#include "chart/charts.h"
#include "chart/figure_html.h"
#include "render/shortcode_args.h"
#include "text/blocks.h"

namespace spiegel {

namespace {

/// The request common to both: indicator (named or first), periode=, groep(en)=.
FigureRequest request_of(const ShortcodeArgs& args, const ShortcodeContext& ctx, const std::string& shortcode) {
  FigureRequest r;
  const std::string id = args.named("indicator").empty() ? args.positional(0) : args.named("indicator");
  if (id.empty())
    throw ShortcodeProblem{fmt::format("{}: welke indicator? Schrijf bijvoorbeeld indicator=jeugdhulp_pct", shortcode),
                           ""};
  r.indicator = &indicator_arg(ctx.site, id, shortcode);
  r.gemeente = ctx.gemeente;
  if (!args.named("periode").empty()) r.periode = period_arg(ctx.site, args.named("periode"), shortcode);
  r.root = page_root(ctx);
  return r;
}

/// The figure's id among the text's figures (figuur-2, or the writer's id=); a
/// place-based one where the text's blocks were not scanned.
std::string figure_id(const ShortcodeCall& call, const ShortcodeContext& ctx) {
  const Block* b = ctx.blocks ? shortcode_block(*ctx.blocks, call) : nullptr;
  return b ? b->id : fmt::format("figuur-r{}k{}", call.loc.line, call.loc.column);
}

/// The id the SVG's inner ids start with: the figure's own, so two figures on a page never share one.
std::string svg_id(const ShortcodeCall& call, const ShortcodeContext& ctx) { return figure_id(call, ctx) + "-svg"; }

/// The figure in its frame, captioned "Figuur n: …" with the number it has among the text's figures.
/// `frame` brings what else the figure has besides its caption and source.
Fragment numbered_figure(const std::string& svg, const std::string& table, const FigureInfo& info,
                         const ShortcodeArgs& args, const ShortcodeCall& call, const ShortcodeContext& ctx,
                         chart::FigureFrame frame = {}) {
  const Block* b = ctx.blocks ? shortcode_block(*ctx.blocks, call) : nullptr;
  const std::string title = args.named("titel").empty() ? info.titel : args.named("titel");
  frame.id = figure_id(call, ctx);
  frame.caption = b ? fmt::format("{}: {}", block_title(*b), title) : title;
  frame.source = info.bron;
  return Fragment{chart::figure_html(frame, svg, table), frame.caption, true, ""};
}

/// "grafiek indicator=a soort=lijn|index|staaf|spreiding [periode=p] [van=p] [groepen=…] [titel=…] [id=…]".
Fragment grafiek(const ShortcodeCall& call, const ShortcodeContext& ctx) {
  ShortcodeArgs args(call, {"indicator", "soort", "periode", "van", "groep", "groepen", "titel", "id"}, 1);
  const std::string soort = args.named("soort").empty() ? "lijn" : args.named("soort");
  std::optional<ChartKind> kind = chart_kind(soort);
  if (!kind)
    throw ShortcodeProblem{fmt::format("grafiek: onbekende soort '{}' (kies lijn, index, staaf of spreiding)", soort),
                           suggest(soort, chart_kind_names())};
  FigureRequest r = request_of(args, ctx, "grafiek");
  if (!args.named("van").empty()) {
    if (kind != ChartKind::lijn) throw ShortcodeProblem{"grafiek: van= geldt alleen voor soort=lijn", ""};
    r.van = period_arg(ctx.site, args.named("van"), "grafiek");
  }
  if (!args.named("groep").empty() && !args.named("groepen").empty())
    throw ShortcodeProblem{"grafiek: geef groep= of groepen=, niet allebei", ""};
  for (const std::string& name : list_arg(args.named("groep") + args.named("groepen")))
    r.groups.push_back(&group_arg(ctx, name, "grafiek"));
  r.id = svg_id(call, ctx);
  FigureInfo info;
  try {
    switch (*kind) {
      case ChartKind::lijn:
      case ChartKind::index: {
        chart::LineChart c = line_figure(ctx.site, r, kind == ChartKind::index, info);
        return numbered_figure(chart::line_chart_svg(c), chart::line_chart_table(c), info, args, call, ctx);
      }
      case ChartKind::staaf: {
        chart::BarChart c = bar_figure(ctx.site, r, info);
        return numbered_figure(chart::bar_chart_svg(c), chart::bar_chart_table(c), info, args, call, ctx);
      }
      case ChartKind::spreiding: {
        chart::SpreadChart c = spread_figure(ctx.site, r, info);
        return numbered_figure(chart::spread_chart_svg(c), chart::spread_chart_table(c), info, args, call, ctx);
      }
    }
  } catch (const FigureProblem& p) {
    throw ShortcodeProblem{p.message, ""};
  }
  return {};
}

/// A report's map. The map of all gemeenten is the same in every report that
/// shows the indicator, period and borders: on a national monitor it would be
/// half of each page. So it is one file, kaarten/<indicator>-<periode>-<grenzen>.svg,
/// shown as an image, and the page lays only its gemeente's outline and name
/// over it. The figures of all gemeenten are on the indicator's page, whose
/// map and ranking show the same period; for another period the table stays here.
Fragment shared_map(FigureRequest r, chart::Borders borders, const std::string& grenzen, const ShortcodeArgs& args,
                    const ShortcodeCall& call, const ShortcodeContext& ctx) {
  const Indicator& ind = *r.indicator;
  const Period current = current_period(ctx.site, ind.id);
  const Period p = r.periode ? *r.periode : current;
  const std::string path = fmt::format("kaarten/{}-{}-{}.svg", ind.id, p.key(), grenzen);
  // Made once per build, not per report: the classes of all gemeenten, and the file.
  const std::shared_ptr<const SharedMap> shared = ctx.shared->maps.get(path, [&] {
    FigureRequest everyone = r;
    everyone.gemeente = nullptr;
    everyone.periode = p;
    everyone.id = "kaart";
    SharedMap made;
    made.chart = map_figure(ctx.site, *ctx.map, everyone, made.info);
    made.chart.borders = borders;
    for (auto& [code, area] : made.chart.areas) area.url.clear();  // an image has no links
    made.file = {path, std::make_shared<const std::string>(chart::map_svg(made.chart))};
    return made;
  });
  const chart::MapChart& map = shared->chart;
  const FigureInfo& info = shared->info;
  ctx.shared_files->push_back(shared->file);
  // What the page draws over it: the gemeente, in the same frame (the legend decides its height).
  chart::MapChart own;
  own.geometry = map.geometry;
  own.legend = map.legend;
  own.no_data_label = map.no_data_label;
  own.text = map.text;
  if (auto it = map.areas.find(ctx.gemeente->code); it != map.areas.end()) own.areas.insert(*it);
  mark_on_map(own, ctx.site, *ctx.gemeente);
  const std::string html = "<div class=\"kaart-vlak\"><img class=\"kaart\" src=\"" + escape_html(r.root + path) +
                           "\" alt=\"" + escape_html(own.text.description) + "\">" + chart::map_marks_svg(own) +
                           "</div>\n";
  if (p == current)
    return numbered_figure(html, "", info, args, call, ctx,
                           {.figures_url = r.root + indicator_page_path(ind.id) + "#kaart", .figures_page = ind.naam});
  return numbered_figure(html, chart::map_table(map), info, args, call, ctx);
}

/// "kaart indicator=a [periode=p] [grenzen=provincie|jeugdregio|geen] [titel=…] [id=…]".
Fragment kaart(const ShortcodeCall& call, const ShortcodeContext& ctx) {
  ShortcodeArgs args(call, {"indicator", "periode", "grenzen", "titel", "id"}, 1);
  if (!ctx.map || ctx.map->gemeenten.areas.empty())
    throw ShortcodeProblem{"kaart: het thema heeft geen kaart (templates/kaarten/gemeente.topojson)", ""};
  const std::string grenzen = args.named("grenzen").empty() ? "provincie" : args.named("grenzen");
  chart::Borders borders = grenzen == "provincie"    ? chart::Borders::provincie
                           : grenzen == "jeugdregio" ? chart::Borders::jeugdregio
                           : grenzen == "geen"
                               ? chart::Borders::geen
                               : throw ShortcodeProblem{fmt::format("kaart: onbekende grenzen '{}' (kies provincie, "
                                                                    "jeugdregio of geen)",
                                                                    grenzen),
                                                        suggest(grenzen, {"provincie", "jeugdregio", "geen"})};
  FigureRequest r = request_of(args, ctx, "kaart");
  r.id = svg_id(call, ctx);
  try {
    if (ctx.gemeente && ctx.shared) return shared_map(r, borders, grenzen, args, call, ctx);
    FigureInfo info;
    chart::MapChart c = map_figure(ctx.site, *ctx.map, r, info);
    c.borders = borders;
    return numbered_figure(chart::map_svg(c), chart::map_table(c), info, args, call, ctx);
  } catch (const FigureProblem& p) {
    throw ShortcodeProblem{p.message, ""};
  }
}

}  // namespace

void add_figure_shortcodes(ShortcodeTable& table) {
  table["grafiek"] = grafiek;
  table["kaart"] = kaart;
}

}  // namespace spiegel
