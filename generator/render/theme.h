// The theme: Mustache templates, partials, CSS. The default theme is compiled
// into the binary; a project's templates/ overrides it file by file.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "chart/map_chart.h"
#include "render/mustache.h"

namespace spiegel {

/// One file of the built-in theme, path relative to templates/.
struct ThemeFile {
  const char* path;
  std::string_view bytes;
};

/// The theme's script for the search page (templates/zoeken.js), copied to the site only when it has search.
inline constexpr const char* kSearchScript = "zoeken.js";

/// The default theme's files (generated from templates/ at build time).
const std::vector<ThemeFile>& builtin_theme();

/// The theme of one project: built-in files with the project's overrides.
struct Theme {
  mustache::TemplateSet templates;            ///< *.mustache by name without extension
  std::map<std::string, std::string> assets;  ///< other files (CSS, …) by path, copied to the site
  /// kaarten/<naam>.topojson by naam (gemeente, provincie, jeugdregio): the text and the path shown in errors.
  std::map<std::string, std::pair<std::string, std::string>> maps;
  /// The maps decoded, projected and simplified once; nullptr without kaarten/gemeente.topojson.
  std::shared_ptr<const chart::MapGeometry> map;
  /// A hash of every file of the theme: what an edition built with it depends on (site/editions.h).
  std::string fingerprint;
};

/// Loads the built-in theme, then every file under `project_dir/templates/`
/// over it. Template syntax errors throw mustache::TemplateError; a link or
/// other non-file in templates/, or a map that is no TopoJSON, throws
/// spiegel::Error (see base/project_folder.h).
Theme load_theme(const std::filesystem::path& project_dir);

}  // namespace spiegel
