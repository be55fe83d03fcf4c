// Small text helpers that every stage needs, each in one place.
#pragma once

#include <string_view>

namespace spiegel {

/// `s` without leading and trailing spaces, tabs, carriage returns and line feeds.
std::string_view trim(std::string_view s);

}  // namespace spiegel
