#include "assemble/pages.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include "assemble/benchmark_table.h"
#include "assemble/figures.h"
#include "assemble/indicator_page.h"
#include "assemble/verantwoording.h"
#include "base/basis_path.h"
#include "chart/figure_html.h"
#include "load/settings.h"

using nlohmann::json;

namespace spiegel {

namespace {

std::string title_of(const Document& doc) {
  if (!doc.front.titel.empty()) return doc.front.titel;
  std::string t = doc.slug;
  if (!t.empty()) t[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(t[0])));
  return t;
}

/// A page's entry in the main menu: every text page and every overview; "" for a page that has none.
std::string menu_title(const PageSpec& p) {
  switch (p.kind) {
    case PageSpec::Kind::pagina:
      return title_of(*p.doc);
    case PageSpec::Kind::indicatoren:
      return "Indicatoren";
    case PageSpec::Kind::aanbevelingen:
      return "Aanbevelingen";
    case PageSpec::Kind::conclusies:
      return "Conclusies";
    case PageSpec::Kind::opvolging:
      return "Opvolging";
    case PageSpec::Kind::zoeken:
      return "Zoeken";
    default:
      return "";
  }
}

}  // namespace

std::string root_prefix(const std::string& path) {
  std::string out;
  for (char c : path)
    if (c == '/') out += "../";
  return out;
}

std::string report_path(const SiteData& site, const Gemeente& gemeente) {
  return "gemeenten/" + site.display_slug(gemeente) + "/index.html";
}

std::vector<PageSpec> plan_pages(const SiteData& site, const PageOptions& options) {
  std::vector<PageSpec> pages;
  pages.push_back({PageSpec::Kind::index, "index.html", "", "index", nullptr, nullptr, nullptr});
  const Registry& reg = site.content.registry;
  std::vector<PageSpec> reports;
  for (const Report& r : site.content.reports)
    if (const Gemeente* g = reg.find(r.gemeente))
      reports.push_back({PageSpec::Kind::rapport, report_path(site, *g), "gemeenten/" + site.display_slug(*g) + "/",
                         "rapport", &r.doc, g, &r});
  if (site.content.settings.pagina_per_gemeente == Settings::PagePolicy::alle)
    for (const Gemeente& g : reg.gemeenten) {
      bool has_text = std::any_of(reports.begin(), reports.end(), [&](const PageSpec& p) { return p.gemeente == &g; });
      if (!has_text)
        reports.push_back({PageSpec::Kind::rapport, report_path(site, g), "gemeenten/" + site.display_slug(g) + "/",
                           "rapport", nullptr, &g, nullptr});
    }
  std::sort(reports.begin(), reports.end(), [](const PageSpec& a, const PageSpec& b) { return a.path < b.path; });
  pages.insert(pages.end(), reports.begin(), reports.end());
  // Pages in menu order: `volgorde:` from the front matter, then by name.
  std::vector<const Document*> docs;
  for (const Document& d : site.content.pages) docs.push_back(&d);
  std::stable_sort(docs.begin(), docs.end(), [](const Document* a, const Document* b) {
    // Without a volgorde a page comes after every page with one.
    if (!a->front.volgorde || !b->front.volgorde) return a->front.volgorde.has_value() > b->front.volgorde.has_value();
    return *a->front.volgorde < *b->front.volgorde;
  });
  for (const Document* d : docs)
    pages.push_back({PageSpec::Kind::pagina, d->slug + "/index.html", d->slug + "/", "pagina", d, nullptr, nullptr});
  pages.push_back({PageSpec::Kind::indicatoren, "indicatoren/index.html", "indicatoren/", "indicatoren", nullptr,
                   nullptr, nullptr});
  for (const Indicator& i : site.content.indicators)
    pages.push_back({PageSpec::Kind::indicator, indicator_page_path(i.id), "indicatoren/" + i.id + "/", "indicator",
                     nullptr, nullptr, nullptr, &i});
  pages.push_back({PageSpec::Kind::aanbevelingen, "aanbevelingen/index.html", "aanbevelingen/", "overzicht", nullptr,
                   nullptr, nullptr});
  pages.push_back(
      {PageSpec::Kind::conclusies, "conclusies/index.html", "conclusies/", "overzicht", nullptr, nullptr, nullptr});
  if (!site.content.opvolging.empty())
    pages.push_back(
        {PageSpec::Kind::opvolging, "opvolging/index.html", "opvolging/", "opvolging", nullptr, nullptr, nullptr});
  if (options.search)
    pages.push_back({PageSpec::Kind::zoeken, "zoeken/index.html", "zoeken/", "zoeken", nullptr, nullptr, nullptr});
  pages.push_back({PageSpec::Kind::niet_gevonden, "404.html", "", "404", nullptr, nullptr, nullptr});
  return pages;
}

