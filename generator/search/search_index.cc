#include "search/search_index.h"

#include <fmt/format.h>

#include "check/html_scanner.h"
#include "text/blocks.h"

namespace fs = std::filesystem;

namespace spiegel {

namespace {

/// `html` without its `tag` elements (Spiegel's own output, where neither
/// nests in itself). Left out of the index: charts (<svg>), whose drawing
/// holds no words a reader searches for and whose text alternative stands
/// beside them, and tables of numbers, which are data rather than prose (the
/// tables' downloads and the open data hold them). On a national monitor they
/// are four fifths of every page's bytes, and Pagefind's time goes with the
/// bytes it parses (6 s → 2 s), so they never reach it.
std::string without(const std::string& html, std::string_view tag) {
  const std::string open_tag = fmt::format("<{}", tag), close_tag = fmt::format("</{}>", tag);
  std::string out;
  out.reserve(html.size());
  std::size_t at = 0;  // what is before `at` is copied or left out already
  for (std::size_t open = html.find(open_tag); open != std::string::npos; open = html.find(open_tag, open + 1)) {
    if (open < at) continue;
    const char next = open + open_tag.size() < html.size() ? html[open + open_tag.size()] : '\0';
    if (next != ' ' && next != '>' && next != '\n') continue;  // <tablet> is no <table>
    std::size_t close = html.find(close_tag, open);
    if (close == std::string::npos) break;
    out.append(html, at, open - at);
    at = close + close_tag.size();
  }
  out.append(html, at);
  return out;
}

/// The files of Pagefind's own interfaces, which the site does not use.
bool is_ready_made_ui(const std::string& path) {
  return path.starts_with("pagefind-ui.") || path.starts_with("pagefind-component-ui.") ||
         path.starts_with("pagefind-modular-ui.") || path.starts_with("pagefind-highlight.");
}

/// Whether a tag stays inside a word's run of text: a link or emphasis does
/// ("norm <a>3</a>." reads "norm 3."); a paragraph, list item or footnote
/// mark separates words.
bool is_inline_tag(const std::string& name) {
  for (std::string_view inline_name : {"a", "strong", "em", "b", "i", "span", "code", "abbr", "mark", "small", "q"})
    if (name == inline_name) return true;
  return false;
}

/// The block kinds that are results of their own.
bool is_search_record_kind(const std::string& kind) {
  return kind == "conclusie" || kind == "aanbeveling" || kind == "norm";
}

/// The folder of the index on the site; templates/zoeken.mustache names it too.
constexpr const char* kSearchFolder = "pagefind/";

}  // namespace

std::string text_of_html(std::string_view html) {
  // check's tokenizer reads the tags and the character references.
  std::string out;
  bool space = false;
  for (const HtmlToken& t : scan_html(html)) {
    if (t.kind != HtmlToken::Kind::text) {
      if (!is_inline_tag(t.name)) space = true;  // </p><p> separates words
      continue;
    }
    for (char c : t.text) {
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
        space = true;
        continue;
      }
      if (space && !out.empty()) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

std::vector<SearchRecord> search_records(const SiteData& site, const std::vector<TextOutline>& outlines) {
  std::vector<SearchRecord> out;
  for (const TextOutline& o : outlines) {
    if (!o.gemeente || !o.blocks) continue;  // conclusies and aanbevelingen belong to reports
    const std::string naam = site.display_name(o.gemeente->code);
    for (const Block& b : *o.blocks) {
      if (!is_search_record_kind(b.kind)) continue;
      std::string title = block_title(b) + " — " + naam;
      if (auto aan = b.attrs.find("aan"); aan != b.attrs.end())
        title += aan->second == "raad" ? " — aan de raad" : " — aan het college";
      if (auto oordeel = b.attrs.find("oordeel"); oordeel != b.attrs.end()) {
        title += " — ";
        const std::size_t word = title.size();
        title += judgement_of(oordeel->second).word;  // "Voldoet deels", here "voldoet deels"
        if (title[word] >= 'A' && title[word] <= 'Z') title[word] = static_cast<char>(title[word] - 'A' + 'a');
      }
      SearchRecord r{"/" + o.url + "index.html#" + b.id, text_of_html(b.html), {{"title", title}}, {}};
      r.filters["soort"] = {block_label(b.kind)};
      r.filters["gemeente"] = {naam};
      if (auto thema = b.attrs.find("thema"); thema != b.attrs.end() && !thema->second.empty())
        r.filters["thema"] = {thema->second};
      out.push_back(std::move(r));
    }
  }
  return out;
}

std::vector<PagefindPage> search_pages(const SiteFiles& site) {
  std::vector<PagefindPage> pages;
  for (const auto& [path, bytes] : site)
    if (path.ends_with(".html") && !path.starts_with(kEditionsFolder) &&
        bytes.find("data-pagefind-body") != std::string::npos)
      pages.push_back({"/" + path, without(without(bytes, "svg"), "table")});
  return pages;
}

SiteFiles search_index(const fs::path& pagefind, const std::vector<PagefindPage>& pages,
                       const std::vector<SearchRecord>& records, const std::string& language) {
  PagefindConfig config;
  config.language = language;
  // The blocks that are results of their own would otherwise be found twice; the print-only title page repeats the
  // report's title; a table's download line is no prose.
  config.exclude_selectors = {".blok-conclusie", ".blok-aanbeveling", ".blok-norm", ".alleen-print", ".download"};
  SiteFiles out;
  for (auto& [path, bytes] : run_pagefind(pagefind, config, pages, records))
    if (!is_ready_made_ui(path)) out[kSearchFolder + path] = std::move(bytes);
  return out;
}

}  // namespace spiegel
