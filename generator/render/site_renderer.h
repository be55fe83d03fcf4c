// The render stage for a whole site: each page's Markdown and shortcodes,
// then its template, plus the sitemap and the theme's assets. The open data
// and the checks on the finished site are the pipeline's (site/pipeline.h).
#pragma once

#include <deque>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "assemble/pages.h"
#include "base/diagnostics.h"
#include "compute/site_data.h"
#include "model/site_files.h"
#include "render/source_marks.h"
#include "render/text_renderer.h"
#include "render/theme.h"
#include "text/outline.h"

namespace spiegel {

/// What one render keeps for the next, for `spiegel serve` (see rebuilder.h).
/// A rendered text depends only on its document, on the SiteData (figures,
/// registry, settings, anonymisation) and on the theme's maps, never on the
/// templates or on other texts; so the cache holds as long as the SiteData is
/// not reloaded or recomputed and the maps stay, and its owner must clear() it
/// whenever either changes.
struct RenderCache {
  struct Text {
    Document source;  ///< the document as it was rendered; compared whole, so any edit misses
    const Gemeente* gemeente = nullptr;
    bool is_report = false;
    RenderedText text;
  };
  std::map<std::string, Text> texts;  ///< by document path; only texts rendered without diagnostics
  /// page_view by output path: it reads the figures and the front matter,
  /// never a text's body, so it holds as long as the texts do.
  std::map<std::string, PageView> views;
  /// Each page's HTML by output path. A page is its view, its own text, the
  /// overviews of all texts (on the aanbevelingen and conclusies pages) and
  /// the templates; so it holds while its view and text are kept, and its
  /// owner clears it when the templates change (clear_pages).
  std::map<std::string, std::string> pages;

  /// Of the last render_site with this cache: texts rendered anew, and texts in all.
  int texts_rendered = 0;
  int texts_total = 0;
  /// Of the last render_site with this cache: pages put through their template.
  int pages_rendered = 0;

  void clear() { *this = RenderCache{}; }
  /// After a template edit: the texts and views stay, the pages go.
  void clear_pages() { pages.clear(); }
};

/// A table offered for download on a page (see TableDownload).
struct PageDownload {
  std::string path;  ///< beside the page, without extension: gemeenten/deventer/tabel-2
  const TableDownload* table;
  const Document* source;  ///< the text the table stands in
};

/// What render_site makes.
struct RenderedSite {
  SiteFiles files;                                 ///< every page, sitemap.xml and the theme's assets
  std::vector<TextOutline> outlines;               ///< each text's structure, for the open data
  std::deque<RenderedText> own_texts;              ///< the texts not kept in a cache, which outlines point into
  std::map<std::string, const Document*> sources;  ///< output path → the text a page comes from
  std::vector<PageDownload> downloads;             ///< every page's tables, pointing into the texts as outlines do
};

/// Renders every page. Content and template errors go to `diags`. With a
/// cache, texts whose document did not change since the cache was filled are
/// taken from it instead of rendered; the output is the same byte for byte.
/// `options`: the PDFs the pages link and whether the site has search
/// (assemble/pages.h); a cache serves one kind of build only.
/// `source_maps`, when given, gets for each page where its lines come from
/// (for check); the pages are the same byte for byte.
RenderedSite render_site(const SiteData& site, const Theme& theme, Diagnostics& diags, RenderCache* cache = nullptr,
                         const PageOptions& options = {}, std::map<std::string, SourceMap>* source_maps = nullptr);

/// The full view model of one page (as the template sees it), by its source
/// path (content/gemeenten/deventer.md), its output path or its url, as a
/// build with `options` renders it.
std::optional<nlohmann::json> page_view_model(const SiteData& site, const Theme& theme, const std::string& which,
                                              Diagnostics& diags, const PageOptions& options = {});

}  // namespace spiegel
