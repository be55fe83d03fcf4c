#include "render/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <memory>
#include <string_view>
#include <utility>

#include "base/html_escape.h"
#include "base/link_policy.h"
#include "base/slug.h"
#include "base/text.h"
#include "render/source_marks.h"
#include "text/shortcode_parser.h"

namespace spiegel {

namespace {

struct ParserDeleter {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};

std::string take_string(char* s) {
  std::string out(s ? s : "");
  std::free(s);
  return out;
}

/// Every node of the tree of `root` of the given type, in document order.
std::vector<cmark_node*> nodes_of_type(cmark_node* root, cmark_node_type type) {
  std::vector<cmark_node*> out;
  cmark_iter* it = cmark_iter_new(root);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE)
    if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(cmark_iter_get_node(it)) == type)
      out.push_back(cmark_iter_get_node(it));
  cmark_iter_free(it);
  return out;
}

/// The GFM tables of the tree (an extension node type, so found by name).
std::vector<cmark_node*> tables(cmark_node* root) {
  std::vector<cmark_node*> out;
  cmark_iter* it = cmark_iter_new(root);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
    cmark_node* n = cmark_iter_get_node(it);
    if (ev == CMARK_EVENT_ENTER && std::string_view(cmark_node_get_type_string(n)) == "table") out.push_back(n);
  }
  cmark_iter_free(it);
  return out;
}

cmark_node* html_node(cmark_node_type type, const std::string& html) {
  cmark_node* n = cmark_node_new(type);
  cmark_node_set_literal(n, html.c_str());
  return n;
}

/// Replaces placeholders in `literal` by f(fragment) — used for plain text and code.
template <typename F>
std::string substitute(const std::string& literal, const std::vector<Fragment>& fragments, F f) {
  std::string out;
  std::size_t pos = 0, index, length;
  for (std::size_t at; (at = find_placeholder(literal, pos, index, length)) != std::string::npos; pos = at + length) {
    out += literal.substr(pos, at - pos);
    if (index < fragments.size()) out += f(fragments[index]);
  }
  return out + literal.substr(pos);
}

/// The plain text of a heading, shortcodes filled in.
std::string plain_text(cmark_node* node, const std::vector<Fragment>& fragments) {
  std::string out;
  cmark_iter* it = cmark_iter_new(node);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
    cmark_node* n = cmark_iter_get_node(it);
    if (ev != CMARK_EVENT_ENTER) continue;
    auto type = cmark_node_get_type(n);
    if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE)
      out += substitute(cmark_node_get_literal(n), fragments, [](const Fragment& f) { return f.text; });
    else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK)
      out += ' ';
  }
  cmark_iter_free(it);
  return out;
}

/// Splits a text node at its placeholders into text and inline HTML nodes.
void expand_text_node(cmark_node* node, const std::vector<Fragment>& fragments) {
  std::string literal = cmark_node_get_literal(node);
  std::size_t pos = 0, index, length, at = find_placeholder(literal, 0, index, length);
  if (at == std::string::npos) return;
  for (; at != std::string::npos; at = find_placeholder(literal, pos, index, length)) {
    if (at > pos) {
      cmark_node* t = cmark_node_new(CMARK_NODE_TEXT);
      cmark_node_set_literal(t, literal.substr(pos, at - pos).c_str());
      cmark_node_insert_before(node, t);
    }
    if (index < fragments.size())
      cmark_node_insert_before(node, html_node(CMARK_NODE_HTML_INLINE, fragments[index].html));
    pos = at + length;
  }
  if (pos < literal.size()) {
    cmark_node* t = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(t, literal.substr(pos).c_str());
    cmark_node_insert_before(node, t);
  }
  cmark_node_free(node);
}

/// A paragraph holding one block fragment and nothing else.
const Fragment* lone_block(cmark_node* paragraph, const std::vector<Fragment>& fragments) {
  cmark_node* child = cmark_node_first_child(paragraph);
  if (!child || cmark_node_next(child) || cmark_node_get_type(child) != CMARK_NODE_TEXT) return nullptr;
  std::string literal = cmark_node_get_literal(child);
  std::size_t index, length;
  std::size_t at = find_placeholder(literal, 0, index, length);
  if (at != 0 || length != literal.size() || index >= fragments.size() || !fragments[index].block) return nullptr;
  return &fragments[index];
}

