// The pages `spiegel pdf` prints: every report, and for monitor.pdf the front
// page and the text pages.
#pragma once

#include <string>
#include <vector>

#include "compute/site_data.h"

namespace spiegel {

/// A page to print: a report, or a common page for monitor.pdf.
struct PrintPage {
  std::string slug;  ///< the gemeente's slug as in the site's address; "" for a common page
  std::string name;  ///< "Zaltbommel", "Verantwoording"
  std::string path;  ///< the page in the site: gemeenten/zaltbommel/index.html
};

/// Every report page, by slug.
std::vector<PrintPage> report_print_pages(const SiteData& site);

/// The pages monitor.pdf has besides the reports: the front page first, the text pages (paginas/) after them.
std::vector<PrintPage> common_print_pages(const SiteData& site);

}  // namespace spiegel
