#include "render/shortcodes.h"

#include <fmt/format.h>

#include "base/edit_distance.h"

namespace spiegel {

namespace {

const ShortcodeTable& handlers() {
  static const ShortcodeTable table = [] {
    ShortcodeTable t;
    add_text_shortcodes(t);
    add_report_shortcodes(t);
    add_benchmark_shortcodes(t);
    add_figure_shortcodes(t);
    return t;
  }();
  return table;
}

/// A report without a referentiegroep whose tables and charts compare: they
/// show the gemeente beside its groups and Nederland only, which a reader may
/// take for a benchmark against its peers. Said once, at the first such call.
void warn_without_reference_group(const std::vector<ShortcodeCall>& calls, const ShortcodeContext& ctx,
                                  Diagnostics& diags) {
  if (!ctx.gemeente || reference_group(ctx.site, ctx.gemeente->code)) return;
  for (const ShortcodeCall& call : calls)
    if (call.name == "tabel" || call.name == "grafiek") {
      diags.warning(call.loc, fmt::format("{} heeft geen referentiegroep: tabellen en grafieken vergelijken alleen "
                                          "met de groepen en Nederland — geef er een in groepen.yaml "
                                          "(referentiegroepen:) of in de kop van het rapport (referentiegroep: [...])",
                                          ctx.site.display_name(ctx.gemeente->code)));
      return;
    }
}

}  // namespace

std::vector<std::string> shortcode_names() {
  std::vector<std::string> names;
  for (const auto& [name, handler] : handlers()) names.push_back(name);
  return names;
}

std::vector<Fragment> evaluate_shortcodes(const std::vector<ShortcodeCall>& calls, const ShortcodeContext& context,
                                          Diagnostics& diags) {
  std::vector<Fragment> out;
  out.reserve(calls.size());
  for (const ShortcodeCall& call : calls) {
    Fragment f;
    if (!call.name.empty()) {  // an empty name was reported by the parser
      auto it = handlers().find(call.name);
      if (it == handlers().end()) {
        diags.error(call.loc, fmt::format("onbekende shortcode '{}'", call.name),
                    suggest(call.name, shortcode_names()));
      } else {
        try {
          f = it->second(call, context);
        } catch (const ShortcodeProblem& p) {
          diags.error(call.loc, p.message, p.suggestion);
        }
      }
    }
    f.source = call.source;
    out.push_back(std::move(f));
  }
  warn_without_reference_group(calls, context, diags);
  return out;
}

}  // namespace spiegel
