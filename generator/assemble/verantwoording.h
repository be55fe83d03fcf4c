// The generated part of the verantwoording page: every indicator with its
// definition, source, unit and how groups aggregate it; every group with its
// members; the referentiegroepen; the open data.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "compute/site_data.h"

namespace spiegel {

/// Whether `doc` is the verantwoording: paginas/verantwoording.md, or front matter `verantwoording: true`.
bool is_verantwoording(const Document& doc);

/// The `verantwoording` part of that page's view model; `root` leads to the site root.
nlohmann::json verantwoording_context(const SiteData& site, const std::string& root);

/// One file of the open data, as a link.
struct OpenDataLink {
  std::string url;
  std::string naam;  ///< the file's name without its folder
  std::string omschrijving;
};
void to_json(nlohmann::json& j, const OpenDataLink& link);

/// The open-data files as links; `root` leads to the site root.
std::vector<OpenDataLink> open_data_links(const std::string& root);

}  // namespace spiegel
