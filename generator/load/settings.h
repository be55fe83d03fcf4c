// spiegel.yaml: the publication settings.
#pragma once

#include <string>

#include "base/diagnostics.h"
#include "model/content.h"

namespace spiegel {

/// Reads spiegel.yaml; `titel` is required, everything else has a default.
Settings load_settings(const std::string& text, const std::string& file, Diagnostics& diags);

/// ".svg", ".png", ".jpg" or ".jpeg" as `path` ends (any case); "" for anything else.
std::string logo_extension(const std::string& path);

/// Where the logo lands in the site ("logo.svg"): a fixed name that no page or asset takes; a logo in
/// bestanden/ keeps its path there (it is copied with that folder); "" without a logo.
std::string logo_site_path(const Settings& settings);

}  // namespace spiegel
