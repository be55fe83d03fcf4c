// The parts of the view model made from a report's blocks: its summary
// (hoofdvraag, conclusies per thema, aanbevelingen per addressee, the
// normenkader) and the site-wide overviews of aanbevelingen and conclusies.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "text/blocks.h"

namespace spiegel {

/// The `samenvatting` of one report.
nlohmann::json report_summary(const BlockScan& blocks);

/// One gemeente's blocks of `kind` for an overview page: title, html, link to the place.
nlohmann::json overview_items(const BlockScan& blocks, const std::string& kind, const std::string& page_url);

}  // namespace spiegel
