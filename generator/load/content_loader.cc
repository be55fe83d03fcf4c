#include "load/content_loader.h"

#include <algorithm>

#include <fmt/format.h>

#include "base/file_io.h"
#include "load/document.h"
#include "load/groups.h"
#include "load/indicators.h"
#include "load/observations.h"
#include "load/registry.h"
#include "load/settings.h"

namespace fs = std::filesystem;

namespace spiegel {

namespace {

/// The files of `dir` with extension `ext`, sorted by name so builds are reproducible.
std::vector<fs::path> files_in(const fs::path& dir, const std::string& ext) {
  std::vector<fs::path> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_regular_file() && entry.path().extension() == ext) out.push_back(entry.path());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

Content load_content(const fs::path& dir, Diagnostics& diags) {
  Content c;
  c.root = dir;
  const fs::path content = dir / "content";
  auto shown = [&](const fs::path& p) { return display_path(p, dir); };
  if (!fs::is_directory(content)) {
    diags.error({shown(content), 0, 0},
                fmt::format("geen map 'content' gevonden in '{}' — is dit de map van een Spiegel-project?",
                            dir.generic_string()));
    return c;
  }
  // A required file that is missing is one error; the others are still read.
  auto read = [&](const fs::path& p, bool required) -> std::optional<std::string> {
    if (!fs::exists(p)) {
      if (required) diags.error({shown(p), 0, 0}, "bestand ontbreekt");
      return std::nullopt;
    }
    try {
      return read_file(p, shown(p));
    } catch (const Error& e) {
      diags.add(e.diagnostic);
      return std::nullopt;
    }
  };

  if (auto t = read(content / "spiegel.yaml", true)) c.settings = load_settings(*t, shown(content / "spiegel.yaml"), diags);
  if (auto t = read(content / "gemeenten.csv", true)) c.registry = load_registry(*t, shown(content / "gemeenten.csv"), diags);
  if (auto t = read(content / "groepen.yaml", false)) load_groups(*t, shown(content / "groepen.yaml"), c, diags);
  if (auto t = read(content / "indicatoren.yaml", true))
    c.indicators = load_indicators(*t, shown(content / "indicatoren.yaml"), diags);
  for (const fs::path& p : files_in(content / "data", ".csv"))
    if (auto t = read(p, true)) load_observations(*t, shown(p), c.observations, diags);
  check_duplicates(c.observations, diags);
  for (const fs::path& p : files_in(content / "gemeenten", ".md"))
    if (auto t = read(p, true))
      c.reports.push_back(read_report(load_document(*t, shown(p), p.stem().string(), diags), diags));
  for (const fs::path& p : files_in(content / "paginas", ".md"))
    if (auto t = read(p, true)) c.pages.push_back(read_page(load_document(*t, shown(p), p.stem().string(), diags), diags));
  return c;
}

}  // namespace spiegel
