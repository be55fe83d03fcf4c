// The check stage: everything `check` adds to a build, over the whole
// in-memory site. Nothing is fetched from the network.
#pragma once

#include <string>

#include "check/findings.h"
#include "model/site_files.h"

namespace spiegel {

/// Checks every HTML page (links, anchors, assets, ids, text alternatives) and
/// stylesheet of `files`. `basis_url` (spiegel.yaml) marks absolute links into the site.
CheckResult check_site(const SiteFiles& files, const std::string& basis_url);

}  // namespace spiegel
