// The view model of the overview pages: every report's aanbevelingen (split
// by addressee) or conclusies, by gemeente. The items come from the reports'
// rendered texts, so render adds the overview after page_view.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "assemble/page_view.h"
#include "assemble/summary.h"

namespace spiegel {

/// One gemeente's items on an overview page.
struct OverviewGemeente {
  std::string naam;
  std::string url;  ///< its report
  std::vector<BlockItem> items;
};

/// `overzicht`: the gemeenten with at least one item, in the order of the reports.
struct Overview {
  bool aanbevelingen = true;  ///< else conclusies
  std::vector<OverviewGemeente> gemeenten;
};
void to_json(nlohmann::json& j, const Overview& overview);

struct OverviewPage {
  PageBase page;
  Overview overzicht;
  nlohmann::json to_json() const;
};

}  // namespace spiegel
