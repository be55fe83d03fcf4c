// The pipeline, written once: load → compute the groups → validate → compute
// the figures → render → open data → the checks on the finished site → the
// search index (when the site has search). `build`,
// `check` and `serve` all run it (serve's Rebuilder only chooses what it may
// keep between runs), and so do their tests: a check added here is in every
// command at once.
#pragma once

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "compute/site_data.h"
#include "model/site_files.h"
#include "render/site_renderer.h"
#include "render/theme.h"
#include "search/search_index.h"
#include "validate/anonymity.h"
#include "write/open_data.h"
#include "write/table_download.h"

namespace spiegel {

/// How a command wants the site built.
struct BuildOptions {
  /// Every warning is an error, so a site that would show one is refused:
  /// `spiegel build --strikt`, and `spiegel check` always.
  bool strict = false;
  /// The slugs of the reports that get a rapport.pdf beside their page
  /// (`spiegel pdf`), so those pages link it; nullopt in a plain build, which
  /// has no PDF and no link.
  std::optional<std::set<std::string>> pdf_reports = std::nullopt;
  /// Whether the texts marked `concept: true` are built (with a band that
  /// says so): `--concepten`, and always in `serve`. Without, they are left
  /// out before anything is computed (load/content_loader.h).
  bool concepts = false;
  /// When given, gets for each page where its lines come from in the texts
  /// and templates (`spiegel check`); the site stays the same byte for byte.
  std::map<std::string, SourceMap>* source_maps = nullptr;
  /// Pagefind (search/pagefind.h), when the site gets search: a search page,
  /// the marks in the pages, and the index under pagefind/, made before
  /// build_site returns. nullopt: a site without search.
  std::optional<std::filesystem::path> pagefind = std::nullopt;
  /// With pagefind: when given, the index is not made; this gets the records
  /// it is made from besides the pages, so the caller makes it later with
  /// search_index (serve does, in the background, so a text edit shows at once).
  std::vector<SearchRecord>* deferred_search = nullptr;
  /// With `--edities` (site/editions.h): the editions and which one this build
  /// is, for the list on every page and the band on an earlier one.
  const EditionNav* editions = nullptr;
  /// The aanbevelingen of earlier editions (rapport#id), which the follow-up
  /// register may name besides those of this build's reports.
  std::vector<std::string> earlier_aanbevelingen = {};
  /// When given, gets the aanbevelingen of this build's reports, as rapport#id.
  std::vector<std::string>* aanbevelingen = nullptr;
};

/// A project loaded, validated and computed, with its theme.
struct Project {
  SiteData site;
  Theme theme;
};

/// Compute and validate loaded content: the groups, the references between
/// the files, then the figures. Errors go to `diags`.
SiteData prepare_site(Content content, Diagnostics& diags);

/// Loads the project's content/, leaves out the concepts unless `options` asks
/// for them, and prepares it; nullopt when `diags` has errors.
std::optional<SiteData> load_site(const std::filesystem::path& dir, Diagnostics& diags,
                                  const BuildOptions& options = {});

/// The built-in theme with the project's templates/ over it; nullopt on errors.
std::optional<Theme> load_project_theme(const std::filesystem::path& dir, Diagnostics& diags);

/// load_site and load_project_theme; nullopt when `diags` has errors.
std::optional<Project> load_project(const std::filesystem::path& dir, Diagnostics& diags,
                                    const BuildOptions& options = {});

/// Re-reads the texts at `paths` (relative to `dir`) into `site` and checks
/// the references again. Compute may read a text's front matter (its own
/// referentiegroep), never the text below it, so the figures stay. False when
/// that is not enough (a front matter changed, a file is new, unreadable or a
/// link): then load everything again.
bool reload_texts(SiteData& site, const std::filesystem::path& dir, const std::vector<std::string>& paths,
                  Diagnostics& diags);

/// Each table download's workbook, by path, with the table it was made from:
/// a text edit changes few tables, and a workbook costs milliseconds.
using WorkbookMemo = std::map<std::string, std::pair<TableDownload, Workbook>>;

/// What one build keeps for the next while the SiteData stays (for `serve`,
/// see serve/rebuilder.h); its owner clears it whenever the SiteData is loaded
/// or computed again.
struct BuildCache {
  RenderCache render;                        ///< rendered texts and page view models
  std::optional<OpenDataFigures> open_data;  ///< depends on the SiteData alone
  AnonymityMemo anonymity;                   ///< what the check found in files without a text
  WorkbookMemo workbooks;                    ///< the table downloads' workbooks

  void clear() { *this = BuildCache{}; }
};

/// Every file of the site, checked: the pages, sitemap and assets, the open
/// data, and with `anonimiseren` no real name anywhere. Errors go to `diags`.
SiteFiles build_site(const SiteData& site, const Theme& theme, Diagnostics& diags, BuildCache* cache = nullptr,
                     BuildOptions options = {});

/// load_project and build_site: the site in memory, nullopt when `diags` has errors.
std::optional<SiteFiles> build_in_memory(const std::filesystem::path& dir, Diagnostics& diags,
                                         BuildOptions options = {});

}  // namespace spiegel
