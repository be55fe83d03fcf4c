#include "render/text_renderer.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "base/edit_distance.h"
#include "base/html_escape.h"
#include "base/link_policy.h"
#include "render/block_html.h"
#include "render/footnotes.h"
#include "render/shortcodes.h"
#include "render/source_marks.h"

namespace spiegel {

namespace {

/// Reports what render_markdown found in one piece of a text: a piece is a
/// block's inside or the text around the blocks, with the footnote
/// definitions after it, and `lines` gives the file line of each of its
/// lines. A definition goes with every piece, so the same finding can come
/// from several pieces: it is reported once.
class FindingReporter {
 public:
  FindingReporter(const Document& doc, const std::vector<ShortcodeCall>& calls,
                  const std::map<std::string, std::string>& files, Diagnostics& diags)
      : doc_(doc), calls_(calls), files_(files), diags_(diags) {}

  void add(const std::vector<MarkdownFinding>& findings, const std::vector<int>& lines) {
    for (const MarkdownFinding& f : findings) {
      SourceLoc loc = where(f, lines);
      auto key = std::tuple(loc.line, loc.column, f.url);
      if (f.kind == MarkdownFinding::Kind::disallowed_link)
        found_.emplace(key, Diagnostic{loc, disallowed_link_message(f.url), {}});
      else if (f.kind == MarkdownFinding::Kind::missing_file)
        found_.emplace(key, Diagnostic{loc, missing_file_message(f.url), suggest(f.url, file_names())});
      else if (f.kind == MarkdownFinding::Kind::image_without_alt)
        found_.emplace(key, Diagnostic{loc,
                                       fmt::format("de afbeelding '{}' heeft geen alt-tekst: zet tussen de haken wat "
                                                   "erop te zien is, zoals ![Grafiek van de lasten]({})",
                                                   f.url, f.url),
                                       {}});
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

  std::string missing_file_message(const std::string& path) const {
    return files_.empty() ? fmt::format("'{}' bestaat niet: er is geen map content/bestanden/", path)
                          : fmt::format("'{}' staat niet in content/bestanden/", path);
  }

  std::vector<std::string> file_names() const {
    std::vector<std::string> names;
    for (const auto& [path, bytes] : files_) names.push_back(path);
    return names;
  }

  const Document& doc_;
  const std::vector<ShortcodeCall>& calls_;
  const std::map<std::string, std::string>& files_;
  Diagnostics& diags_;
  std::map<std::tuple<int, int, std::string>, Diagnostic> found_;
};

template <typename T>
std::vector<T> joined(std::vector<T> a, const std::vector<T>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

/// What the follow-up register says of `block`, if it is an aanbeveling of a report; oldest first.
std::vector<const FollowUp*> follow_up_of(const Content& content, const Document& doc, const Block& block) {
  std::vector<const FollowUp*> out;
  if (block.kind != "aanbeveling" || content.opvolging.empty()) return out;
  // The register is sorted by rapport, aanbeveling and peildatum.
  auto first =
      std::lower_bound(content.opvolging.begin(), content.opvolging.end(), std::tie(doc.slug, block.id),
                       [](const FollowUp& f, const auto& key) { return std::tie(f.rapport, f.aanbeveling) < key; });
  for (auto it = first; it != content.opvolging.end() && it->rapport == doc.slug && it->aanbeveling == block.id; ++it)
    out.push_back(&*it);
  return out;
}

}  // namespace

RenderedText render_text(const SiteData& site, const Document& doc, const Gemeente* gemeente, bool is_report,
                         const std::string& root, const chart::MapGeometry* map, Diagnostics& diags, bool mark_sources,
                         BuildShared* shared, const std::map<std::string, const SiteData*>* editions) {
  RenderedText out;
  static const std::vector<std::string> known_names = shortcode_names();
  ShortcodeScan scan = scan_shortcodes(doc.body, doc.path, doc.body_line, diags, known_names);
  out.blocks = scan_blocks(scan.text, doc.path, doc.body_line, scan.calls.size(), diags);
  add_shortcode_blocks(out.blocks, scan.calls, diags);
  // Each piece is its own cmark document; every piece gets every definition.
  std::vector<int> definition_lines;
  const std::string definitions = footnote_definitions(scan.text, doc.path, doc.body_line, diags, &definition_lines);
  if (is_report) {
    std::vector<int> chapter_lines;
    for (const Chapter& c : chapters_of(out.blocks.text + definitions)) {
      if (c.line < 1 || c.line > static_cast<int>(out.blocks.lines.size())) continue;  // in a definition
      const int line = out.blocks.lines[c.line - 1];
      chapter_lines.push_back(line);
      // A skeleton's chapter (scaffold/) that nobody wrote would be published as a bare heading.
      if (c.empty)
        diags.warning({doc.path, line, 1},
                      fmt::format("hoofdstuk '{}' is nog leeg: schrijf de tekst of haal de kop weg (of zet "
                                  "'concept: true' in de kop: dan laat build het rapport weg tot het af is)",
                                  c.title));
    }
    // Before the shortcodes write their captions: "Tabel 3.1" must stand there too.
    if (site.content.settings.nummering == Settings::Numbering::hoofdstuk)
      number_per_chapter(out.blocks, chapter_lines);
  }
  std::vector<Fragment> fragments = evaluate_shortcodes(
      scan.calls,
      ShortcodeContext{site, gemeente, &out.blocks, map, &out.downloads, shared, &out.shared_files, editions}, diags);
  fragments.resize(scan.calls.size() + out.blocks.blocks.size());  // room for every block's placeholder

  MarkdownOptions options;
  options.allow_html = site.content.settings.markdown_html;
  options.source_file = doc.path;
  options.root = root;
  options.files = &site.content.files;
  // Ids the templates use themselves, and the blocks' ids: headings must not take them.
  std::vector<std::string> taken = {"inhoud",       "hoofdinhoud", "kerncijfers",   "navigatie",       "top",
                                    "samenvatting", "punten",      "sterke-punten", "aandachtspunten", "veranderd"};
  // A report prints the verantwoording as its last bijlage, with these ids.
  if (is_report)
    for (const char* id : {"bijlage-verantwoording", "bijlage-verantwoording-kop", "bijlage-indicatoren-en-groepen",
                           "bijlage-indicatoren", "bijlage-groepen", "bijlage-referentiegroepen", "bijlage-open-data"})
      taken.push_back(id);
  for (const Block& b : out.blocks.blocks) taken.push_back(b.id);

  FindingReporter findings(doc, scan.calls, site.content.files, diags);
  // A nested block opens after its parent and must be rendered before it.
  for (auto it = out.blocks.blocks.rbegin(); it != out.blocks.blocks.rend(); ++it) {
    if (it->from_shortcode) continue;
    std::vector<std::string> block_ids = taken;
    const std::vector<int> lines = joined(it->lines, definition_lines);
    options.source_lines = mark_sources ? &lines : nullptr;
    RenderedMarkdown piece = render_markdown(it->inner + definitions, fragments, options, block_ids);
    findings.add(piece.findings, lines);
    it->html = std::move(piece.html);
    // The block's frame (its kop, its links) comes from its fence.
    std::string mark = mark_sources ? source_mark(doc.path, it->loc.line, false) : "";
    fragments[it->fragment] =
        Fragment{mark + block_html(*it, out.blocks,
                                   gemeente ? follow_up_of(site.content, doc, *it) : std::vector<const FollowUp*>{}),
                 "", true, ""};
  }

  options.number_headings = is_report;
  const std::vector<int> lines = joined(out.blocks.lines, definition_lines);
  options.source_lines = mark_sources ? &lines : nullptr;
  RenderedMarkdown md = render_markdown(out.blocks.text + definitions, fragments, options, taken);
  findings.add(md.findings, lines);
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
