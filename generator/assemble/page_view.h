// The parts of the view model every page has: the site (title, menu, the list
// of reports on the front page), the page's own header and its text. Each is
// a plain struct with the JSON keys the templates read, so a template can only
// use what the struct has and a test can make one without a whole site.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "assemble/edition_nav.h"
#include "assemble/key_figures.h"
#include "assemble/summary.h"
#include "text/outline.h"

namespace spiegel {

/// How many of a report's key figures its card on the front page shows.
inline constexpr std::size_t kFrontPageKeyFigures = 3;

/// One entry of the main menu.
struct NavItem {
  std::string titel;
  std::string url;
  bool actief = false;  ///< the page shown, or the list an indicator page belongs to
};
void to_json(nlohmann::json& j, const NavItem& item);

/// One report on the front page: a card with its message and its first key figures.
struct ReportLink {
  std::string naam;
  std::string code;        ///< "" when anonymised
  std::string titel;       ///< the report's title; "" for a page without a text
  std::string ondertitel;  ///< the report's ondertitel, which carries its message; "" without one
  std::string url;
  KeyFigures kerncijfers;  ///< the first kFrontPageKeyFigures rows of the report's own key figures
};
void to_json(nlohmann::json& j, const ReportLink& link);

/// `site`: the same on every page but for root (the way back to the site's root) and the active menu entry.
struct SiteView {
  std::string titel;
  std::string organisatie;
  std::string editie;
  std::string taal;
  std::string root;  ///< "../../" on gemeenten/x/index.html
  std::string css;
  std::string peilperiode;
  std::string revisie;           ///< the project's git revision, "abc1234"; "" when it is not a git checkout
  std::string logo;              ///< the url of `logo:` (spiegel.yaml) from this page, for the header; "" without one
  bool vermeld_spiegel = false;  ///< spiegel.yaml asks to name the tool to readers
  std::string zoeken;            ///< the url of the search page; "" on a site without search
  std::string generator = "Spiegel " SPIEGEL_VERSION;  ///< for <meta name="generator">
  std::vector<NavItem> nav;
  std::vector<ReportLink> gemeenten;    ///< on the front page only
  std::size_t aantal_gemeenten = 0;     ///< also as aantal_gemeenten_in_woorden ("zes") for sentences
  std::optional<EditionsView> edities;  ///< with --edities: this page in every edition
};
void to_json(nlohmann::json& j, const SiteView& site);

/// How a page is found in the site's search (search/search_index.h): the
/// layout marks its <main> as what Pagefind indexes, with these as filters.
struct SearchMarks {
  std::string soort;     ///< Rapport, Indicator or Pagina (conclusies and aanbevelingen are records)
  std::string gemeente;  ///< the gemeente a report is about (as shown), else ""
  std::string thema;     ///< an indicator's thema, else ""
};
void to_json(nlohmann::json& j, const SearchMarks& marks);

/// `pagina`: what every page says about itself; the kinds add their own keys (ondertitel, datum…).
struct PageHeader {
  std::string soort;      ///< the template: rapport, pagina, index, overzicht, 404…
  std::string pad;        ///< output path
  std::string canonical;  ///< "" without basis_url
  std::string titel;
  bool is_concept = false;               ///< from a text marked `concept: true`: the page shows a band that says so
  std::optional<SearchMarks> zoekindex;  ///< set on the pages the search index holds, on a site with search
};
void to_json(nlohmann::json& j, const PageHeader& header);

/// One heading in the table of contents.
struct TocEntry {
  std::string tekst;
  std::string id;
  std::string nummer;  ///< "" when not numbered
  int niveau = 2;
  bool sub = false;  ///< deeper than the text's first heading
};
void to_json(nlohmann::json& j, const TocEntry& entry);

/// A page's rendered text: empty on pages without one, which have no summary either.
struct PageText {
  std::string inhoud;  ///< html
  std::vector<TocEntry> toc;
  std::optional<Summary> samenvatting;
  int bijlagen = 0;  ///< the text's numbered bijlage blocks
  /// Adds inhoud, toc, heeft_toc and (with a text) samenvatting to a page's JSON.
  void add_to(nlohmann::json& page) const;
};

/// The text part of a page from its rendered html, headings and blocks.
PageText page_text(const std::string& html, const std::vector<Heading>& headings, const BlockScan& blocks);

/// The parts every page has; each kind of page holds one and adds its own.
struct PageBase {
  SiteView site;
  PageHeader pagina;
  PageText text;
  nlohmann::json to_json() const;
};

}  // namespace spiegel
