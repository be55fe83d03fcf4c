// Evaluating shortcodes: each name has a handler (see shortcode_args.h) that
// checks its arguments and returns a Fragment of safe HTML.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "render/shortcode_args.h"

namespace spiegel {

/// Evaluates every call; a problem becomes a diagnostic at the call's file:line and an empty fragment.
std::vector<Fragment> evaluate_shortcodes(const std::vector<ShortcodeCall>& calls, const ShortcodeContext& context,
                                          Diagnostics& diags);

/// The names of every shortcode there is, for suggestions and documentation.
std::vector<std::string> shortcode_names();

}  // namespace spiegel
