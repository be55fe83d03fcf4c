// Checks within one page that need no other page: ids are unique, every
// image has an alt attribute, every figure and chart has a text alternative,
// and aria-labelledby, aria-describedby and label[for] name ids that exist.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "check/findings.h"
#include "check/html_scanner.h"
#include "render/source_marks.h"

namespace spiegel {

/// Every id in the page (also <a name>), the targets of its #fragments.
std::set<std::string> page_ids(const std::vector<HtmlToken>& tokens);

/// Adds the problems of page `file` (a site path) to `problems`. With the
/// page's `map`, a message that names another place names its source line.
void check_page(const std::string& file, const std::vector<HtmlToken>& tokens, std::vector<CheckProblem>& problems,
                const SourceMap* map = nullptr);

}  // namespace spiegel
