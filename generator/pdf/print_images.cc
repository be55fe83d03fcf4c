#include "pdf/print_images.h"

#include "base/html_escape.h"
#include "base/percent_encode.h"
#include "check/html_scanner.h"
#include "check/link_resolver.h"

namespace spiegel {

std::string with_image_files(std::string_view html, const std::string& page, const std::filesystem::path& root,
                             const SiteFiles& files) {
  std::string out;
  out.reserve(html.size());
  std::size_t at = 0;
  for (std::size_t tag; (tag = html.find("<img", at)) != std::string_view::npos;) {
    const std::size_t end = html.find('>', tag);
    if (end == std::string_view::npos) break;
    // The src of this tag, if it has one: "<img" then a space, as the templates and cmark write it.
    const std::size_t src = html.find(" src=\"", tag);
    const std::size_t value = src + 6;
    const std::size_t close = src < end ? html.find('"', value) : std::string_view::npos;
    if (tag + 4 >= html.size() || (html[tag + 4] != ' ' && html[tag + 4] != '>') || close == std::string_view::npos ||
        close > end) {
      out.append(html.substr(at, end + 1 - at));
      at = end + 1;
      continue;
    }
    out.append(html.substr(at, value - at));
    const LinkTarget target = resolve_link(page, decode_references(html.substr(value, close - value)));
    if (target.kind == LinkTarget::Kind::internal && files.count(target.path))
      out += escape_html("file://" + percent_encode_path((root / target.path).generic_string()));
    else
      out.append(html.substr(value, close - value));
    at = close;
  }
  out.append(html.substr(at));
  return out;
}

}  // namespace spiegel