/// Whether raw HTML is nothing but comments and white space: the hints a
/// writer leaves in a text (spiegel new writes them) go without a word. An
/// unclosed comment is not one: it would swallow the rest of the text.
bool only_comments(std::string_view html) {
  for (;;) {
    std::size_t start = html.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos) return true;
    html.remove_prefix(start);
    if (!html.starts_with("<!--")) return false;
    std::size_t end = html.find("-->", 4);
    if (end == std::string_view::npos) return false;
    html.remove_prefix(end + 3);
  }
}

/// Where a node starts; a node an extension made may have no position of its
/// own, then its nearest parent's.
std::pair<int, int> position(cmark_node* n) {
  for (; n; n = cmark_node_parent(n))
    if (cmark_node_get_start_line(n) > 0) return {cmark_node_get_start_line(n), cmark_node_get_start_column(n)};
  return {0, 0};
}

/// The lines of `text`, without their line ends.
std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> out;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t end = std::min(text.find('\n', pos), text.size());
    out.push_back(text.substr(pos, end - pos));
    pos = end + 1;
  }
  return out;
}

/// Where a link starts in the text. cmark gives an autolink (<…>) a column
/// past where it is once it is not on a paragraph's first line or sits in a
/// quote or list, and the links the GFM autolink extension makes have no
/// position at all; those are looked up by their target in the lines of
/// their block. Column 0 when it cannot be found.
std::pair<int, int> link_position(cmark_node* n, const std::string& url, const std::vector<std::string_view>& lines) {
  cmark_node* text = cmark_node_first_child(n);
  bool autolink = cmark_node_get_type(n) == CMARK_NODE_LINK && text && !cmark_node_next(text) &&
                  cmark_node_get_type(text) == CMARK_NODE_TEXT && url == cmark_node_get_literal(text);
  int line = cmark_node_get_start_line(n);
  if (line > 0 && !autolink) return {line, cmark_node_get_start_column(n)};
  cmark_node* block = cmark_node_parent(n);
  while (block && ((cmark_node_get_type(block) & CMARK_NODE_TYPE_MASK) != CMARK_NODE_TYPE_BLOCK ||
                   cmark_node_get_start_line(block) == 0))
    block = cmark_node_parent(block);
  int first = line > 0 ? line : block ? cmark_node_get_start_line(block) : 1;
  int last = std::min(block ? cmark_node_get_end_line(block) : first, static_cast<int>(lines.size()));
  for (const std::string& needle : {"<" + url, url})
    for (int l = first; l <= last; ++l)
      if (std::size_t at = lines[l - 1].find(needle); at != std::string_view::npos)
        return {l, static_cast<int>(at) + 1};
  return {first, 0};
}

/// Refuses links and images to schemes link_policy.h does not allow, and takes
/// the text's raw HTML out unless the rekenkamer trusts its texts. Runs before
/// Spiegel inserts its own HTML, which is rendered as raw HTML too: cmark
/// renders with CMARK_OPT_UNSAFE, so its own URL and HTML filters are off.
std::vector<MarkdownFinding> enforce_policy(cmark_node* doc, const std::string& text, bool allow_html) {
  const std::vector<std::string_view> lines = lines_of(text);
  std::vector<MarkdownFinding> findings;
  std::vector<cmark_node*> dropped;
  cmark_iter* it = cmark_iter_new(doc);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(it);
    if (ev != CMARK_EVENT_ENTER) continue;
    auto type = cmark_node_get_type(n);
    if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) {
      // cmark has decoded entities and escapes here: &#106;avascript: is javascript:.
      std::string url = cmark_node_get_url(n) ? cmark_node_get_url(n) : "";
      if (is_allowed_link(url)) continue;
      auto [line, column] = link_position(n, url, lines);
      findings.push_back({MarkdownFinding::Kind::disallowed_link, line, column, url});
      cmark_node_set_url(n, "");  // the build fails anyway; nothing of it should reach a page
    } else if (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE) {
      const char* literal = cmark_node_get_literal(n);
      bool comment = only_comments(literal ? literal : "");
      if (!comment && allow_html) continue;
      dropped.push_back(n);
      if (comment) continue;
      auto [line, column] = position(n);
      findings.push_back({MarkdownFinding::Kind::raw_html, line, column, {}});
    }
  }
  cmark_iter_free(it);
  for (cmark_node* n : dropped) cmark_node_free(n);
  return findings;
}

