#include "render/source_marks.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace spiegel {

namespace {

// Control characters no page of Spiegel contains: cmark and the escaping keep
// them out of text, and a stray one is not valid HTML (check says so anyway).
constexpr char kOpen = '\x01';
constexpr char kClose = '\x02';

}  // namespace

std::string source_mark(std::string_view file, int line, bool counts_lines) {
  return fmt::format("{}{}{}{}{}", kOpen, line, counts_lines ? '+' : '=', file, kClose);
}

std::optional<SourceLoc> SourceMap::find(int page_line) const {
  auto it = std::lower_bound(spans.begin(), spans.end(), page_line,
                             [](const SourceSpan& s, int l) { return s.page_line < l; });
  if (it != spans.end() && it->page_line == page_line) return SourceLoc{it->file, it->line, 0};
  if (it == spans.begin()) return std::nullopt;
  const SourceSpan& before = *(it - 1);
  return SourceLoc{before.file, before.counts_lines ? before.line + page_line - before.page_line : before.line, 0};
}

std::string strip_source_marks(std::string_view html, SourceMap* map) {
  std::string out;
  out.reserve(html.size());
  int page_line = 1;
  std::size_t last_offset = std::string::npos;  // where the last kept mark stood in `out`
  for (std::size_t pos = 0; pos < html.size();) {
    std::size_t open = html.find(kOpen, pos);
    std::string_view text = html.substr(pos, open == std::string_view::npos ? html.npos : open - pos);
    out += text;
    page_line += static_cast<int>(std::count(text.begin(), text.end(), '\n'));
    if (open == std::string_view::npos) break;
    std::size_t close = html.find(kClose, open);
    int line = 0;
    auto [end, ec] = std::from_chars(html.data() + open + 1, html.data() + html.size(), line);
    std::size_t kind = static_cast<std::size_t>(end - html.data());
    if (close == std::string_view::npos || ec != std::errc() || kind >= close ||
        (html[kind] != '+' && html[kind] != '=')) {
      out += kOpen;  // not a mark: left as it was
      pos = open + 1;
      continue;
    }
    pos = close + 1;
    if (!map) continue;
    SourceSpan span{page_line, std::string(html.substr(kind + 1, close - kind - 1)), line, html[kind] == '+'};
    std::vector<SourceSpan>& spans = map->spans;
    if (!spans.empty() && last_offset == out.size()) {
      spans.back() = std::move(span);  // nothing came from the earlier mark
      continue;
    }
    // A mark that says what the one before already implies adds nothing.
    if (!spans.empty() && spans.back().counts_lines && span.counts_lines && spans.back().file == span.file &&
        spans.back().page_line != span.page_line &&
        spans.back().line + span.page_line - spans.back().page_line == span.line)
      continue;
    last_offset = out.size();
    spans.push_back(std::move(span));
  }
  return out;
}

}  // namespace spiegel
