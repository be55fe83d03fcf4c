// The render stage for a whole site: each page's Markdown and shortcodes,
// then its template, plus the sitemap and the theme's assets.
#pragma once

#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "base/diagnostics.h"
#include "compute/site_data.h"
#include "render/theme.h"

namespace spiegel {

/// Output path (relative to the site root) → file contents; sorted, so writing is reproducible.
using SiteFiles = std::map<std::string, std::string>;

/// Renders every page. Content and template errors go to `diags`.
SiteFiles render_site(const SiteData& site, const Theme& theme, Diagnostics& diags);

/// The full view model of one page (as the template sees it), by its source
/// path (content/gemeenten/deventer.md), its output path or its url.
std::optional<nlohmann::json> page_view_model(const SiteData& site, const std::string& which, Diagnostics& diags);

}  // namespace spiegel
