// What changed for a gemeente between two editions of the monitor: the
// indicators whose position beside Nederland changed, and the largest moves
// in rank. Each edition's figures are its own current period's, as its
// reports showed them. For the report's "wat is er veranderd" (with
// --edities, against the edition before) and for `spiegel diff`.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "compute/site_data.h"

namespace spiegel {

/// One indicator of the gemeente in both editions.
struct IndicatorChange {
  std::string indicator;                 ///< its name
  std::string url;                       ///< its page, from the report; "" outside a page
  std::string waarde_voor, waarde_nu;    ///< "6,7% (1e halfjaar 2020)"
  std::string positie_voor, positie_nu;  ///< "lager dan Nederland"; "" when not compared
  int rang_voor = 0, rang_nu = 0;        ///< 0: no rank
  int van_voor = 0, van_nu = 0;          ///< among how many gemeenten
  std::string rang_tekst;                ///< "van plaats 12 van 40 naar 8 van 42"; "" without both ranks
};
void to_json(nlohmann::json& j, const IndicatorChange& c);

/// `veranderd`: what a report says changed since the edition before.
struct EditionChanges {
  std::string editie;                    ///< the earlier edition: "2023"
  std::vector<IndicatorChange> oordeel;  ///< position beside Nederland changed
  std::vector<IndicatorChange> rang;     ///< the largest moves in rank, largest first
};
void to_json(nlohmann::json& j, const EditionChanges& c);

/// At most this many moves in rank are named.
inline constexpr std::size_t kRankMoves = 5;

/// The changes for `code` from `before` (the edition `label`) to `now`;
/// `root` leads from the page to the site root for the indicator links ("" for none).
EditionChanges edition_changes(const SiteData& before, const std::string& label, const SiteData& now,
                               const std::string& code, const std::string& root);

}  // namespace spiegel
