// The shortcodes that put one piece of data into a sentence.
#include <fmt/format.h>

#include <algorithm>

#include "assemble/number_format.h"
#include "base/edit_distance.h"
#include "render/shortcode_args.h"

namespace spiegel {

namespace {

/// `waarde … als=index|rang|deciel`: a derived figure instead of the value itself.
std::string derived_text(const ShortcodeContext& ctx, const Indicator& ind, const std::string& unit, const Period& p,
                         const std::string& als) {
  const std::vector<std::string> kinds = {"index", "rang", "deciel"};
  if (std::find(kinds.begin(), kinds.end(), als) == kinds.end())
    throw ShortcodeProblem{fmt::format("waarde: als={} bestaat niet — kies index, rang of deciel", als),
                           suggest(als, kinds)};
  const Value* v = ctx.site.data.get(unit, ind.id, p);
  if (v && v->status == Status::geheim) return "x";
  if (als == "index") {
    const std::optional<Period>& basis = ctx.site.content.settings.basisperiode;
    if (!basis) throw ShortcodeProblem{"waarde als=index vraagt om 'basisperiode' in spiegel.yaml", ""};
    std::optional<double> index = index_of(v, ctx.site.data.get(unit, ind.id, *basis));
    return index ? format_decimal(*index, 0) : "–";
  }
  if (!ctx.site.content.registry.find(unit))
    throw ShortcodeProblem{fmt::format("waarde als={}: een groep heeft geen {}", als, als), ""};
  const Derived* d = ctx.site.benchmark.derived.get(unit, ind.id, p);
  if (als == "deciel" && d && d->rang && !d->deciel && ind.eenheid != Unit::deciel)
    throw ShortcodeProblem{fmt::format("waarde als=deciel: '{}' heeft over {} cijfers van {} gemeenten; een deciel "
                                       "berekent Spiegel pas vanaf {} gemeenten met een cijfer — gebruik als=rang",
                                       ind.id, p.label(), d->met_waarde, kMinGemeentenForDecile),
                           ""};
  std::optional<int> n = !d ? std::nullopt : als == "rang" ? d->rang : d->deciel;
  return n ? std::to_string(*n) : "–";
}

}  // namespace

void add_text_shortcodes(ShortcodeTable& table) {
  table["gemeente"] = [](const ShortcodeCall& call, const ShortcodeContext& ctx) {
    ShortcodeArgs args(call, {}, 0);
    return text_fragment(ctx.site.display_name(gemeente_of(ctx, "gemeente").code));
  };
  table["periode"] = [](const ShortcodeCall& call, const ShortcodeContext& ctx) {
    ShortcodeArgs args(call, {}, 1);
    return text_fragment(period_arg(ctx.site, args.positional(0), "periode").label());
  };
  table["waarde"] = [](const ShortcodeCall& call, const ShortcodeContext& ctx) {
    ShortcodeArgs args(call, {"periode", "gemeente", "groep", "als"}, 1);
    const Indicator& ind = indicator_arg(ctx.site, args.positional(0), "waarde");
    // Without periode=: the indicator's latest period up to the peilperiode (a yearly 2019 figure in 2020-H1).
    Period p = args.named("periode").empty() ? current_period(ctx.site, ind.id)
                                             : period_arg(ctx.site, args.named("periode"), "waarde");
    if (!args.named("gemeente").empty() && !args.named("groep").empty())
      throw ShortcodeProblem{"waarde: geef gemeente= of groep=, niet allebei", ""};
    std::string unit = !args.named("groep").empty()      ? group_arg(ctx, args.named("groep"), "waarde").id
                       : !args.named("gemeente").empty() ? gemeente_arg(ctx.site, args.named("gemeente"), "waarde").code
                                                         : gemeente_of(ctx, "waarde").code;
    const Value* v = ctx.site.data.get(unit, ind.id, p);
    const std::string als = args.named("als");
    if (als.empty())
      return text_fragment(v ? format_value(ind, v->waarde, v->status) : format_value(ind, std::nullopt));
    return text_fragment(derived_text(ctx, ind, unit, p, als));
  };
}

}  // namespace spiegel
