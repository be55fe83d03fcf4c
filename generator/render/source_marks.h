// Where each part of a page comes from, for `spiegel check`: a finding in the
// built HTML is reported at the Markdown or template line the writer edits.
//
// While a page is rendered for check, the Markdown renderer and the Mustache
// engine put a mark before what they write: "what follows comes from file,
// line". The marks travel with the HTML through every step that moves it
// (shortcodes, blocks, footnotes, summaries, templates), so no step needs to
// keep offsets. strip_source_marks takes them out of the finished page and
// keeps them as a SourceMap: the page is byte for byte the page a build writes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"

namespace spiegel {

/// A mark: from here on the output comes from `file`:`line`. With
/// `counts_lines` each following line of output is the next line of the file
/// (Markdown paragraphs, template text); without, everything up to the next
/// mark comes from that one line (a table a shortcode made).
std::string source_mark(std::string_view file, int line, bool counts_lines = true);

/// One mark, where it stood in the page.
struct SourceSpan {
  int page_line = 1;  ///< 1-based line of the page the mark stood on
  std::string file;
  int line = 0;
  bool counts_lines = true;
};

/// The marks of one page, in page order.
struct SourceMap {
  std::vector<SourceSpan> spans;

  /// The file and line that line `page_line` of the page comes from: the first
  /// mark on that line, else the last mark before it; nullopt before any mark.
  std::optional<SourceLoc> find(int page_line) const;
};

/// `html` without its marks; the marks go to `map` (when given).
std::string strip_source_marks(std::string_view html, SourceMap* map);

}  // namespace spiegel
