#include "render/theme.h"

#include "base/diagnostics.h"
#include "base/file_io.h"
#include "base/fingerprint.h"
#include "base/project_folder.h"
#include "base/utf8.h"

namespace fs = std::filesystem;

namespace spiegel {

namespace {

/// The width maps are simplified for, in SVG units: about the width a map gets
/// on a page (CSS scales it), so no detail is kept that no screen shows.
constexpr double kMapWidth = 360;

}  // namespace

Theme load_theme(const fs::path& project_dir) {
  std::map<std::string, std::pair<std::string, std::string>> files;  // path → (bytes, shown path)
  for (const ThemeFile& f : builtin_theme())
    files[f.path] = {std::string(f.bytes), std::string("(ingebouwd thema)/") + f.path};
  // Names come from the listing, which follows no links, so an asset's path
  // in the site is the path of a real file below templates/.
  FolderListing own = list_project_folder(project_dir, "templates");
  if (!own.problems.empty()) throw Error{own.problems.front()};
  for (const std::string& p : own.files)
    files[p.substr(std::string_view("templates/").size())] = {read_file(project_dir / p, p), p};
  Theme theme;
  Fingerprint fingerprint;
  for (const auto& [path, file] : files) {
    fingerprint.add(path);
    fingerprint.add(file.first);
  }
  theme.fingerprint = fingerprint.hex();
  for (auto& [path, file] : files) {
    if (path.starts_with("kaarten/")) {
      // Map data: drawn into the pages as SVG, never copied to the site.
      if (path.ends_with(".topojson"))
        theme.maps[path.substr(8, path.size() - 8 - 9)] = {std::move(file.first), file.second};
    } else if (path.ends_with(".mustache")) {
      // A template's text goes on every page as it is.
      if (std::optional<Diagnostic> bad = utf8_error(file.first, file.second, 1, "sla het sjabloon op als UTF-8"))
        throw Error{std::move(*bad)};
      std::string name = path.substr(0, path.size() - 9);
      theme.templates.add(name, std::move(file.first), file.second);
    } else {
      theme.assets[path] = std::move(file.first);
    }
  }
  if (auto g = theme.maps.find("gemeente"); g != theme.maps.end()) {
    auto decoded = [&](const std::string& name) {
      auto it = theme.maps.find(name);
      return it == theme.maps.end() ? chart::Topology{} : chart::decode_topojson(it->second.first, it->second.second);
    };
    theme.map = std::make_shared<const chart::MapGeometry>(
        chart::make_map_geometry(chart::decode_topojson(g->second.first, g->second.second), decoded("provincie"),
                                 decoded("jeugdregio"), kMapWidth));
  }
  return theme;
}

}  // namespace spiegel
