#include "render/sitemap.h"

#include "base/html_escape.h"

namespace spiegel {

std::string sitemap_xml(const std::string& basis_url, const std::vector<PageSpec>& pages) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  for (const PageSpec& p : pages) {
    if (p.kind == PageSpec::Kind::niet_gevonden || p.kind == PageSpec::Kind::zoeken) continue;
    out += "  <url><loc>" + escape_html(basis_url + p.url) + "</loc></url>\n";
  }
  return out + "</urlset>\n";
}

}  // namespace spiegel
