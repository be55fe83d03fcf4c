// Which pages the site has, and the view model (plain JSON) of each: the one
// interface between the C++ and the templates. Everything in it is already
// formatted for reading; templates only place it.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "compute/site_data.h"

namespace spiegel {

/// One page of the site.
struct PageSpec {
  enum class Kind { index, rapport, pagina, aanbevelingen, conclusies, indicatoren, indicator, niet_gevonden };
  Kind kind = Kind::index;
  std::string path;                   ///< output path, e.g. gemeenten/deventer/index.html
  std::string url;                    ///< pretty path for the sitemap: gemeenten/deventer/
  std::string template_name;          ///< rapport, pagina, index, overzicht, 404
  const Document* doc = nullptr;      ///< the Markdown text, if the page has one
  const Gemeente* gemeente = nullptr; ///< for rapport pages
  const Report* report = nullptr;     ///< for rapport pages with a text
  const Indicator* indicator = nullptr;  ///< for indicator pages
};

/// Every page, in a stable order: index, reports by slug, pages by slug, 404.
std::vector<PageSpec> plan_pages(const SiteData& site);

/// The output path of a gemeente's report page.
std::string report_path(const SiteData& site, const Gemeente& gemeente);

/// The view model of `page` without its text; render adds `inhoud` and `toc`.
nlohmann::json page_context(const SiteData& site, const PageSpec& page, const std::vector<PageSpec>& all);

/// "../../" for gemeenten/x/index.html: the way back to the site's root.
std::string root_prefix(const std::string& path);

}  // namespace spiegel
