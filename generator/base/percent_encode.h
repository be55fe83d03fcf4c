// Percent-encoding for a path in a URL.
#pragma once

#include <string>
#include <string_view>

namespace spiegel {

/// `path` with every byte but the unreserved characters (RFC 3986) and '/'
/// percent-encoded: safe in a Location header or a file:// address,
/// whatever bytes the path holds.
std::string percent_encode_path(std::string_view path);

}  // namespace spiegel
