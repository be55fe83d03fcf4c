// data/monitor.json: what the open data's figures mean, for reuse: the
// indicators' definitions, the gemeenten and groups, which CSV file holds
// which figures, and the structure of the texts. The figures themselves stand
// only in the CSV files: on a national monitor a second copy here was 54 MB.
#include <nlohmann/json.hpp>

#include "model/enum_names.h"
#include "write/open_data.h"
#include "write/open_data_rows.h"

using nlohmann::json;

namespace spiegel {

namespace {

/// Invalid UTF-8 in a user's file must not stop the build here: it is replaced.
/// '<', '>' and '&' only occur inside strings; written as \u escapes, the file
/// is safe to embed in a page and never looks like markup to a checker.
std::string dumped(const json& j) {
  std::string raw = j.dump(-1, ' ', false, json::error_handler_t::replace);
  std::string out;
  out.reserve(raw.size());
  for (char c : raw) {
    if (c == '<')
      out += "\\u003c";
    else if (c == '>')
      out += "\\u003e";
    else if (c == '&')
      out += "\\u0026";
    else
      out += c;
  }
  return out;
}

json definitions(const SiteData& site) {
  json out = json::array();
  for (const Indicator& i : site.content.indicators) {
    json d = {{"id", i.id},
              {"naam", i.naam},
              {"eenheid", name(i.eenheid)},
              {"decimalen", i.decimalen},
              {"richting", name(i.richting)},
              {"thema", i.thema},
              {"bron", i.bron},
              {"definitie", i.definitie},
              {"aggregatie", name(i.aggregatie)},
              {"tolerantie", i.tolerantie},
              {"periode", current_period(site, i.id).key()}};
    if (!i.teller.empty()) {
      d["teller"] = i.teller;
      d["noemer"] = i.noemer;
      d["factor"] = i.factor;
    }
    if (!i.gewicht.empty()) d["gewicht"] = i.gewicht;
    out.push_back(d);
  }
  return out;
}

json gemeenten(const SiteData& site) {
  json out = json::array();
  for (const Gemeente& g : site.content.registry.gemeenten) {
    json peers = json::array();
    if (const Group* ref = reference_group(site, g.code))
      for (std::size_t m : ref->members) peers.push_back(site.display_code(site.content.registry.gemeenten[m].code));
    const bool anonymous = site.anonymised(g.code);
    // An anonymised gemeente's registry columns (inwoners, jeugdregio…) would identify it.
    out.push_back({{"code", site.display_code(g.code)},
                   {"naam", site.display_name(g.code)},
                   {"slug", site.display_slug(g)},
                   {"kolommen", anonymous ? json::object() : json(g.kolommen)},
                   {"referentiegroep", peers}});
  }
  return out;
}

json groups(const SiteData& site) {
  json out = json::array();
  for (const Group& g : site.groups) {
    json leden = json::array();
    for (std::size_t m : g.members) leden.push_back(site.display_code(site.content.registry.gemeenten[m].code));
    json j = {{"id", shown_unit(site, g.id)},
              {"naam", g.naam},
              {"soort", g.def_id},
              {"berekend", g.berekenen},
              {"leden", leden}};
    if (!g.waarde.empty()) j["waarde"] = g.def_id == kReferentiegroep ? site.display_code(g.waarde) : g.waarde;
    out.push_back(j);
  }
  return out;
}

json texts_json(const SiteData& site, const std::vector<TextOutline>& texts) {
  json out = json::array();
  for (const TextOutline& t : texts) {
    json koppen = json::array();
    if (t.headings)
      for (const Heading& h : *t.headings)
        koppen.push_back({{"niveau", h.level}, {"nummer", h.number}, {"tekst", h.text}, {"id", h.id}});
    json blokken = json::array();
    if (t.blocks)
      for (const Block& b : *t.blocks) {
        json j = {{"soort", b.kind}, {"id", b.id}, {"nummer", b.number}, {"kenmerken", b.attrs}};
        if (b.chapter) j["hoofdstuk"] = b.chapter;  // nummering: hoofdstuk: "Tabel 3.1" is hoofdstuk 3, nummer 1
        if (!b.conclusies.empty()) j["conclusies"] = b.conclusies;
        if (!b.aanbevelingen.empty()) j["aanbevelingen"] = b.aanbevelingen;
        blokken.push_back(j);
      }
    json j = {{"url", t.url}, {"koppen", koppen}, {"blokken", blokken}};
    // The file name of an anonymised report is the gemeente's real name.
    if (t.doc && !(t.gemeente && site.anonymised(t.gemeente->code))) j["bestand"] = t.doc->path;
    if (t.gemeente) j["gemeente"] = site.display_code(t.gemeente->code);
    out.push_back(j);
  }
  return out;
}

}  // namespace

// The texts come last, so that `spiegel serve` can keep everything before them
// while a writer edits a text (OpenDataFigures).
void append_monitor_json_texts(std::string& out, const SiteData& site, const std::vector<TextOutline>& texts) {
  out += ",\n\"teksten\": " + dumped(texts_json(site, texts));
  out += "\n}\n";
}

std::string monitor_json_figures(const SiteData& site) {
  const Settings& s = site.content.settings;
  json monitor = {{"titel", s.titel},
                  {"organisatie", s.organisatie},
                  {"editie", s.editie},
                  {"basis_url", s.basis_url},
                  {"peilperiode", site.peilperiode.key()},
                  {"basisperiode", s.basisperiode ? s.basisperiode->key() : ""},
                  {"nederland", site.benchmark.national},
                  {"toelichting",
                   "De cijfers staan in de CSV-bestanden naast dit bestand (zie 'bestanden'); dit bestand zegt wat "
                   "ze betekenen: de indicatoren, de gemeenten, de groepen en de opbouw van de teksten."}};
  // Each file with what one row is; the columns are in its first line.
  json files = {{"observaties.csv",
                 "per gemeente of groep, indicator en periode: het cijfer uit de data, met de "
                 "berekende indicatoren (teller en noemer)"},
                {"groepen.csv",
                 "per groep, indicator en periode: het groepscijfer; leden_met_waarde en leden zijn "
                 "leeg bij een cijfer van de bron"},
                {"benchmark.csv",
                 "per gemeente, indicator en periode: het cijfer met index, rang, deciel, de "
                 "referentiegroep, Nederland, de verandering en het oordeel naast Nederland"}};
  if (!site.content.opvolging.empty())
    files["opvolging.csv"] = "per aanbeveling en peildatum: de stand volgens het register van de opvolging";
  std::string out = "{\n\"monitor\": " + dumped(monitor);
  out += ",\n\"bestanden\": " + dumped(files);
  out += ",\n\"indicatoren\": " + dumped(definitions(site));
  out += ",\n\"gemeenten\": " + dumped(gemeenten(site));
  out += ",\n\"groepen\": " + dumped(groups(site));
  return out;
}

}  // namespace spiegel
