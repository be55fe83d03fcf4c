// content/herindelingen.csv, the mergers of gemeenten (contract):
//
//   oud,nieuw,per,naam
//   GM0017,GM0014,2019-01-01,Haren
//   GM0014,GM0014,2019-01-01,Groningen (oud)
//
// Gemeente `oud` is part of `nieuw` from `per` on, so that figures of periods
// before that date can be shown on today's boundaries (compute/mergers.h).
// `naam` is optional. Whether the codes fit the registry and the data is
// checked once everything is read (validate/mergers.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "model/content.h"

namespace spiegel {

/// The rows of `text` (the file `file`), sorted by date and new code, else in the file's order.
/// A row with an error is left out; the errors, with file:line:column, go to `diags`.
std::vector<Merger> load_mergers(std::string_view text, const std::string& file, Diagnostics& diags);

}  // namespace spiegel
