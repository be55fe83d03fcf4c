// "Sterke punten en aandachtspunten": the indicators on which a gemeente does
// clearly better or clearly worse than both its referentiegroep and Nederland,
// judged by each indicator's richting and tolerantie — the reading aid that
// benchmark portals give and printed reports write by hand, made from the same
// comparison the sentences use (compute/compare.h), so the two never disagree.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "compute/site_data.h"

namespace spiegel {

/// One indicator, judged.
struct JudgedFigure {
  std::string indicator;  ///< its name
  std::string url;        ///< its page with every gemeente, from the report
  std::string periode;
  std::string waarde;        ///< the gemeente's figure, formatted
  std::string vergelijking;  ///< "lager dan de referentiegroep (€ 365) en Nederland (€ 293)"
};
void to_json(nlohmann::json& j, const JudgedFigure& figure);

struct StrongAndWeak {
  std::vector<JudgedFigure> sterk;     ///< gunstiger than every comparison there is
  std::vector<JudgedFigure> aandacht;  ///< ongunstiger than every comparison there is
};
void to_json(nlohmann::json& j, const StrongAndWeak& points);

/// The indicators with a richting where `gemeente`'s figure in its current period is gunstiger (or
/// ongunstiger) than both its referentiegroep's and Nederland's — or than the one of the two that
/// has a figure. `root` leads from the report to the site root.
StrongAndWeak strong_and_weak_points(const SiteData& site, const Gemeente& gemeente, const std::string& root);

}  // namespace spiegel
