// Markdown to HTML with cmark-gfm (tables, footnotes, autolinks,
// strikethrough), with shortcode results put in place, and headings given
// stable ids and report numbering (1, 1.1).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "text/outline.h"

namespace spiegel {

/// What a shortcode turned into.
struct Fragment {
  std::string html;    ///< safe HTML to insert
  std::string text;    ///< the same as plain text, for heading ids and the table of contents
  bool block = false;  ///< a table or chart: replaces the paragraph it stands alone in
  std::string source;  ///< the shortcode as written, shown as is inside code
};

/// The name render_markdown gives a table's scroll region; a captioned table
/// block (block_html.cc) replaces it with its caption.
inline constexpr std::string_view kTableRegionName = "role=\"region\" aria-label=\"Tabel\"";

struct MarkdownOptions {
  bool allow_html = false;       ///< keep raw HTML from the text (markdown_html: true)
  bool number_headings = false;  ///< reports number their chapters and sections
  /// When set, the file line of each line of the text: every block of the
  /// HTML gets a source_mark (render/source_marks.h) in `source_file`, for check.
  const std::vector<int>* source_lines = nullptr;
  std::string_view source_file = {};
  /// The site root seen from the page the text is on ("../../"): a link or
  /// image to bestanden/… (content/bestanden/) is written from there.
  std::string root = {};
  /// The files of content/bestanden/ by site path; a link or image to one
  /// that is not there is a finding. nullptr: not checked.
  const std::map<std::string, std::string>* files = nullptr;
};

/// Something in the text its writer must hear about. Lines and columns are
/// those of the text given to render_markdown (1-based); the caller knows
/// where that text stands in its file.
struct MarkdownFinding {
  enum class Kind {
    disallowed_link,    ///< a link or image to a scheme link_policy.h refuses: an error
    raw_html,           ///< raw HTML left out (markdown_html is off): a warning
    missing_file,       ///< a link or image to bestanden/… that content/bestanden/ does not have: an error
    image_without_alt,  ///< an image without alt text (![](…)): an error
  };
  Kind kind = Kind::disallowed_link;
  int line = 0;
  int column = 0;
  std::string url;  ///< the target as cmark read it, references decoded; missing_file: the file's site path
};

struct RenderedMarkdown {
  std::string html;
  std::vector<Heading> headings;
  std::vector<MarkdownFinding> findings;  ///< in document order
};

/// A chapter of a text: one of its headings of the highest level in it, as
/// render_markdown numbers them.
struct Chapter {
  int line = 0;        ///< 1-based line of its heading in the text
  std::string title;   ///< the heading as written, shortcodes unexpanded
  bool empty = false;  ///< nothing but subheadings and comments up to the next chapter
};
std::vector<Chapter> chapters_of(const std::string& text);

/// Renders `text` in which shortcode i stands as shortcode_placeholder(i) and
/// fragments[i] is its result. `taken_ids` are ids the page already uses; the
/// heading ids are added to it. A link or image to a refused scheme is written
/// without its target, raw HTML is left out unless options.allow_html, and
/// HTML comments always; each (but a comment) becomes a finding.
RenderedMarkdown render_markdown(const std::string& text, const std::vector<Fragment>& fragments,
                                 const MarkdownOptions& options, std::vector<std::string>& taken_ids);

}  // namespace spiegel
