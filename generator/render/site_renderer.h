// The render stage for a whole site: each page's Markdown and shortcodes,
// then its template, plus the sitemap and the theme's assets.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/diagnostics.h"
#include "compute/site_data.h"
#include "render/text_renderer.h"
#include "render/theme.h"
#include "validate/anonymity.h"
#include "write/open_data.h"

namespace spiegel {

/// Output path (relative to the site root) → file contents; sorted, so writing is reproducible.
using SiteFiles = std::map<std::string, std::string>;

/// What one render keeps for the next, for `spiegel serve` (see rebuilder.h).
/// A rendered text depends only on its document and on the SiteData (figures,
/// registry, settings, anonymisation), never on the theme or on other texts;
/// so the cache holds as long as the SiteData is not reloaded or recomputed,
/// and its owner must clear() it whenever that happens.
struct RenderCache {
  struct Text {
    Document source;  ///< the document as it was rendered; compared whole, so any edit misses
    const Gemeente* gemeente = nullptr;
    bool is_report = false;
    RenderedText text;
  };
  std::map<std::string, Text> texts;  ///< by document path; only texts rendered without diagnostics
  std::optional<OpenDataFigures> open_data;  ///< depends on the SiteData alone
  /// page_context by output path: it reads the figures and the front matter,
  /// never a text's body, so it holds as long as the texts do.
  std::map<std::string, nlohmann::json> contexts;
  /// With `anonimiseren`: what the check found in files without a text, to skip the unchanged ones.
  AnonymityMemo anonymity;

  /// Of the last render_site with this cache: texts rendered anew, and texts in all.
  int texts_rendered = 0;
  int texts_total = 0;

  void clear() { *this = RenderCache{}; }
};

/// Renders every page. Content and template errors go to `diags`. With a
/// cache, texts whose document did not change since the cache was filled are
/// taken from it instead of rendered; the output is the same byte for byte.
SiteFiles render_site(const SiteData& site, const Theme& theme, Diagnostics& diags, RenderCache* cache = nullptr);

/// The full view model of one page (as the template sees it), by its source
/// path (content/gemeenten/deventer.md), its output path or its url.
std::optional<nlohmann::json> page_view_model(const SiteData& site, const std::string& which, Diagnostics& diags);

}  // namespace spiegel
