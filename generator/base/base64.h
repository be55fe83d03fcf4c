// Base64 (RFC 4648, with padding): how Pagefind's service wraps each message
// and each file it sends back (search/pagefind_service.h).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace spiegel {

/// `bytes` in base64 with '=' padding.
std::string base64_encode(std::string_view bytes);

/// The bytes of `text`; nullopt when it is not base64 (a character outside
/// the alphabet, a length that is no multiple of four, padding in the middle).
std::optional<std::string> base64_decode(std::string_view text);

}  // namespace spiegel
