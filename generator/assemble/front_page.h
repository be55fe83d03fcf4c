// The view models of the pages without a text of their own: the front page
// (the list of reports is in site.gemeenten), and the pages that have only
// what every page has: the one for a path that does not exist, and the search
// page (its results come from Pagefind in the browser).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "assemble/page_view.h"
#include "assemble/verantwoording.h"

namespace spiegel {

struct FrontPage {
  PageBase page;
  std::vector<OpenDataLink> open_data;
  std::string indicatoren_url;
  std::string kaart;               ///< html: the map of the monitor's gemeenten, each linked to its report; "" for none
  nlohmann::json to_json() const;  ///< with pagina.is_index, so the layout leaves the site's name out of the title
};

struct PlainPage {
  PageBase page;
  nlohmann::json to_json() const { return page.to_json(); }
};

}  // namespace spiegel
