// The validate stage: every name one file uses must exist in another.
#pragma once

#include <vector>

#include "base/diagnostics.h"
#include "compute/groups.h"
#include "model/content.h"

namespace spiegel {

/// Checks cross-references between the content files: gemeente codes, group
/// ids, indicator ids, reports and pages. Shortcodes are checked where they render.
void validate_references(const Content& content, const std::vector<Group>& groups, Diagnostics& diags);

/// Page slugs that would collide with the site's own folders.
bool is_reserved_slug(const std::string& slug);

}  // namespace spiegel
