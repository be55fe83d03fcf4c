// The view models of site/indicatoren/: one page per indicator (definition,
// source, all gemeenten ranked for its current period, the group figures) and
// the list of all indicators by theme.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "compute/site_data.h"

namespace spiegel {

/// The `indicator` part of an indicator page's view model; `root` leads to the site root.
nlohmann::json indicator_context(const SiteData& site, const Indicator& indicator, const std::string& root);

/// The `indicatoren` part of the list page: every indicator by theme, with a link.
nlohmann::json indicator_list_context(const SiteData& site, const std::string& root);

}  // namespace spiegel
