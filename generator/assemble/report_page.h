// The view model of a report page (gemeenten/<slug>/): the shared parts, the
// gemeente, its key figures beside Nederland's and the report's text.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "assemble/page_view.h"
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

/// `kerncijfers`: every indicator the gemeente has a figure for.
struct KeyFigures {
  std::vector<KeyFigureRow> rijen;
  std::string nederland = "Nederland";  ///< the national group's name
};
void to_json(nlohmann::json& j, const KeyFigures& figures);

struct ReportPage {
  PageBase page;
  std::string ondertitel;
  std::string datum;  ///< "maart 2021"; without it the template shows the monitor's editie
  GemeenteView gemeente;
  KeyFigures kerncijfers;
  nlohmann::json to_json() const;
};

/// The figures of one gemeente in the peilperiode (or the latest period an
/// indicator has), beside Nederland's where the data give it.
KeyFigures key_figures(const SiteData& site, const Gemeente& gemeente);

/// The report page of `gemeente` around `page`, its text still empty; the caller
/// sets the titel, ondertitel and datum from the front matter.
ReportPage report_page(const SiteData& site, const Gemeente& gemeente, PageBase page);

}  // namespace spiegel
