// The page `serve` shows instead of the site while the last build failed: the
// researcher sees in the browser what `build` would print, and the page
// reloads by itself once a save fixes it.
#pragma once

#include <string>

#include "base/diagnostics.h"

namespace spiegel {

/// A self-contained HTML page (no stylesheet from the site, which may be the
/// broken part) listing every error with file:line:column, message and
/// suggestion. Everything from the diagnostics is escaped.
std::string error_page_html(const Diagnostics& diags);

}  // namespace spiegel
