// The generated part of the verantwoording page: every indicator with its
// definition, source, unit and how groups aggregate it; every group with its
// members; the referentiegroepen; the open data.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "compute/site_data.h"

namespace spiegel {

/// Whether `doc` is the verantwoording: paginas/verantwoording.md, or front matter `verantwoording: true`.
bool is_verantwoording(const Document& doc);

/// One file of the open data, as a link.
struct OpenDataLink {
  std::string url;
  std::string naam;  ///< the file's name without its folder
  std::string omschrijving;
};
void to_json(nlohmann::json& j, const OpenDataLink& link);

/// One indicator as the verantwoording describes it.
struct IndicatorAccount {
  std::string naam, id, url, definitie, bron, eenheid, thema, berekening, aggregatie, richting;
  std::string rangorde;  ///< over how many gemeenten rank and decile were taken in its current period
};
void to_json(nlohmann::json& j, const IndicatorAccount& indicator);

/// One group: how its members are chosen, who they are, where its figures come from.
struct GroupAccount {
  std::string naam, id, keuze;
  std::string leden;  ///< names, or "342 gemeenten" for all of Nederland
  std::size_t aantal = 0;
  std::string cijfers;
};
void to_json(nlohmann::json& j, const GroupAccount& group);

/// One gemeente's referentiegroep.
struct ReferenceGroupAccount {
  std::string gemeente;
  std::string leden;
};
void to_json(nlohmann::json& j, const ReferenceGroupAccount& group);

/// `verantwoording`: the generated part of that page.
struct Verantwoording {
  std::vector<IndicatorAccount> indicatoren;
  std::vector<GroupAccount> groepen;
  std::vector<ReferenceGroupAccount> referentiegroepen;  ///< by gemeente
  std::string peilperiode;
  std::string basisperiode;   ///< "" without one
  int deciel_vanaf = 0;       ///< kMinGemeentenForDecile
  std::size_t gemeenten = 0;  ///< in gemeenten.csv; in words for the sentence that counts them
  /// content/herindelingen.csv, one sentence per new gemeente; with the indicators recomputed.
  std::vector<std::string> herindelingen;
  std::string herberekende_indicatoren;  ///< their names in words
  std::vector<OpenDataLink> open_data;
  std::string anker;  ///< put before every id: "" on the verantwoording page, "bijlage-" in a printed report
};
void to_json(nlohmann::json& j, const Verantwoording& v);

/// A printed report names the members of a group up to this many; of a larger one it gives the count.
inline constexpr std::size_t kPrintedMembers = 40;

/// The `verantwoording` part of that page's view model; `root` leads to the site root.
/// For the bijlage of `report`'s printed report: only its own referentiegroep,
/// and of a group larger than kPrintedMembers the count, not the names. Those
/// lists grow with the monitor, in every report, so a report's part is made
/// without them.
Verantwoording verantwoording_context(const SiteData& site, const std::string& root, const Gemeente* report = nullptr);

/// The open-data files as links; `root` leads to the site root; the register's with one.
std::vector<OpenDataLink> open_data_links(const std::string& root, bool follow_up_register);

}  // namespace spiegel
