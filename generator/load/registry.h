// gemeenten.csv: the registry of gemeenten, keyed by CBS code, with every
// other column kept as text for groups, weights and kenmerken tables.
#pragma once

#include <string>
#include <string_view>

#include "base/diagnostics.h"
#include "model/content.h"

namespace spiegel {

/// Reads gemeenten.csv (`code` and `naam` required, other columns free).
/// Rows with a bad or duplicate code are left out; every problem goes to diags.
Registry load_registry(std::string_view text, const std::string& file, Diagnostics& diags);

}  // namespace spiegel
