#include "render/text_renderer.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "base/html_escape.h"
#include "base/link_policy.h"
#include "render/block_html.h"
#include "render/footnotes.h"
#include "render/shortcodes.h"

namespace spiegel {

namespace {

/// Reports what render_markdown found in one piece of a text: a piece is a
/// block's inside or the text around the blocks, with the footnote
/// definitions after it, and `lines` gives the file line of each of its
/// lines. A definition goes with every piece, so the same finding can come
/// from several pieces: it is reported once.
class FindingReporter {
 public:
  FindingReporter(const Document& doc, const std::vector<ShortcodeCall>& calls, Diagnostics& diags)
      : doc_(doc), calls_(calls), diags_(diags) {}

  void add(const std::vector<MarkdownFinding>& findings, const std::vector<int>& lines) {
    for (const MarkdownFinding& f : findings) {
      SourceLoc loc = where(f, lines);
      if (f.kind == MarkdownFinding::Kind::disallowed_link)
        found_.emplace(std::tuple(loc.line, loc.column, f.url), Diagnostic{loc, disallowed_link_message(f.url), {}});
      else  // one warning per line is enough
        found_.emplace(std::tuple(loc.line, 0, std::string()),
                       Diagnostic{loc,
                                  "ruwe HTML wordt weggelaten; zet markdown_html: true in spiegel.yaml als u de "
                                  "teksten vertrouwt",
                                  {},
                                  true});
    }
  }

  /// Reports in the order of the file: blocks are rendered before the text around them.
  void report() {
    for (auto& [key, d] : found_) diags_.add(std::move(d));
    found_.clear();
  }

 private:
  SourceLoc where(const MarkdownFinding& f, const std::vector<int>& lines) const {
    if (f.line < 1 || f.line > static_cast<int>(lines.size())) return {doc_.path, doc_.body_line, 0};
    int line = lines[f.line - 1];
    return {doc_.path, line, f.column > 0 ? file_column(line, f.column) : 0};
  }

  /// Shortcodes are placeholders in the rendered text, longer or shorter
  /// than the shortcode as written: columns after one on its line shift.
  int file_column(int line, int column) const {
    int shift = 0;
    for (std::size_t i = 0; i < calls_.size(); ++i) {
      const ShortcodeCall& c = calls_[i];
      if (c.loc.line != line) continue;
      if (c.loc.column - shift >= column) break;  // calls are in order; this one comes after
      shift += static_cast<int>(c.source.size()) - static_cast<int>(shortcode_placeholder(i).size());
    }
    return column + shift;
  }

  const Document& doc_;
  const std::vector<ShortcodeCall>& calls_;
  Diagnostics& diags_;
  std::map<std::tuple<int, int, std::string>, Diagnostic> found_;
};

template <typename T>
std::vector<T> joined(std::vector<T> a, const std::vector<T>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

}  // namespace

RenderedText render_text(const SiteData& site, const Document& doc, const Gemeente* gemeente, bool is_report,
                         const chart::MapGeometry* map, Diagnostics& diags) {
  RenderedText out;
  static const std::vector<std::string> known_names = shortcode_names();
  ShortcodeScan scan = scan_shortcodes(doc.body, doc.path, doc.body_line, diags, known_names);
  out.blocks = scan_blocks(scan.text, doc.path, doc.body_line, scan.calls.size(), diags);
  add_shortcode_blocks(out.blocks, scan.calls, diags);
  // Each piece is its own cmark document; every piece gets every definition.
  std::vector<int> definition_lines;
  const std::string definitions = footnote_definitions(scan.text, doc.path, doc.body_line, diags, &definition_lines);
  // Before the shortcodes write their captions: "Tabel 3.1" must stand there too.
  if (is_report && site.content.settings.nummering == Settings::Numbering::hoofdstuk) {
    std::vector<int> chapters;
    for (int line : chapter_lines(out.blocks.text + definitions))
      if (line >= 1 && line <= static_cast<int>(out.blocks.lines.size()))
        chapters.push_back(out.blocks.lines[line - 1]);
    number_per_chapter(out.blocks, chapters);
  }
  std::vector<Fragment> fragments =
      evaluate_shortcodes(scan.calls, ShortcodeContext{site, gemeente, &out.blocks, map, &out.downloads}, diags);
  fragments.resize(scan.calls.size() + out.blocks.blocks.size());  // room for every block's placeholder

  MarkdownOptions options;
  options.allow_html = site.content.settings.markdown_html;
  // Ids the templates use themselves, and the blocks' ids: headings must not take them.
  std::vector<std::string> taken = {"inhoud",       "hoofdinhoud", "kerncijfers",   "navigatie",      "top",
                                    "samenvatting", "punten",      "sterke-punten", "aandachtspunten"};
  // A report prints the verantwoording as its last bijlage, with these ids.
  if (is_report)
    for (const char* id : {"bijlage-verantwoording", "bijlage-verantwoording-kop", "bijlage-indicatoren-en-groepen",
                           "bijlage-indicatoren", "bijlage-groepen", "bijlage-referentiegroepen", "bijlage-open-data"})
      taken.push_back(id);
  for (const Block& b : out.blocks.blocks) taken.push_back(b.id);

  FindingReporter findings(doc, scan.calls, diags);
  // A nested block opens after its parent and must be rendered before it.
  for (auto it = out.blocks.blocks.rbegin(); it != out.blocks.blocks.rend(); ++it) {
    if (it->from_shortcode) continue;
    std::vector<std::string> block_ids = taken;
    RenderedMarkdown piece = render_markdown(it->inner + definitions, fragments, options, block_ids);
    findings.add(piece.findings, joined(it->lines, definition_lines));
    it->html = std::move(piece.html);
    fragments[it->fragment] = Fragment{block_html(*it, out.blocks), "", true, ""};
  }

  options.number_headings = is_report;
  RenderedMarkdown md = render_markdown(out.blocks.text + definitions, fragments, options, taken);
  findings.add(md.findings, joined(out.blocks.lines, definition_lines));
  findings.report();
  out.html = std::move(md.html);
  out.headings = std::move(md.headings);

  Footnotes notes = number_footnotes(out.html);
  for (Block& b : out.blocks.blocks) renumber_copy(b.html, notes);
  int top = 6;
  for (const Heading& h : out.headings) top = std::min(top, h.level);
  std::vector<std::string> chapters;
  for (const Heading& h : out.headings)
    if (h.level == top) chapters.push_back(fmt::format("<h{} id=\"{}\">", h.level, escape_html(h.id)));
  place_footnotes(out.html, notes, chapters);
  return out;
}

}  // namespace spiegel
