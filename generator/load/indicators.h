// indicatoren.yaml: the definitions of the indicators.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "model/content.h"

namespace spiegel {

/// Reads indicatoren.yaml: a list of indicator definitions with unique ids.
std::vector<Indicator> load_indicators(const std::string& text, const std::string& file, Diagnostics& diags);

}  // namespace spiegel
