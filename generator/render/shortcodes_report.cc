// Shortcodes about the report's own structure: references to its blocks.
#include <fmt/format.h>

#include "base/edit_distance.h"
#include "base/html_escape.h"
#include "render/block_html.h"
#include "render/shortcode_args.h"

namespace spiegel {

void add_report_shortcodes(ShortcodeTable& table) {
  // {{< ref kosten >}} → "conclusie 3", linked to the block.
  table["ref"] = [](const ShortcodeCall& call, const ShortcodeContext& ctx) {
    ShortcodeArgs args(call, {}, 1);
    std::string id = args.positional(0);
    if (id.empty()) throw ShortcodeProblem{"ref: naar welk blok? Schrijf bijvoorbeeld {{< ref kosten >}}"};
    const Block* b = ctx.blocks ? ctx.blocks->find(id) : nullptr;
    if (!b) {
      std::vector<std::string> ids;
      if (ctx.blocks)
        for (const Block& x : ctx.blocks->blocks) ids.push_back(x.id);
      throw ShortcodeProblem{fmt::format("ref: geen blok met id '{}' in deze tekst", id), suggest(id, ids)};
    }
    std::string text = block_reference(*b);
    return Fragment{fmt::format("<a href=\"#{}\">{}</a>", escape_html(b->id), escape_html(text)), text, false, ""};
  };
}

}  // namespace spiegel