/// Marks each block of the HTML for check with the file line it comes from.
class BlockMarker {
 public:
  explicit BlockMarker(const MarkdownOptions& o) : options_(o) {}

  bool active() const { return options_.source_lines != nullptr; }

  /// The mark for line `line` (1-based) of the text; empty when not marking.
  std::string mark(int line, bool counts_lines = true) const {
    if (!active() || line < 1 || line > static_cast<int>(options_.source_lines->size())) return {};
    return source_mark(options_.source_file, (*options_.source_lines)[line - 1], counts_lines);
  }

  /// cmark's data-sourcepos="l:c-l:c" (CMARK_OPT_SOURCEPOS) in a block's
  /// start tag becomes a mark before that tag.
  std::string marks_for_sourcepos(const std::string& html) const {
    constexpr std::string_view kAttr = " data-sourcepos=\"";
    std::string out;
    out.reserve(html.size() + html.size() / 8);
    std::size_t pos = 0;
    for (std::size_t at; (at = html.find(kAttr, pos)) != std::string::npos;) {
      std::size_t lt = html.rfind('<', at);
      std::size_t value = at + kAttr.size(), end = html.find('"', value);
      // Inside a start tag that cmark wrote: a name, maybe attributes (a table cell's style) before it.
      bool in_tag = lt != std::string::npos && lt >= pos && lt + 1 < at &&
                    std::isalpha(static_cast<unsigned char>(html[lt + 1])) && html.find('>', lt) > at;
      if (!in_tag || end == std::string::npos) {
        out.append(html, pos, value - pos);
        pos = value;
        continue;
      }
      out.append(html, pos, lt - pos);
      out += mark(std::atoi(html.c_str() + value));
      out.append(html, lt, at - lt);
      pos = end + 1;
    }
    return out.append(html, pos);
  }

 private:
  const MarkdownOptions& options_;
};

/// The site path of a file in content/bestanden/ that `url` points at, as
/// the writer may write it: from content/ ("bestanden/foto.png") or from the
/// text's own folder ("../bestanden/foto.png"); "" for any other link.
std::string files_path(std::string_view url) {
  if (url.starts_with("../")) url.remove_prefix(3);
  return url.starts_with("bestanden/") ? std::string(url) : "";
}

/// `%20` and the like decoded, as the file's name on disk has them.
std::string percent_decoded(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      out += static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

/// Links and images to content/bestanden/ get the path from the page to the
/// site root, so the writer need not know where a page lands; a missing file
/// and an image without alt text are findings.
std::vector<MarkdownFinding> link_files(cmark_node* doc, const std::string& text, const MarkdownOptions& options,
                                        const std::vector<Fragment>& fragments) {
  const std::vector<std::string_view> lines = lines_of(text);
  std::vector<MarkdownFinding> findings;
  std::vector<cmark_node*> links = nodes_of_type(doc, CMARK_NODE_IMAGE);
  for (cmark_node* link : nodes_of_type(doc, CMARK_NODE_LINK)) links.push_back(link);
  for (cmark_node* n : links) {
    const std::string url = cmark_node_get_url(n) ? cmark_node_get_url(n) : "";
    if (cmark_node_get_type(n) == CMARK_NODE_IMAGE &&
        plain_text(n, fragments).find_first_not_of(" \t\r\n") == std::string::npos) {
      auto [line, column] = link_position(n, url, lines);
      findings.push_back({MarkdownFinding::Kind::image_without_alt, line, column, url});
    }
    const std::string path = files_path(url);
    if (path.empty()) continue;
    const std::string file = percent_decoded(path.substr(0, path.find_first_of("?#")));
    if (options.files && !options.files->contains(file)) {
      auto [line, column] = link_position(n, url, lines);
      findings.push_back({MarkdownFinding::Kind::missing_file, line, column, file});
    }
    cmark_node_set_url(n, (options.root + path).c_str());
  }
  std::stable_sort(findings.begin(), findings.end(), [](const MarkdownFinding& a, const MarkdownFinding& b) {
    return std::pair(a.line, a.column) < std::pair(b.line, b.column);
  });
  return findings;
}

/// cmark-gfm's extensions, registered once: its own guard is a plain flag,
/// and texts are rendered on several threads at once (site_renderer.cc).
void register_extensions() {
  static const bool registered = [] {
    cmark_gfm_core_extensions_ensure_registered();
    return true;
  }();
  (void)registered;
}

std::string unique_id(std::string base, std::vector<std::string>& taken) {
  if (base.empty()) base = "sectie";
  std::string id = base;
  for (int n = 2; std::find(taken.begin(), taken.end(), id) != taken.end(); ++n) id = fmt::format("{}-{}", base, n);
  taken.push_back(id);
  return id;
}

}  // namespace

