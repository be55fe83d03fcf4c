// Rebuilding the site in memory after a change, redoing only the stages the
// change affects (as Zola's serve.rs does):
//   templates  → reload the theme; content, groups and figures are kept
//   text       → re-read the changed Markdown files and re-check references;
//                the benchmark is kept when only the text below the front matter changed
//   data, settings, other, added or removed files → load and compute everything
// Render always renders the whole site: the overviews show blocks of every
// report, and rendering the example takes a few milliseconds.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "compute/site_data.h"
#include "render/site_renderer.h"
#include "render/theme.h"
#include "serve/file_watcher.h"

namespace spiegel {

/// The result of one (re)build.
struct BuildOutcome {
  std::optional<SiteFiles> files;  ///< nullopt when the build failed
  Diagnostics diags;               ///< the errors when it failed
  std::string redone;              ///< what was redone, in Dutch: "alles", "tekst", "sjablonen"
  std::string basis_url;           ///< from spiegel.yaml, when the content loaded
  double milliseconds = 0;
};

/// Keeps the loaded project of the last build and rebuilds from it.
class Rebuilder {
 public:
  explicit Rebuilder(std::filesystem::path project);

  /// Loads and renders everything.
  BuildOutcome build_all();
  /// Rebuilds after `changes` (from FileWatcher::poll), reusing what they do not affect.
  BuildOutcome rebuild(const std::vector<FileChange>& changes);

 private:
  bool load_site(Diagnostics& diags);
  bool load_theme_checked(Diagnostics& diags);
  /// Re-reads changed texts into the kept site; false when that is not enough
  /// (front matter changed, file unknown), and everything must be reloaded.
  bool patch_texts(const std::vector<std::string>& paths, Diagnostics& diags);
  BuildOutcome finish(Diagnostics diags, std::string redone, double started_ms);

  std::filesystem::path project_;
  std::optional<SiteData> site_;  ///< loaded, validated and computed; nullopt after a failed load
  std::optional<Theme> theme_;    ///< nullopt after a failed load
};

}  // namespace spiegel
