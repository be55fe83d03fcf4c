// The follow-up register against the reports: every aanbeveling it names
// (content/opvolging.csv, load/follow_up.h) must be one.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "model/content.h"
#include "text/outline.h"

namespace spiegel {

/// Every aanbeveling of the reports in `texts`, as the register names it: rapport#id.
std::vector<std::string> report_aanbevelingen(const std::vector<TextOutline>& texts);

/// Each row of `content.opvolging` names an aanbeveling of one of the reports
/// in `texts` (their blocks known once rendered), or of a report in `elsewhere`
/// ("deventer#a-onderbouwing", the aanbevelingen of earlier editions); else an
/// error at its row, with the nearest that is. A report left out as a concept
/// is not checked: it is not built, but its aanbevelingen may well exist.
void validate_follow_up(const Content& content, const std::vector<TextOutline>& texts,
                        const std::vector<std::string>& elsewhere, Diagnostics& diags);

}  // namespace spiegel
