// Every key and column name the content contract gives a meaning, in one
// place: the loaders report anything else as unknown (with a suggestion), and
// tests/docs_test.cc checks that docs/inhoud.md describes each of them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace spiegel::content_keys {

/// What marks a value the researcher still has to write (`spiegel import`'s
/// indicatoren.yaml fragment); the loader refuses it, so it is never published.
inline constexpr std::string_view kFillIn = "VUL IN";

/// content/spiegel.yaml
inline const std::vector<std::string> kSettings = {
    "titel",        "organisatie",         "editie",        "basis_url",   "taal", "peilperiode", "basisperiode",
    "anonimiseren", "pagina_per_gemeente", "markdown_html", "kerncijfers", "logo", "nummering",   "vermeld_spiegel"};
/// One indicator in content/indicatoren.yaml.
inline const std::vector<std::string> kIndicator = {"id",     "naam",       "eenheid",   "decimalen", "richting",
                                                    "thema",  "bron",       "definitie", "teller",    "noemer",
                                                    "factor", "aggregatie", "gewicht",   "tolerantie"};
/// The top level of content/groepen.yaml.
inline const std::vector<std::string> kGroupsFile = {"groepen", "referentiegroepen"};
/// One group in groepen.yaml.
inline const std::vector<std::string> kGroup = {"id", "naam", "alle", "per_kolom", "bereik", "leden", "berekenen"};
/// A group's `bereik:`.
inline const std::vector<std::string> kGroupRange = {"kolom", "van", "tot"};
/// The columns of content/data/*.csv.
inline const std::vector<std::string> kObservationColumns = {"gemeente", "indicator", "periode", "waarde", "status"};
/// The front matter of content/gemeenten/<slug>.md.
/// content/opvolging.csv, the follow-up register (load/follow_up.h).
inline const std::vector<std::string> kFollowUpColumns = {"aanbeveling", "peildatum", "status", "toelichting"};
/// content/herindelingen.csv, the mergers of gemeenten (load/mergers.h); `naam` may be left out.
inline const std::vector<std::string> kMergerColumns = {"oud", "nieuw", "per", "naam"};

inline const std::vector<std::string> kReportFront = {"gemeente",        "titel",       "ondertitel",    "datum",
                                                      "referentiegroep", "kerncijfers", "rapportnummer", "concept"};
/// The front matter of content/paginas/<pagina>.md.
inline const std::vector<std::string> kPageFront = {"titel", "ondertitel", "volgorde", "verantwoording", "concept"};
/// The mapping file of `spiegel import` (koppeling.yaml).
inline const std::vector<std::string> kStatlineMapping = {"regio", "perioden", "kolommen", "regios", "voorlopig"};

}  // namespace spiegel::content_keys
