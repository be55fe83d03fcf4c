// The shortcodes that put one piece of data into a sentence.
#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "assemble/number_format.h"
#include "base/edit_distance.h"
#include "base/text.h"
#include "render/shortcode_args.h"

namespace spiegel {

namespace {

/// A figure that exists, but the index, rank or decile asked of it does not:
/// like a missing figure, the text of leeg= or an error, never a silent "–".
Fragment no_derived(const ShortcodeCall& call, std::string message) {
  if (auto leeg = call.named.find("leeg"); leeg != call.named.end()) return text_fragment(leeg->second);
  throw ShortcodeProblem{std::move(message)};
}

/// `waarde … als=index|rang|deciel`: a derived figure instead of the value itself; `v` is there (has_figure).
Fragment derived_text(const ShortcodeCall& call, const ShortcodeContext& ctx, const Indicator& ind,
                      const std::string& unit, const Period& p, const Value& v, const std::string& als) {
  if (v.status == Status::geheim) return text_fragment("x");
  if (als == "index") {
    const std::optional<Period>& basis = ctx.site.content.settings.basisperiode;
    if (!basis) throw ShortcodeProblem{"waarde als=index vraagt om 'basisperiode' in spiegel.yaml", ""};
    const Value* base = ctx.site.data.get(unit, ind.id, *basis);
    // An index needs the basisperiode's figure as much as this one.
    if (!has_figure(base)) return missing_figure(call, ctx.site, ind, unit, *basis);
    if (base->status == Status::geheim) return text_fragment("x");
    std::optional<double> index = index_of(&v, base);
    if (!index)
      return no_derived(call, fmt::format("waarde als=index: '{}' is voor {} 0 in de basisperiode {}; een index "
                                          "bestaat dan niet",
                                          ind.id, ctx.site.display_name(unit), basis->label()));
    return text_fragment(format_decimal(*index, 0));
  }
  const Derived* d = ctx.site.benchmark.derived.get(unit, ind.id, p);
  if (als == "deciel" && d && d->rang && !d->deciel && ind.eenheid != Unit::deciel)
    throw ShortcodeProblem{fmt::format("waarde als=deciel: '{}' heeft over {} cijfers van {} gemeenten; een deciel "
                                       "berekent Spiegel pas vanaf {} gemeenten met een cijfer — gebruik als=rang",
                                       ind.id, p.label(), d->met_waarde, kMinGemeentenForDecile),
                           ""};
  std::optional<int> n = !d ? std::nullopt : als == "rang" ? d->rang : d->deciel;
  if (!n)
    return no_derived(call, fmt::format("waarde als={}: '{}' heeft voor {} over {} geen {}", als, ind.id,
                                        ctx.site.display_name(unit), p.label(), als));
  return text_fragment(std::to_string(*n));
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
  table["waarde"] = [](const ShortcodeCall& call, const ShortcodeContext& here) {
    ShortcodeArgs args(call, {"periode", "gemeente", "groep", "als", "leeg", "editie"}, 1);
    // editie=2023: the same question to the figures of that edition, as its reports showed them.
    std::optional<ShortcodeContext> there;
    if (const std::string editie = args.named("editie"); !editie.empty())
      there.emplace(ShortcodeContext{edition_figures(here, editie, "waarde"), here.gemeente, here.blocks, here.map});
    const ShortcodeContext& ctx = there ? *there : here;
    const Indicator& ind = indicator_arg(ctx.site, args.positional(0), "waarde");
    const std::string als = args.named("als");
    const std::vector<std::string> kinds = {"index", "rang", "deciel"};
    if (!als.empty() && std::find(kinds.begin(), kinds.end(), als) == kinds.end())
      throw ShortcodeProblem{fmt::format("waarde: als={} bestaat niet — kies index, rang of deciel", als),
                             suggest(als, kinds)};
    // Without periode=: the indicator's latest period up to the peilperiode (a yearly 2019 figure in 2020-H1).
    Period p = indicator_period_arg(ctx.site, ind, args.named("periode"), "waarde");
    if (!args.named("gemeente").empty() && !args.named("groep").empty())
      throw ShortcodeProblem{"waarde: geef gemeente= of groep=, niet allebei", ""};
    std::string unit = !args.named("groep").empty()      ? group_arg(ctx, args.named("groep"), "waarde").id
                       : !args.named("gemeente").empty() ? gemeente_arg(ctx.site, args.named("gemeente"), "waarde").code
                                                         : gemeente_of(ctx, "waarde").code;
    if ((als == "rang" || als == "deciel") && !ctx.site.content.registry.find(unit))
      throw ShortcodeProblem{fmt::format("waarde als={}: een groep heeft geen {}", als, als), ""};
    const Value* v = ctx.site.data.get(unit, ind.id, p);
    if (!has_figure(v)) return missing_figure(call, ctx.site, ind, unit, p);
    if (als.empty()) return text_fragment(format_value(ind, v->waarde, v->status));
    return derived_text(call, ctx, ind, unit, p, *v, als);
  };
}

}  // namespace spiegel
