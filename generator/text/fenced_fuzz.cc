// libFuzzer target for the fenced blocks of a report (text/blocks.h):
//   ::: conclusie {#kosten thema=organisatie}
//   …
//   :::
// found after the shortcodes became placeholders, as the text renderer does,
// checked, numbered, cross-linked, joined by the tables and figures the
// shortcodes make, and numbered per chapter. Mistakes are diagnostics; a
// crash, hang or sanitizer report is not. Besides, it checks what rendering
// relies on: a file line for every line of the text and of each block, every
// outermost closed block's placeholder in the text, placeholder indices after
// the shortcodes', numbers from 1 per kind, and an id for every block (an
// empty {#} is an error).
// Fenced code (``` and ~~~) is found by the shortcode parser and here, so one
// target covers both; the shortcodes themselves are evaluated by
// render/shortcodes_fuzz.cc. Built with -DSPIEGEL_FUZZ=ON (clang): bench/fuzz.sh fenced_fuzz.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "text/blocks.h"
#include "text/shortcode_parser.h"

namespace {

#define require(ok)                                                         \
  do {                                                                      \
    if (!(ok)) {                                                            \
      std::fprintf(stderr, "fenced_fuzz.cc:%d: %s faalt\n", __LINE__, #ok); \
      std::abort();                                                         \
    }                                                                       \
  } while (0)

std::size_t line_ends(const std::string& s) { return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n')); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  constexpr int kFirstLine = 4;  // after a front matter of two lines
  spiegel::Diagnostics diags;
  spiegel::ShortcodeScan scan = spiegel::scan_shortcodes(text, "gemeenten/aa.md", kFirstLine, diags);
  const int last_line = kFirstLine + static_cast<int>(line_ends(scan.text));
  spiegel::BlockScan blocks = spiegel::scan_blocks(scan.text, "gemeenten/aa.md", kFirstLine, scan.calls.size(), diags);

  require(blocks.lines.size() == line_ends(blocks.text));
  for (int line : blocks.lines) require(line >= kFirstLine && line <= last_line);
  for (std::size_t i = 0; i < blocks.blocks.size(); ++i) {
    const spiegel::Block& b = blocks.blocks[i];
    require(b.fragment == scan.calls.size() + i);
    require(b.loc.line >= kFirstLine && b.loc.line <= last_line);
    require(b.lines.size() == line_ends(b.inner));
    for (int line : b.lines) require(line > b.loc.line && line <= last_line);
    require(!b.id.empty() || diags.has_errors());  // an empty {#} is an error ("ongeldige id")
    require(!b.kind.empty());
    require(!spiegel::block_title(b).empty());
    spiegel::block_reference(b);
    if (auto oordeel = b.attrs.find("oordeel"); oordeel != b.attrs.end()) spiegel::judgement_of(oordeel->second);
  }
  // Each closed block's placeholder stands once in the text or in its parent, unless the writer typed one.
  if (text.find("SPGLSC") == std::string::npos) {
    std::map<std::size_t, int> placed;
    auto count_placeholders = [&](const std::string& s) {
      std::size_t index = 0, length = 0;
      for (std::size_t at = spiegel::find_placeholder(s, 0, index, length); at != std::string::npos;
           at = spiegel::find_placeholder(s, at + length, index, length))
        if (index >= scan.calls.size()) ++placed[index];
    };
    count_placeholders(blocks.text);
    for (const spiegel::Block& b : blocks.blocks) count_placeholders(b.inner);
    for (const auto& [index, n] : placed) require(index < scan.calls.size() + blocks.blocks.size() && n == 1);
  }

  spiegel::add_shortcode_blocks(blocks, scan.calls, diags);
  std::map<std::string, int> last_number;
  for (const spiegel::Block& b : blocks.blocks) {
    if (b.kind != "tabel" && b.kind != "figuur") continue;
    require(b.number == ++last_number[b.kind]);
    require(!b.id.empty() || diags.has_errors());  // as above, for id= of a shortcode
  }
  // Chapters: the report's "## " headings, by file line.
  std::vector<int> chapters;
  std::size_t start = 0;
  for (std::size_t k = 0; k < blocks.lines.size(); ++k) {
    std::size_t end = blocks.text.find('\n', start);
    if (blocks.text.compare(start, 3, "## ") == 0) chapters.push_back(blocks.lines[k]);
    start = end + 1;
  }
  std::sort(chapters.begin(), chapters.end());
  spiegel::number_per_chapter(blocks, chapters);
  for (const spiegel::Block& b : blocks.blocks) {
    if (b.kind != "tabel" && b.kind != "figuur") continue;
    require(b.number >= 1 && b.chapter >= 0 && b.chapter <= static_cast<int>(chapters.size()));
  }
  for (const spiegel::ShortcodeCall& call : scan.calls)
    if (call.name == "tabel" || call.name == "kenmerken" || call.name == "grafiek" || call.name == "kaart")
      require(spiegel::shortcode_block(blocks, call) != nullptr);
  return 0;
}
