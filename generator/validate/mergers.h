// content/herindelingen.csv against the registry and the data.
#pragma once

#include "base/diagnostics.h"
#include "model/content.h"

namespace spiegel {

/// Each merger's new gemeente is in gemeenten.csv, or merges itself later on
/// (a chain goes forward in time, so it ends in a gemeente of today); an old
/// gemeente that did not continue under its own code has no figures for a
/// period that does not end before its merger. Errors at the row.
void validate_mergers(const Content& content, Diagnostics& diags);

}  // namespace spiegel
