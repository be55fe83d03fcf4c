#include "assemble/print_pages.h"

#include "assemble/pages.h"

namespace spiegel {

std::vector<PrintPage> report_print_pages(const SiteData& site) {
  std::vector<PrintPage> out;
  for (const PageSpec& p : plan_pages(site))
    if (p.kind == PageSpec::Kind::rapport)
      out.push_back({site.display_slug(*p.gemeente), site.display_name(p.gemeente->code), p.path});
  return out;
}

std::vector<PrintPage> common_print_pages(const SiteData& site) {
  std::vector<PrintPage> out;
  for (const PageSpec& p : plan_pages(site)) {
    if (p.kind == PageSpec::Kind::index) out.push_back({"", "Voorpagina", p.path});
    if (p.kind == PageSpec::Kind::pagina)
      out.push_back({"", p.doc->front.titel.empty() ? p.doc->slug : p.doc->front.titel, p.path});
  }
  return out;
}

}  // namespace spiegel
