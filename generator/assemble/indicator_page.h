// The view models of site/indicatoren/: one page per indicator (definition,
// source, all gemeenten ranked for its current period, the group figures) and
// the list of all indicators by theme.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "assemble/page_view.h"
#include "chart/map_chart.h"
#include "compute/site_data.h"

namespace spiegel {

/// One gemeente in the ranking; every figure formatted, – where there is none.
struct RankRow {
  std::string rang;  ///< "" without a figure
  std::string naam;
  std::string url;  ///< its report; "" when it has none
  std::string waarde;
  std::string deciel;
  std::string verandering_vorige;
  std::string verandering_basis;
  std::string index;
  std::string nederland;  ///< Nederland = 100
  std::string oordeel;    ///< gunstiger, ongunstiger…; "" for a neutral indicator
};
void to_json(nlohmann::json& j, const RankRow& row);

/// One group's figure and where it comes from.
struct GroupFigure {
  std::string naam;
  std::string waarde;
  std::string herkomst;  ///< "bron" or "berekend over 2 van de 3 gemeenten"
};
void to_json(nlohmann::json& j, const GroupFigure& figure);

/// `indicator`: the indicator described, all gemeenten ranked, the group figures.
struct IndicatorView {
  std::string id, naam, definitie, eenheid, bron, thema, richting, berekening, aggregatie, tolerantie;
  std::string periode, vorige_periode, basisperiode;
  bool heeft_vorige = false;  ///< a column of dashes only says the data have gaps
  bool heeft_basis = false;
  std::vector<std::string> perioden;
  std::vector<RankRow> rijen;
  int aantal_met_waarde = 0;
  std::string rang_uitleg;    ///< over what the rank is taken: "Rang 3 van 28: …"
  std::string deciel_uitleg;  ///< how the deciles came about, or why there are none
  std::vector<GroupFigure> groepen;
  bool heeft_oordeel = false;
  std::string data;       ///< the open data with every figure
  std::string kaart;      ///< html: the map of all gemeenten, "" when there is none
  std::string spreiding;  ///< html: every gemeente on one axis, "" without figures
};
void to_json(nlohmann::json& j, const IndicatorView& indicator);

/// One indicator in the list.
struct IndicatorListItem {
  std::string naam, url, eenheid, periode;
};
void to_json(nlohmann::json& j, const IndicatorListItem& item);

/// The indicators of one theme, in the order of indicatoren.yaml.
struct IndicatorTheme {
  std::string thema;
  std::vector<IndicatorListItem> indicatoren;
};
void to_json(nlohmann::json& j, const IndicatorTheme& theme);

struct IndicatorPage {
  PageBase page;
  IndicatorView indicator;
  nlohmann::json to_json() const;
};

struct IndicatorListPage {
  PageBase page;
  std::vector<IndicatorTheme> themas;
  nlohmann::json to_json() const;
};

/// The `indicator` part of an indicator page's view model; `root` leads to the site root.
/// `map`: the theme's map, or nullptr for none.
IndicatorView indicator_context(const SiteData& site, const Indicator& indicator, const std::string& root,
                                const chart::MapGeometry* map);

/// What the ranking's rank means for this indicator and period, with `n` gemeenten ranked:
/// "Rang: de plaats onder de 28 gemeenten met een cijfer over 2020-H1 …".
std::string rank_explanation(const Indicator& indicator, int n, const std::string& period);

/// How the Deciel column came about, or why it shows only –: below kMinGemeentenForDecile
/// gemeenten with a figure no decile is computed; an indicator in deciles keeps its own.
std::string decile_explanation(const Indicator& indicator, int n);

/// The `themas` part of the list page: every indicator by theme, with a link.
std::vector<IndicatorTheme> indicator_list_context(const SiteData& site, const std::string& root);

}  // namespace spiegel
