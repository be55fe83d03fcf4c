// A built site in memory, as every stage after render passes it on.
#pragma once

#include <map>
#include <string>

namespace spiegel {

/// Output path (relative to the site root, '/'-separated) → file contents;
/// sorted, so writing is reproducible.
using SiteFiles = std::map<std::string, std::string>;

}  // namespace spiegel
