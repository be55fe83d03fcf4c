#include "render/text_renderer.h"

#include <algorithm>

#include <fmt/format.h>

#include "render/block_html.h"
#include "render/footnotes.h"
#include "render/mustache.h"
#include "render/shortcodes.h"

namespace spiegel {

RenderedText render_text(const SiteData& site, const Document& doc, const Gemeente* gemeente, bool is_report,
                         Diagnostics& diags) {
  RenderedText out;
  ShortcodeScan scan = scan_shortcodes(doc.body, doc.path, doc.body_line, diags);
  out.blocks = scan_blocks(scan.text, doc.path, doc.body_line, scan.calls.size(), diags);
  add_shortcode_tables(out.blocks, scan.calls, diags);
  // Each piece is its own cmark document; every piece gets every definition.
  const std::string definitions = footnote_definitions(scan.text, doc.path, doc.body_line, diags);
  std::vector<Fragment> fragments =
      evaluate_shortcodes(scan.calls, ShortcodeContext{site, gemeente, &out.blocks}, diags);
  fragments.resize(scan.calls.size() + out.blocks.blocks.size());  // room for every block's placeholder

  MarkdownOptions options;
  options.allow_html = site.content.settings.markdown_html;
  // Ids the templates use themselves, and the blocks' ids: headings must not take them.
  std::vector<std::string> taken = {"inhoud", "hoofdinhoud", "kerncijfers", "navigatie", "top", "samenvatting"};
  for (const Block& b : out.blocks.blocks) taken.push_back(b.id);

  // A nested block opens after its parent and must be rendered before it.
  for (auto it = out.blocks.blocks.rbegin(); it != out.blocks.blocks.rend(); ++it) {
    if (it->from_shortcode) continue;
    std::vector<std::string> block_ids = taken;
    it->html = render_markdown(it->inner + definitions, fragments, options, block_ids).html;
    fragments[it->fragment] = Fragment{block_html(*it, out.blocks), "", true, ""};
  }

  options.number_headings = is_report;
  RenderedMarkdown md = render_markdown(out.blocks.text + definitions, fragments, options, taken);
  out.html = std::move(md.html);
  out.headings = std::move(md.headings);

  Footnotes notes = number_footnotes(out.html);
  for (Block& b : out.blocks.blocks) renumber_copy(b.html, notes);
  int top = 6;
  for (const Heading& h : out.headings) top = std::min(top, h.level);
  std::vector<std::string> chapters;
  for (const Heading& h : out.headings)
    if (h.level == top) chapters.push_back(fmt::format("<h{} id=\"{}\">", h.level, mustache::escape_html(h.id)));
  place_footnotes(out.html, notes, chapters);
  return out;
}

}  // namespace spiegel
