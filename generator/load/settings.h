// spiegel.yaml: the publication settings.
#pragma once

#include <string>

#include "base/diagnostics.h"
#include "model/content.h"

namespace spiegel {

/// Reads spiegel.yaml; `titel` is required, everything else has a default.
Settings load_settings(const std::string& text, const std::string& file, Diagnostics& diags);

}  // namespace spiegel