std::vector<Chapter> chapters_of(const std::string& text) {
  register_extensions();
  std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8));
  // The table extension decides whether a line is a table row or a setext heading underline.
  if (cmark_syntax_extension* ext = cmark_find_syntax_extension("table"))
    cmark_parser_attach_syntax_extension(parser.get(), ext);
  cmark_parser_feed(parser.get(), text.data(), text.size());
  std::unique_ptr<cmark_node, NodeDeleter> doc(cmark_parser_finish(parser.get()));
  std::vector<cmark_node*> headings = nodes_of_type(doc.get(), CMARK_NODE_HEADING);
  int top = 6;
  for (cmark_node* h : headings) top = std::min(top, cmark_node_get_heading_level(h));
  std::vector<Chapter> out;
  for (cmark_node* h : headings)
    if (cmark_node_get_heading_level(h) == top)
      out.push_back({cmark_node_get_start_line(h), std::string(trim(plain_text(h, {}))), true});
  // A chapter has content when anything but a heading or a comment stands
  // between its heading and the next chapter's.
  std::size_t chapter = 0;
  for (cmark_node* n = cmark_node_first_child(doc.get()); n; n = cmark_node_next(n)) {
    int line = cmark_node_get_start_line(n);
    while (chapter < out.size() && out[chapter].line <= line) ++chapter;
    if (chapter == 0) continue;  // before the first chapter
    cmark_node_type type = cmark_node_get_type(n);
    if (type == CMARK_NODE_HEADING) continue;
    if (type == CMARK_NODE_HTML_BLOCK && only_comments(cmark_node_get_literal(n) ? cmark_node_get_literal(n) : ""))
      continue;
    out[chapter - 1].empty = false;
  }
  return out;
}

