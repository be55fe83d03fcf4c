// The key figures (kerncijfers) of one gemeente beside Nederland's: the table at
// the top of its report, and the first few on its card on the front page.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "compute/site_data.h"

namespace spiegel {

/// One indicator in the key figures.
struct KeyFigureRow {
  std::string indicator;  ///< its name
  std::string id;
  std::string periode;
  std::string waarde;     ///< formatted, with x, – or *
  std::string nederland;  ///< formatted; – without a national figure
  bool voorlopig = false;
};
void to_json(nlohmann::json& j, const KeyFigureRow& row);

/// `kerncijfers`: the chosen indicators (kerncijfers: in the report's front
/// matter or spiegel.yaml; else those with a richting, at most eight).
struct KeyFigures {
  std::vector<KeyFigureRow> rijen;
  std::string nederland = "Nederland";  ///< the national group's name
};
void to_json(nlohmann::json& j, const KeyFigures& figures);

/// The indicators of the key figures: `front`'s kerncijfers, else spiegel.yaml's, else the default.
std::vector<const Indicator*> key_figure_indicators(const SiteData& site, const FrontMatter* front);

/// The key figures of one gemeente, each in its current period (the one every
/// table and sentence of the report uses), beside Nederland's where the data give it.
KeyFigures key_figures(const SiteData& site, const Gemeente& gemeente, const FrontMatter* front);

}  // namespace spiegel
