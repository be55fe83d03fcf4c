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
  return out;
}

}  // namespace spiegel
