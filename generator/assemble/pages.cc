#include "assemble/pages.h"

#include <algorithm>
#include <cstdlib>

#include <fmt/format.h>

#include "assemble/benchmark_table.h"
#include "assemble/indicator_page.h"
#include "assemble/number_format.h"
#include "assemble/verantwoording.h"
#include "base/basis_path.h"

using nlohmann::json;

namespace spiegel {

namespace {

std::string title_of(const Document& doc) {
  if (doc.front.contains("titel") && doc.front["titel"].is_string()) return doc.front["titel"].get<std::string>();
  std::string t = doc.slug;
  if (!t.empty()) t[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(t[0])));
  return t;
}

std::string front_text(const Document* doc, const std::string& key) {
  if (!doc || !doc->front.contains(key) || !doc->front[key].is_string()) return "";
  return doc->front[key].get<std::string>();
}

/// The figures of one gemeente in the peilperiode (or the latest period an
/// indicator has), beside Nederland's where the data give it.
json key_figures(const SiteData& site, const Gemeente& gemeente) {
  json rows = json::array();
  const Group* nl = nullptr;
  for (const Group& g : site.groups)
    if (g.def_id == g.id && g.members.size() == site.content.registry.gemeenten.size()) nl = nl ? nl : &g;
  for (const Indicator& ind : site.content.indicators) {
    const Dataset::Series* series = site.data.series(gemeente.code, ind.id);
    if (!series || series->empty()) continue;
    // The peilperiode when the indicator has it, else its latest period.
    auto it = series->find(site.peilperiode);
    if (it == series->end()) it = std::prev(series->end());
    const Value* national = nl ? site.data.get(nl->id, ind.id, it->first) : nullptr;
    rows.push_back({{"indicator", ind.naam},
                    {"id", ind.id},
                    {"periode", it->first.label()},
                    {"waarde", format_value(ind, it->second.waarde, it->second.status)},
                    {"nederland", national ? format_value(ind, national->waarde, national->status) : "–"},
                    {"voorlopig", it->second.status == Status::voorlopig}});
  }
  return json{{"rijen", rows}, {"heeft_rijen", !rows.empty()}, {"nederland", nl ? nl->naam : "Nederland"}};
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

std::vector<PageSpec> plan_pages(const SiteData& site) {
  std::vector<PageSpec> pages;
  pages.push_back({PageSpec::Kind::index, "index.html", "", "index", nullptr, nullptr, nullptr});
  const Registry& reg = site.content.registry;
  std::vector<PageSpec> reports;
  for (const Report& r : site.content.reports)
    if (const Gemeente* g = reg.find(r.gemeente))
      reports.push_back({PageSpec::Kind::rapport, report_path(site, *g), "gemeenten/" + site.display_slug(*g) + "/", "rapport",
                         &r.doc, g, &r});
  if (site.content.settings.pagina_per_gemeente == Settings::PagePolicy::alle)
    for (const Gemeente& g : reg.gemeenten) {
      bool has_text = std::any_of(reports.begin(), reports.end(), [&](const PageSpec& p) { return p.gemeente == &g; });
      if (!has_text)
        reports.push_back({PageSpec::Kind::rapport, report_path(site, g), "gemeenten/" + site.display_slug(g) + "/", "rapport",
                           nullptr, &g, nullptr});
    }
  std::sort(reports.begin(), reports.end(), [](const PageSpec& a, const PageSpec& b) { return a.path < b.path; });
  pages.insert(pages.end(), reports.begin(), reports.end());
  // Pages in menu order: `volgorde:` from the front matter, then by name.
  std::vector<const Document*> docs;
  for (const Document& d : site.content.pages) docs.push_back(&d);
  auto order = [](const Document* d) {
    const auto& v = d->front.contains("volgorde") ? d->front["volgorde"] : nlohmann::json();
    return v.is_string() ? std::atof(v.get<std::string>().c_str()) : 1e9;
  };
  std::stable_sort(docs.begin(), docs.end(), [&](const Document* a, const Document* b) { return order(a) < order(b); });
  for (const Document* d : docs)
    pages.push_back({PageSpec::Kind::pagina, d->slug + "/index.html", d->slug + "/", "pagina", d, nullptr, nullptr});
  pages.push_back({PageSpec::Kind::indicatoren, "indicatoren/index.html", "indicatoren/", "indicatoren", nullptr,
                   nullptr, nullptr});
  for (const Indicator& i : site.content.indicators)
    pages.push_back({PageSpec::Kind::indicator, indicator_page_path(i.id), "indicatoren/" + i.id + "/", "indicator",
                     nullptr, nullptr, nullptr, &i});
  pages.push_back({PageSpec::Kind::aanbevelingen, "aanbevelingen/index.html", "aanbevelingen/", "overzicht", nullptr,
                   nullptr, nullptr});
  pages.push_back({PageSpec::Kind::conclusies, "conclusies/index.html", "conclusies/", "overzicht", nullptr, nullptr,
                   nullptr});
  pages.push_back({PageSpec::Kind::niet_gevonden, "404.html", "", "404", nullptr, nullptr, nullptr});
  return pages;
}

json page_context(const SiteData& site, const PageSpec& page, const std::vector<PageSpec>& all) {
  const Settings& s = site.content.settings;
  // The 404 page is served at any depth, so its links start from the site's path.
  const std::string root =
      page.kind == PageSpec::Kind::niet_gevonden ? basis_path(s.basis_url) : root_prefix(page.path);
  json nav = json::array();
  nav.push_back({{"titel", "Overzicht"}, {"url", root + "index.html"}, {"actief", page.kind == PageSpec::Kind::index}});
  for (const PageSpec& p : all)
    if (p.kind == PageSpec::Kind::pagina || p.kind == PageSpec::Kind::aanbevelingen ||
        p.kind == PageSpec::Kind::indicatoren)
      nav.push_back({{"titel", p.doc                                     ? title_of(*p.doc)
                               : p.kind == PageSpec::Kind::indicatoren ? "Indicatoren"
                                                                       : "Aanbevelingen"},
                     {"url", root + p.path},
                     {"actief", &p == &page || (p.kind == PageSpec::Kind::indicatoren &&
                                                page.kind == PageSpec::Kind::indicator)}});
  // The list of reports is for the front page only: on every page of a
  // national monitor it would make the view models quadratic in gemeenten.
  json gemeenten = json::array();
  std::size_t reports = 0;
  for (const PageSpec& p : all) {
    if (p.kind != PageSpec::Kind::rapport) continue;
    ++reports;
    if (page.kind == PageSpec::Kind::index)
      gemeenten.push_back({{"naam", site.display_name(p.gemeente->code)},
                           {"code", site.anonymised(p.gemeente->code) ? "" : p.gemeente->code},
                           {"titel", p.doc ? title_of(*p.doc) : ""},
                           {"url", root + p.path}});
  }

  json ctx = {
      {"site",
       {{"titel", s.titel},
        {"organisatie", s.organisatie},
        {"editie", s.editie},
        {"taal", s.taal},
        {"root", root},
        {"css", root + "spiegel.css"},
        {"peilperiode", site.peilperiode.label()},
        {"nav", nav},
        {"gemeenten", gemeenten},
        {"aantal_gemeenten", reports}}},
      {"pagina",
       {{"soort", page.template_name},
        {"pad", page.path},
        {"canonical", s.basis_url.empty() ? "" : s.basis_url + page.url}}},
      {"inhoud", ""},
      {"toc", json::array()},
      {"heeft_toc", false},
  };
  json& p = ctx["pagina"];
  switch (page.kind) {
    case PageSpec::Kind::index:
      p["titel"] = s.titel;
      p["is_index"] = true;
      ctx["open_data"] = open_data_links(root);
      ctx["indicatoren_url"] = root + "indicatoren/index.html";
      break;
    case PageSpec::Kind::rapport: {
      const Gemeente& g = *page.gemeente;
      std::string naam = site.display_name(g.code);
      p["titel"] = page.doc && !front_text(page.doc, "titel").empty() ? front_text(page.doc, "titel") : naam;
      p["ondertitel"] = front_text(page.doc, "ondertitel");
      p["datum"] = front_text(page.doc, "datum");  // "maart 2021"; without it the monitor's editie
      ctx["gemeente"] = {{"naam", naam},
                         {"code", site.anonymised(g.code) ? "" : g.code},
                         {"slug", site.display_slug(g)},
                         {"geanonimiseerd", site.anonymised(g.code)}};
      ctx["kerncijfers"] = key_figures(site, g);
      break;
    }
    case PageSpec::Kind::pagina:
      p["titel"] = title_of(*page.doc);
      p["ondertitel"] = front_text(page.doc, "ondertitel");
      if (is_verantwoording(*page.doc)) ctx["verantwoording"] = verantwoording_context(site, root);
      break;
    case PageSpec::Kind::indicatoren:
      p["titel"] = "Indicatoren";
      ctx["themas"] = indicator_list_context(site, root);
      break;
    case PageSpec::Kind::indicator:
      p["titel"] = page.indicator->naam;
      ctx["indicator"] = indicator_context(site, *page.indicator, root);
      break;
    case PageSpec::Kind::aanbevelingen:
      p["titel"] = "Alle aanbevelingen";
      break;
    case PageSpec::Kind::conclusies:
      p["titel"] = "Alle conclusies";
      break;
    case PageSpec::Kind::niet_gevonden:
      p["titel"] = "Pagina niet gevonden";
      break;
  }
  return ctx;
}

}  // namespace spiegel
