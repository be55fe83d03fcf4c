// The stages in order, in memory: what build, serve and check share.
#pragma once

#include <filesystem>
#include <optional>

#include "base/diagnostics.h"
#include "compute/site_data.h"
#include "render/site_renderer.h"
#include "render/theme.h"

namespace spiegel {

/// A project loaded, validated and computed, with its theme.
struct Project {
  SiteData site;
  Theme theme;
};

/// Runs load → validate → compute and loads the theme. nullopt when `diags` has errors.
std::optional<Project> load_project(const std::filesystem::path& dir, Diagnostics& diags);

/// Runs every stage but write. nullopt when `diags` has errors.
std::optional<SiteFiles> build_in_memory(const std::filesystem::path& dir, Diagnostics& diags);

}  // namespace spiegel
