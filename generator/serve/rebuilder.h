// Rebuilding the site in memory after a change, redoing only the stages the
// change affects (as Zola's serve.rs does):
//   templates  → reload the theme; content, groups and figures are kept
//   text       → re-read the changed Markdown files and re-check references;
//                the benchmark is kept when only the text below the front matter changed
//   data, settings, other, added or removed files → load and compute everything
// With the editions (serve --edities) the earlier editions are built once, and
// again after a template change or a full reload; a text edit keeps them.
// Every step is the pipeline's (site/pipeline.h), so serve checks what build
// checks; the Rebuilder only chooses which steps to redo. Its BuildCache keeps
// each text's rendered Markdown while the SiteData stays: a text edit renders only that text again, a template edit
// none. A rendered text depends only on its document and on the SiteData, so the cache is cleared whenever the SiteData
// is loaded or computed again. The open data that depends on the figures alone (the CSV files, monitor.json up to its
// texts) is kept the same way, and so is each page's view model before its
// text is added (page_view); with `anonimiseren`, so is what the anonymity
// check found in each unchanged file without a text (AnonymityMemo). Each
// page's HTML is kept too, until its text changes (the overviews: any text) or
// a template does: a text edit puts three pages through the templates, its
// own and the two overviews. What every render still does: put the site's
// files together and check the pages with a text for leaks. On the example a
// text edit takes under 10 ms; on a national monitor of 342 gemeenten about
// 80 ms (bench/serve_rebuild.sh).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "serve/file_watcher.h"
#include "site/editions.h"
#include "site/pipeline.h"

namespace spiegel {

/// The result of one (re)build.
struct BuildOutcome {
  std::optional<SiteFiles> files;  ///< nullopt when the build failed
  Diagnostics diags;               ///< the errors when it failed
  std::string redone;              ///< what was redone, in Dutch: "alles", "tekst", "sjablonen"
  int texts_rendered = 0;          ///< texts whose Markdown was rendered again (not from the cache)
  int texts_total = 0;             ///< texts on the site

  /// For the log, in Dutch: "tekst (1 van 19 teksten opnieuw)".
  std::string summary() const;
  std::string basis_url;  ///< from spiegel.yaml, when the content loaded
  std::string taal;       ///< from spiegel.yaml, when the content loaded
  /// With search: the records the index is made from besides the pages (SearchIndexer makes it).
  std::vector<SearchRecord> search_records;
  double milliseconds = 0;
};

/// Keeps the loaded project of the last build and rebuilds from it.
class Rebuilder {
 public:
  /// `pagefind`: the site has search (its pages and records; the index itself is SearchIndexer's).
  /// `editions`: also every git tag editie-<jaar>, as `build --edities` makes them (site/editions.h).
  explicit Rebuilder(std::filesystem::path project, std::optional<std::filesystem::path> pagefind = std::nullopt,
                     bool editions = false);

  /// Loads and renders everything.
  BuildOutcome build_all();
  /// Rebuilds after `changes` (from FileWatcher::poll), reusing what they do not affect.
  BuildOutcome rebuild(const std::vector<FileChange>& changes);
  /// Of the last build: the pages put through their template (the others were kept whole).
  int pages_rendered() const { return cache_.render.pages_rendered; }

 private:
  bool reload_site(Diagnostics& diags);
  bool reload_theme(Diagnostics& diags);
  bool reload_history(Diagnostics& diags);
  BuildOutcome finish(Diagnostics diags, std::string redone, double started_ms);

  std::filesystem::path project_;
  std::optional<std::filesystem::path> pagefind_;
  std::optional<SiteData> site_;  ///< loaded, validated and computed; nullopt after a failed load
  std::optional<Theme> theme_;    ///< nullopt after a failed load
  BuildCache cache_;              ///< of site_ as it is; cleared whenever site_ is loaded again
  bool editions_ = false;
  std::optional<EditionHistory> history_;  ///< with editions_, after a good load
};

}  // namespace spiegel
