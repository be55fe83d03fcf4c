// groepen.yaml: named groups and each gemeente's referentiegroep.
#pragma once

#include <string>

#include "base/diagnostics.h"
#include "model/content.h"

namespace spiegel {

/// Reads groepen.yaml into content.groups, content.referentiegroepen and their locations.
void load_groups(const std::string& text, const std::string& file, Content& content, Diagnostics& diags);

}  // namespace spiegel