RenderedMarkdown render_markdown(const std::string& text, const std::vector<Fragment>& fragments,
                                 const MarkdownOptions& options, std::vector<std::string>& taken_ids) {
  register_extensions();
  const int parse_options = CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8;
  std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(parse_options));
  for (const char* name : {"table", "strikethrough", "autolink", "tagfilter"}) {
    if (std::string(name) == "tagfilter" && !options.allow_html) continue;
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(parser.get(), ext);
  }
  cmark_parser_feed(parser.get(), text.data(), text.size());
  std::unique_ptr<cmark_node, NodeDeleter> doc(cmark_parser_finish(parser.get()));

  RenderedMarkdown out;
  out.findings = enforce_policy(doc.get(), text, options.allow_html);
  for (MarkdownFinding& f : link_files(doc.get(), text, options, fragments)) out.findings.push_back(std::move(f));
  const BlockMarker marker(options);
  // cmark writes no position in raw HTML; the writer's own HTML gets its mark here.
  if (marker.active())
    for (cmark_node* block : nodes_of_type(doc.get(), CMARK_NODE_HTML_BLOCK))
      cmark_node_set_literal(block,
                             (marker.mark(cmark_node_get_start_line(block)) + cmark_node_get_literal(block)).c_str());

  // Headings: plain text for ids and the table of contents, before the
  // shortcodes inside them become HTML.
  std::vector<cmark_node*> headings = nodes_of_type(doc.get(), CMARK_NODE_HEADING);
  int top = 6;
  for (cmark_node* h : headings) top = std::min(top, cmark_node_get_heading_level(h));
  int counters[7] = {0};
  for (cmark_node* h : headings) {
    Heading entry;
    entry.level = cmark_node_get_heading_level(h);
    entry.text = plain_text(h, fragments);
    entry.id = unique_id(slugify(entry.text), taken_ids);
    int depth = entry.level - top;  // 0 = chapter
    if (options.number_headings && depth <= 1) {
      ++counters[depth];
      for (int d = depth + 1; d < 7; ++d) counters[d] = 0;
      entry.number = depth == 0 ? fmt::format("{}", counters[0]) : fmt::format("{}.{}", counters[0], counters[1]);
    }
    out.headings.push_back(entry);
  }

  for (cmark_node* code : nodes_of_type(doc.get(), CMARK_NODE_CODE))
    cmark_node_set_literal(
        code, substitute(cmark_node_get_literal(code), fragments, [](const Fragment& f) { return f.source; }).c_str());
  for (cmark_node* block : nodes_of_type(doc.get(), CMARK_NODE_CODE_BLOCK))
    cmark_node_set_literal(block, substitute(cmark_node_get_literal(block), fragments, [](const Fragment& f) {
                                    return f.source;
                                  }).c_str());
  for (cmark_node* p : nodes_of_type(doc.get(), CMARK_NODE_PARAGRAPH))
    if (const Fragment* f = lone_block(p, fragments)) {
      // What a shortcode made comes, as a whole, from the shortcode's line.
      cmark_node_insert_before(
          p, html_node(CMARK_NODE_HTML_BLOCK, marker.mark(cmark_node_get_start_line(p), false) + f->html));
      cmark_node_free(p);
    }
  for (cmark_node* t : nodes_of_type(doc.get(), CMARK_NODE_TEXT)) expand_text_node(t, fragments);
  // A wide table scrolls inside its holder on a phone; the holder must then be
  // reachable by keyboard (WCAG 2.1.1), hence tabindex and a region name.
  for (cmark_node* table : tables(doc.get())) {
    cmark_node_insert_before(
        table,
        html_node(CMARK_NODE_HTML_BLOCK, fmt::format("{}<div class=\"tabelhouder\" {} tabindex=\"0\">",
                                                     marker.mark(cmark_node_get_start_line(table)), kTableRegionName)));
    cmark_node_insert_after(table, html_node(CMARK_NODE_HTML_BLOCK, "</div>"));
  }

  cmark_llist* extensions = cmark_parser_get_syntax_extensions(parser.get());
  // Style attributes, not the obsolete align=, for column alignment in tables.
  const int render_options = CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES;
  for (std::size_t i = 0; i < headings.size(); ++i) {
    cmark_node* h = headings[i];
    const Heading& entry = out.headings[i];
    std::string inner = take_string(cmark_render_html(h, render_options, extensions));
    // cmark renders "<hN>inner</hN>\n"; keep inner, write our own tag around it.
    auto open = inner.find('>');
    auto close = inner.rfind("</h");
    inner = (open != std::string::npos && close != std::string::npos && close > open)
                ? inner.substr(open + 1, close - open - 1)
                : inner;
    std::string number = entry.number.empty() ? "" : fmt::format("<span class=\"kopnummer\">{}</span> ", entry.number);
    cmark_node_insert_before(
        h, html_node(CMARK_NODE_HTML_BLOCK,
                     fmt::format("{4}<h{0} id=\"{1}\">{2}{3}</h{0}>", entry.level, escape_html(entry.id), number, inner,
                                 marker.mark(cmark_node_get_start_line(h)))));
    cmark_node_free(h);
  }

  if (!marker.active()) {
    out.html = take_string(cmark_render_html(doc.get(), render_options, extensions));
  } else {
    out.html = marker.marks_for_sourcepos(
        take_string(cmark_render_html(doc.get(), render_options | CMARK_OPT_SOURCEPOS, extensions)));
  }
  return out;
}

}  // namespace spiegel
