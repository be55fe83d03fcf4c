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
    ShortcodeArgs args(call, {"periode"}, 1);
    const Indicator& ind = indicator_arg(ctx.site, args.positional(0), "waarde");
    Period p = period_arg(ctx.site, args.named("periode"), "waarde");
    const Value* v = ctx.site.data.get(gemeente_of(ctx, "waarde").code, ind.id, p);
    return text_fragment(v ? format_value(ind, v->waarde, v->status) : format_value(ind, std::nullopt));
  };
}

}  // namespace spiegel
