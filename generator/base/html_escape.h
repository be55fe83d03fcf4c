// Escaping text for HTML and SVG: one function for every page, table and chart,
// so that nothing from data or content reaches a page unescaped by a second,
// subtly different rule.
#pragma once

#include <string>
#include <string_view>

namespace spiegel {

/// Appends `text` escaped for HTML text and attribute values (& < > " ').
void append_escaped(std::string& out, std::string_view text);

/// `text` escaped for HTML text and attribute values (& < > " ').
std::string escape_html(std::string_view text);

}  // namespace spiegel
