// The check stage: everything `check` adds to a build, over the whole
// in-memory site. Nothing is fetched from the network.
#pragma once

#include <map>
#include <string>

#include "check/findings.h"
#include "model/site_files.h"
#include "render/source_marks.h"

namespace spiegel {

/// Checks every HTML page (links, anchors, assets, ids, text alternatives) and
/// stylesheet of `files`. `basis_url` (spiegel.yaml) marks absolute links into the site.
/// With `source_maps` (by page), each problem also names the text or template line it comes from.
CheckResult check_site(const SiteFiles& files, const std::string& basis_url,
                       const std::map<std::string, SourceMap>* source_maps = nullptr);

}  // namespace spiegel
