// libFuzzer target for a report's text without figures: shortcodes found,
// blocks found and rendered apart, footnotes numbered and placed. Besides
// crashes and sanitizer reports it checks what a reader relies on: no note
// or reference id twice in a page, and every reference finds its note.
// Built with -DSPIEGEL_FUZZ=ON (clang): bench/fuzz.sh footnotes_fuzz.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>

#include "render/footnotes.h"
#include "render/markdown.h"
#include "text/blocks.h"
#include "text/shortcode_parser.h"

namespace {

#define require(ok)                                                            \
  do {                                                                         \
    if (!(ok)) {                                                               \
      std::fprintf(stderr, "footnotes_fuzz.cc:%d: %s faalt\n", __LINE__, #ok); \
      std::abort();                                                            \
    }                                                                          \
  } while (0)

/// The values of every `attr="…"` in html that start with `prefix`.
std::multiset<std::string> values(const std::string& html, const std::string& attr, const std::string& prefix) {
  std::multiset<std::string> out;
  const std::string open = attr + "=\"" + prefix;
  for (std::size_t at = 0; (at = html.find(open, at)) != std::string::npos; at += open.size()) {
    std::size_t end = html.find('"', at + open.size());
    if (end != std::string::npos) out.insert(html.substr(at + open.size(), end - at - open.size()));
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  spiegel::Diagnostics diags;
  spiegel::ShortcodeScan scan = spiegel::scan_shortcodes(text, "f.md", 1, diags);
  spiegel::BlockScan blocks = spiegel::scan_blocks(scan.text, "f.md", 1, scan.calls.size(), diags);
  const std::string definitions = spiegel::footnote_definitions(scan.text, "f.md", 1, diags);
  std::vector<spiegel::Fragment> fragments(scan.calls.size() + blocks.blocks.size());
  std::vector<std::string> taken;
  spiegel::MarkdownOptions options;
  for (auto it = blocks.blocks.rbegin(); it != blocks.blocks.rend(); ++it) {
    std::vector<std::string> ids = taken;
    it->html = spiegel::render_markdown(it->inner + definitions, fragments, options, ids).html;
    fragments[it->fragment] = spiegel::Fragment{"<div>" + it->html + "</div>", "", true, ""};
  }
  options.number_headings = true;
  spiegel::RenderedMarkdown md = spiegel::render_markdown(blocks.text + definitions, fragments, options, taken);
  spiegel::Footnotes notes = spiegel::number_footnotes(md.html);
  std::vector<std::string> chapters;
  for (const spiegel::Heading& h : md.headings)
    if (h.level == 2) chapters.push_back("<h2 id=\"" + h.id + "\">");
  spiegel::place_footnotes(md.html, notes, chapters);

  if (std::getenv("SPIEGEL_FUZZ_SHOW")) std::fprintf(stderr, "%s\n", md.html.c_str());
  std::multiset<std::string> note_ids = values(md.html, "id", "fn-");
  std::multiset<std::string> ref_ids = values(md.html, "id", "fnref-");
  for (const std::string& id : note_ids) require(note_ids.count(id) == 1);
  for (const std::string& id : ref_ids) require(ref_ids.count(id) == 1);
  for (const std::string& target : values(md.html, "href", "#fn-")) require(note_ids.count(target) == 1);
  for (const std::string& target : values(md.html, "href", "#fnref-")) require(ref_ids.count(target) == 1);
  return 0;
}