PageView page_view(const SiteData& site, const PageSpec& page, const std::vector<PageSpec>& all,
                   const chart::MapGeometry* map, const PageOptions& options) {
  const Settings& s = site.content.settings;
  PageBase base;
  SiteView& view = base.site;
  // The 404 page is served at any depth, so its links start from the site's path.
  const std::string root =
      page.kind == PageSpec::Kind::niet_gevonden ? basis_path(s.basis_url) : root_prefix(page.path);
  view.nav.push_back({"Overzicht", root + "index.html", page.kind == PageSpec::Kind::index});
  for (const PageSpec& p : all)
    if (std::string titel = menu_title(p); !titel.empty())
      view.nav.push_back(
          {titel, root + p.path,
           &p == &page || (p.kind == PageSpec::Kind::indicatoren && page.kind == PageSpec::Kind::indicator)});
  // The list of reports is for the front page only: on every page of a
  // national monitor it would make the view models quadratic in gemeenten.
  for (const PageSpec& p : all) {
    if (p.kind != PageSpec::Kind::rapport) continue;
    ++view.aantal_gemeenten;
    if (page.kind != PageSpec::Kind::index) continue;
    const FrontMatter* front = p.doc ? &p.doc->front : nullptr;
    // The card's figures are the report's own, in its order: the rekenkamer chooses them with kerncijfers.
    KeyFigures figures = key_figures(site, *p.gemeente, front);
    if (figures.rijen.size() > kFrontPageKeyFigures) figures.rijen.resize(kFrontPageKeyFigures);
    view.gemeenten.push_back({site.display_name(p.gemeente->code),
                              site.anonymised(p.gemeente->code) ? "" : p.gemeente->code, p.doc ? title_of(*p.doc) : "",
                              front ? front->ondertitel : "", root + p.path, std::move(figures)});
  }
  view.titel = s.titel;
  view.organisatie = s.organisatie;
  view.editie = s.editie;
  view.taal = s.taal;
  view.root = root;
  view.css = root + "spiegel.css";
  view.peilperiode = site.peilperiode.label();
  view.revisie = site.content.revision;
  if (!site.content.logo.empty()) view.logo = root + logo_site_path(s);
  view.vermeld_spiegel = s.vermeld_spiegel;
  if (options.search) view.zoeken = root + "zoeken/index.html";
  if (options.editions && page.kind != PageSpec::Kind::niet_gevonden)
    view.edities = editions_view(*options.editions, page.path);
  base.pagina = {page.template_name,
                 page.path,
                 s.basis_url.empty() ? "" : s.basis_url + page.url,
                 "",
                 page.doc && page.doc->front.is_concept,
                 std::nullopt};

  switch (page.kind) {
    case PageSpec::Kind::index:
      base.pagina.titel = s.titel;
      {
        FrontPage front{std::move(base), open_data_links(root, !site.content.opvolging.empty()),
                        root + "indicatoren/index.html", ""};
        // Not in an anonymised monitor: the map would show which gemeenten it holds.
        if (map && !map->gemeenten.areas.empty() && !site.content.settings.anonimiseren &&
            !site.content.reports.empty()) {
          chart::MapChart m = monitor_map(site, *map, root);
          front.kaart = chart::figure_html({"kaart", m.text.title, "Kaartgegevens: CBS/PDOK."}, chart::map_svg(m), "");
        }
        return front;
      }
    case PageSpec::Kind::rapport: {
      const Gemeente& g = *page.gemeente;
      std::string naam = site.display_name(g.code);
      base.pagina.titel = page.doc && !page.doc->front.titel.empty() ? page.doc->front.titel : naam;
      if (options.search) base.pagina.zoekindex = SearchMarks{"Rapport", naam, ""};
      ReportPage r = report_page(site, g, page.doc ? &page.doc->front : nullptr, std::move(base));
      r.ondertitel = page.doc ? page.doc->front.ondertitel : "";
      r.datum = page.doc ? page.doc->front.datum : "";  // "maart 2021"; without it the monitor's editie
      if (options.pdf_reports && options.pdf_reports->count(r.gemeente.slug)) r.pdf_url = "rapport.pdf";
      r.rapportnummer = page.doc ? page.doc->front.rapportnummer : "";
      if (options.editions && options.editions->current == 0 && options.editions->previous)
        r.veranderd =
            edition_changes(*options.editions->previous, options.editions->editions.at(1).jaar, site, g.code, root);
      return r;
    }
    case PageSpec::Kind::aanbevelingen:
    case PageSpec::Kind::conclusies: {
      const bool aanbevelingen = page.kind == PageSpec::Kind::aanbevelingen;
      base.pagina.titel = aanbevelingen ? "Alle aanbevelingen" : "Alle conclusies";
      // The gemeenten come from the reports' rendered texts: render adds them.
      return OverviewPage{std::move(base), Overview{aanbevelingen, {}}};
    }
    case PageSpec::Kind::opvolging:
      base.pagina.titel = "Opvolging van de aanbevelingen";
      // The aanbevelingen come from the reports' rendered texts: render adds them.
      return FollowUpPage{std::move(base), {}};
    case PageSpec::Kind::zoeken:
      base.pagina.titel = "Zoeken";
      return PlainPage{std::move(base)};
    case PageSpec::Kind::niet_gevonden:
      base.pagina.titel = "Pagina niet gevonden";
      return PlainPage{std::move(base)};
    case PageSpec::Kind::pagina: {
      base.pagina.titel = title_of(*page.doc);
      if (options.search) base.pagina.zoekindex = SearchMarks{"Pagina", "", ""};
      TextPage t{std::move(base), page.doc->front.ondertitel, std::nullopt};
      if (is_verantwoording(*page.doc)) t.verantwoording = verantwoording_context(site, root);
      return t;
    }
    case PageSpec::Kind::indicatoren:
      base.pagina.titel = "Indicatoren";
      return IndicatorListPage{std::move(base), indicator_list_context(site, root)};
    case PageSpec::Kind::indicator:
      base.pagina.titel = page.indicator->naam;
      if (options.search) base.pagina.zoekindex = SearchMarks{"Indicator", "", page.indicator->thema};
      return IndicatorPage{std::move(base), indicator_context(site, *page.indicator, root, map)};
  }
  throw std::logic_error("page_view: unknown kind of page");
}

void set_text(PageView& view, PageText text) {
  std::visit([&](auto& v) { v.page.text = std::move(text); }, view);
}

json to_json(const PageView& view) {
  return std::visit([](const auto& v) { return v.to_json(); }, view);
}

}  // namespace spiegel
