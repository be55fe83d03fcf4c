// A built site in memory, as every stage after render passes it on.
#pragma once

#include <map>
#include <string>

namespace spiegel {

/// Output path (relative to the site root, '/'-separated) → file contents;
/// sorted, so writing is reproducible.
using SiteFiles = std::map<std::string, std::string>;

/// Where `spiegel build --edities` puts the earlier editions: edities/<jaar>/ (site/editions.h).
/// Their pages have their own search index there, not the live site's.
inline const std::string kEditionsFolder = "edities/";

}  // namespace spiegel
