// The shortcodes that put one piece of data into a sentence.
#include "assemble/number_format.h"
#include "render/shortcode_args.h"

namespace spiegel {

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
    ShortcodeArgs args(call, {"periode", "gemeente", "groep"}, 1);
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
    return text_fragment(v ? format_value(ind, v->waarde, v->status) : format_value(ind, std::nullopt));
  };
}

}  // namespace spiegel
