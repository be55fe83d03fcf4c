#include "render/theme.h"

#include <algorithm>

#include "base/file_io.h"

namespace fs = std::filesystem;

namespace spiegel {

Theme load_theme(const fs::path& project_dir) {
  std::map<std::string, std::pair<std::string, std::string>> files;  // path → (bytes, shown path)
  for (const ThemeFile& f : builtin_theme())
    files[f.path] = {std::string(f.bytes), std::string("(ingebouwd thema)/") + f.path};
  const fs::path own = project_dir / "templates";
  std::error_code ec;
  if (fs::is_directory(own, ec)) {
    std::vector<fs::path> paths;
    for (const auto& e : fs::recursive_directory_iterator(own, ec))
      if (e.is_regular_file()) paths.push_back(e.path());
    std::sort(paths.begin(), paths.end());
    for (const fs::path& p : paths) {
      std::string shown = display_path(p, project_dir);
      files[fs::relative(p, own).generic_string()] = {read_file(p, shown), shown};
    }
  }
  Theme theme;
  for (auto& [path, file] : files) {
    if (path.ends_with(".mustache")) {
      std::string name = path.substr(0, path.size() - 9);
      theme.templates.add(name, std::move(file.first), file.second);
    } else {
      theme.assets[path] = std::move(file.first);
    }
  }
  return theme;
}

}  // namespace spiegel
