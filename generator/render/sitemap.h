// sitemap.xml: every page but the 404, with absolute URLs from basis_url.
#pragma once

#include <string>
#include <vector>

#include "assemble/pages.h"

namespace spiegel {

/// The sitemap; without basis_url the locations are relative paths.
std::string sitemap_xml(const std::string& basis_url, const std::vector<PageSpec>& pages);

}  // namespace spiegel
