// With `anonimiseren: true` no page may give away which gemeente it is about:
// the real name or code of an anonymised gemeente in any output file fails the build.
#pragma once

#include <map>
#include <string>

#include "base/diagnostics.h"
#include "compute/site_data.h"

namespace spiegel {

/// Reports, per output file, every real name or code of an anonymised gemeente found in it.
void check_anonymity(const SiteData& site, const std::map<std::string, std::string>& files, Diagnostics& diags);

}  // namespace spiegel
