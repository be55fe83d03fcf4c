#include "base/html_escape.h"

namespace spiegel {

void append_escaped(std::string& out, std::string_view text) {
  std::size_t from = 0;
  while (true) {
    std::size_t at = text.find_first_of("&<>\"'", from);
    out.append(text.substr(from, at - from));
    if (at == std::string_view::npos) return;
    switch (text[at]) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += "&#39;";
        break;
    }
    from = at + 1;
  }
}

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  append_escaped(out, text);
  return out;
}

}  // namespace spiegel
