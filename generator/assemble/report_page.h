// The view model of a report page (gemeenten/<slug>/): the shared parts, the
// gemeente, its key figures beside Nederland's and the report's text.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "assemble/edition_changes.h"
#include "assemble/key_figures.h"
#include "assemble/page_view.h"
#include "assemble/strong_points.h"
#include "assemble/verantwoording.h"
#include "compute/site_data.h"

namespace spiegel {

/// `gemeente`: whose report it is, as the reader may see it.
struct GemeenteView {
  std::string naam;
  std::string code;  ///< "" when anonymised
  std::string slug;
  bool geanonimiseerd = false;
};
void to_json(nlohmann::json& j, const GemeenteView& gemeente);

/// `colofon`: who made the printed report, from what, and when.
struct Colofon {
  std::string organisatie;
  std::string monitor;  ///< the monitor's titel
  std::string editie;
  std::string datum;                 ///< the report's datum, else the editie
  std::vector<std::string> bronnen;  ///< the indicators' sources, each once, in the order of indicatoren.yaml
  std::string peilperiode;
};
void to_json(nlohmann::json& j, const Colofon& colofon);

struct ReportPage {
  PageBase page;
  std::string ondertitel;
  std::string datum;          ///< "maart 2021"; without it the template shows the monitor's editie
  std::string rapportnummer;  ///< on the printed title page; may be empty
  std::string logo;           ///< the logo's url from this page; "" without one
  Colofon colofon;
  /// The verantwoording's generated part, printed as the report's last bijlage (ids start with "bijlage-"),
  /// with only this gemeente's referentiegroep.
  Verantwoording verantwoording;
  GemeenteView gemeente;
  KeyFigures kerncijfers;
  StrongAndWeak punten;  ///< sterke punten en aandachtspunten
  /// "rapport.pdf" when `spiegel pdf` makes the report's PDF beside the page;
  /// "" in a plain build, which has no PDF to link to.
  std::string pdf_url;
  /// With --edities: what changed since the edition before (assemble/edition_changes.h).
  std::optional<EditionChanges> veranderd;
  nlohmann::json to_json() const;
};

/// The report page of `gemeente` around `page`, its text still empty; `front` is
/// its text's front matter (nullptr without a text); the caller sets the titel,
/// ondertitel, datum and rapportnummer from it.
ReportPage report_page(const SiteData& site, const Gemeente& gemeente, const FrontMatter* front, PageBase page);

}  // namespace spiegel
