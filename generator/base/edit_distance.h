// Did-you-mean: every loader, shortcode and block suggests through this one piece.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace spiegel {

/// Levenshtein distance between a and b (bytes), stopping early past max_distance.
int edit_distance(std::string_view a, std::string_view b, int max_distance = 1 << 20);

/// The candidate closest to `wrong`, or "" when none is close enough to be a typo.
std::string suggest(std::string_view wrong, const std::vector<std::string>& candidates);

}  // namespace spiegel
