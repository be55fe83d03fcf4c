// Which pages the site has, and the view model of each: the one interface
// between the C++ and the templates. Everything in it is already formatted for
// reading; templates only place it. A kind of page with a struct of its own
// (report_page.h, front_page.h, overview_page.h) has exactly the keys that struct writes; the other kinds are
// still built as plain JSON around the shared parts (page_view.h).
#pragma once

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "assemble/edition_nav.h"
#include "assemble/follow_up_page.h"
#include "assemble/front_page.h"
#include "assemble/indicator_page.h"
#include "assemble/overview_page.h"
#include "assemble/page_view.h"
#include "assemble/report_page.h"
#include "assemble/text_page.h"
#include "chart/map_chart.h"
#include "compute/site_data.h"

namespace spiegel {

/// One page of the site.
struct PageSpec {
  enum class Kind {
    index,
    rapport,
    pagina,
    aanbevelingen,
    conclusies,
    opvolging,
    indicatoren,
    indicator,
    zoeken,
    niet_gevonden
  };
  Kind kind = Kind::index;
  std::string path;                      ///< output path, e.g. gemeenten/deventer/index.html
  std::string url;                       ///< pretty path for the sitemap: gemeenten/deventer/
  std::string template_name;             ///< rapport, pagina, index, overzicht, 404
  const Document* doc = nullptr;         ///< the Markdown text, if the page has one
  const Gemeente* gemeente = nullptr;    ///< for rapport pages
  const Report* report = nullptr;        ///< for rapport pages with a text
  const Indicator* indicator = nullptr;  ///< for indicator pages
};

/// What a build adds to the pages besides the content.
struct PageOptions {
  /// The slugs of the reports that get a rapport.pdf beside their page (`spiegel pdf`), which the page then links;
  /// nullptr: none.
  const std::set<std::string>* pdf_reports = nullptr;
  /// Whether the site has search (search/search_index.h): a search page in the menu, a search field on the front
  /// page, and on each page that belongs in the index the marks Pagefind reads. Without, none of these.
  bool search = false;
  /// With `--edities`: the editions, and which one this site is; nullptr: a site without editions.
  const EditionNav* editions = nullptr;
};

/// Every page, in a stable order: index, reports by slug, pages by slug, the
/// indicators, the overviews, the search page (with search), 404.
std::vector<PageSpec> plan_pages(const SiteData& site, const PageOptions& options = {});

/// The output path of a gemeente's report page.
std::string report_path(const SiteData& site, const Gemeente& gemeente);

/// The view model of one page, of whichever kind it is.
using PageView = std::variant<FrontPage, ReportPage, TextPage, IndicatorListPage, IndicatorPage, OverviewPage,
                              FollowUpPage, PlainPage>;

/// The view model of `page` without its text; render adds it with set_text.
/// `map`: the theme's map (for the front page and the indicator pages), or nullptr for none.
PageView page_view(const SiteData& site, const PageSpec& page, const std::vector<PageSpec>& all,
                   const chart::MapGeometry* map, const PageOptions& options = {});

/// Puts the page's rendered text in its view model.
void set_text(PageView& view, PageText text);

/// The JSON the templates get.
nlohmann::json to_json(const PageView& view);

/// "../../" for gemeenten/x/index.html: the way back to the site's root.
std::string root_prefix(const std::string& path);

}  // namespace spiegel
