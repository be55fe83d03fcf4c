// The site's search index, made by Pagefind (search/pagefind.h) after
// everything else is built and checked. What it holds:
//   - the pages marked for it (the layout puts data-pagefind-body on <main>
//     where the view model has pagina.zoekindex: reports, indicators, pages),
//     without tables, charts and the blocks below;
//   - each conclusie, aanbeveling and norm of a report as a result of its own,
//     titled "Aanbeveling 2 — Deventer — aan de raad" and linking to its anchor.
// Filters: soort, gemeente, thema. The site's search page (templates/zoeken.*)
// reads it in the browser; nothing runs on a server.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "compute/site_data.h"
#include "model/site_files.h"
#include "search/pagefind.h"
#include "text/outline.h"

namespace spiegel {

/// A result for each conclusie, aanbeveling and norm of the reports in `outlines`.
std::vector<SearchRecord> search_records(const SiteData& site, const std::vector<TextOutline>& outlines);

/// The text of a piece of Spiegel's own HTML: tags left out, character
/// references read, white space as single spaces.
std::string text_of_html(std::string_view html);

/// The pages of `site` marked for the index, as Pagefind gets them.
std::vector<PagefindPage> search_pages(const SiteFiles& site);

/// The index of `pages` and `records`, as site files under pagefind/ (where
/// templates/zoeken.mustache looks for it):
/// what Pagefind's search script (pagefind.js) loads; Pagefind's ready-made
/// interfaces are left out, since the search page has its own. `language`:
/// the site's `taal`. Throws Error when Pagefind fails.
SiteFiles search_index(const std::filesystem::path& pagefind, const std::vector<PagefindPage>& pages,
                       const std::vector<SearchRecord>& records, const std::string& language);

}  // namespace spiegel
