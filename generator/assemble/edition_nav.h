// The editions of a monitor built with `spiegel build --edities` (site/editions.h):
// every page says which edition it belongs to and links to itself in the others;
// a page of an earlier edition has a band that says so.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "compute/site_data.h"

namespace spiegel {

struct EditionNav {
  struct Edition {
    std::string jaar;             ///< "2023"; the live site: its editie, else "actueel"
    std::string prefix;           ///< its folder in the site: "" for the live one, "edities/2023/"
    std::set<std::string> pages;  ///< the output paths of its pages
  };
  std::vector<Edition> editions;  ///< the live one first, then the tags, newest first
  std::size_t current = 0;        ///< the edition being built
  /// The figures of the newest earlier edition, for each live report's "wat is er veranderd"; nullptr for none.
  const SiteData* previous = nullptr;
  /// Every earlier edition's figures by jaar, for `{{< waarde ind editie=2023 >}}`.
  std::map<std::string, const SiteData*> figures;
};

/// One edition in a page's list.
struct EditionLink {
  std::string jaar;
  std::string url;  ///< the same page in that edition, else its front page
  bool huidig = false;
  bool actueel = false;
};
void to_json(nlohmann::json& j, const EditionLink& link);

/// `site.edities` in a page's view model.
struct EditionsView {
  std::string jaar;         ///< this page's edition
  bool actueel = false;     ///< whether this is the live site
  std::string actuele_url;  ///< the same page in the live edition, else its front page
  std::vector<EditionLink> edities;
};
void to_json(nlohmann::json& j, const EditionsView& view);

/// The view of the page at `path` (within its edition: gemeenten/aa/index.html).
EditionsView editions_view(const EditionNav& nav, const std::string& path);

}  // namespace spiegel
