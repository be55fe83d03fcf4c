// One Markdown text through the render stage: shortcodes found, blocks found
// and numbered, shortcodes evaluated, blocks rendered inside out, then the
// whole text.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "chart/map_chart.h"
#include "compute/site_data.h"
#include "render/markdown.h"
#include "render/shortcode_args.h"
#include "text/blocks.h"

namespace spiegel {

struct RenderedText {
  std::string html;
  std::vector<Heading> headings;
  BlockScan blocks;                      ///< with each block's html filled in
  std::vector<TableDownload> downloads;  ///< the text's tables, offered for download beside its page
  std::vector<SharedFile> shared_files;  ///< the files its page shares with others (maps)
};

/// Renders `doc`; `gemeente` is the report's gemeente (nullptr for other
/// pages); reports get numbered headings; `root` leads from the page to the
/// site root ("../../"), for links to bestanden/; `map` is the theme's map for
/// `kaart` (nullptr for none). Problems go to `diags`. With `mark_sources`
/// the HTML carries source marks (render/source_marks.h) for check. `shared`
/// makes the files pages share (nullptr: figures are drawn into the page);
/// `editions` holds the earlier editions' figures for `editie=` (nullptr: none).
RenderedText render_text(const SiteData& site, const Document& doc, const Gemeente* gemeente, bool is_report,
                         const std::string& root, const chart::MapGeometry* map, Diagnostics& diags,
                         bool mark_sources = false, BuildShared* shared = nullptr,
                         const std::map<std::string, const SiteData*>* editions = nullptr);

}  // namespace spiegel
