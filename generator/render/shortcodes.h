// Evaluating shortcodes against the data: each name has a handler that
// checks its arguments and returns a Fragment of safe HTML.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "compute/site_data.h"
#include "render/markdown.h"
#include "render/shortcode_parser.h"

namespace spiegel {

/// Where a shortcode is evaluated: a gemeente's report, or another page (gemeente == nullptr).
struct ShortcodeContext {
  const SiteData& site;
  const Gemeente* gemeente = nullptr;
};

/// Evaluates every call; a problem becomes a diagnostic at the call's file:line and an empty fragment.
std::vector<Fragment> evaluate_shortcodes(const std::vector<ShortcodeCall>& calls, const ShortcodeContext& context,
                                          Diagnostics& diags);

/// The names of every shortcode there is, for suggestions and documentation.
std::vector<std::string> shortcode_names();

}  // namespace spiegel
