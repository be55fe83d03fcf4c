// data/monitor.json: everything of the open data in one file for reuse. The
// small parts (definitions, groups, texts) are built as JSON values; the three
// tables are written row by row, one row a line, because a national monitor
// has hundreds of thousands of rows.
#include <fmt/format.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "model/enum_names.h"
#include "write/csv_format.h"
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

/// Appends a JSON string literal.
void str(std::string& out, std::string_view s) {
  out += '"';
  std::size_t plain = 0;  // most strings need no escape: append them whole
  while (plain < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[plain]);
    if (c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&') break;
    ++plain;
  }
  out += s.substr(0, plain);
  for (char c : s.substr(plain)) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '<':
        out += "\\u003c";
        break;
      case '>':
        out += "\\u003e";
        break;
      case '&':
        out += "\\u0026";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20)
          out += fmt::format("\\u{:04x}", static_cast<unsigned char>(c));
        else
          out += c;
    }
  }
  out += '"';
}

/// The JSON literal of the last string asked for: the rows come sorted, so a
/// gemeente's code or an indicator's id repeats for many rows in a row.
class LastQuoted {
 public:
  const std::string& operator()(std::string_view s) {
    if (!valid_ || s != last_) {
      last_.assign(s);
      quoted_.clear();
      str(quoted_, s);
      valid_ = true;
    }
    return quoted_;
  }

 private:
  bool valid_ = false;
  std::string last_, quoted_;
};

void num(std::string& out, const std::optional<double>& v) {
  if (v && std::isfinite(*v))
    append_number(out, *v);
  else
    out += "null";
}

/// A figure's number, null when geheim or missing.
void value(std::string& out, const Value* v) { num(out, v ? published_number(v->waarde, v->status) : std::nullopt); }

void integer(std::string& out, const std::optional<int>& v) {
  if (v)
    append_integer(out, *v);
  else
    out += "null";
}

/// Opens a table: {"kolommen": [...], "rijen": [
void open_table(std::string& out, const std::string& name, const std::vector<const char*>& columns) {
  out += ",\n";
  str(out, name);
  out += ": {\"kolommen\": [";
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (i) out += ", ";
    str(out, columns[i]);
  }
  out += "], \"rijen\": [";
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

std::string monitor_json(const SiteData& site, const OpenDataRows& rows, const std::vector<TextOutline>& texts) {
  std::string out = monitor_json_figures(site, rows);
  append_monitor_json_texts(out, site, texts);
  return out;
}

// The texts come last, so that `spiegel serve` can keep everything before them
// while a writer edits a text (OpenDataFigures).
void append_monitor_json_texts(std::string& out, const SiteData& site, const std::vector<TextOutline>& texts) {
  out += ",\n\"teksten\": " + dumped(texts_json(site, texts));
  out += "\n}\n";
}

std::string monitor_json_figures(const SiteData& site, const OpenDataRows& rows) {
  const Settings& s = site.content.settings;
  json monitor = {{"titel", s.titel},
                  {"organisatie", s.organisatie},
                  {"editie", s.editie},
                  {"basis_url", s.basis_url},
                  {"peilperiode", site.peilperiode.key()},
                  {"basisperiode", s.basisperiode ? s.basisperiode->key() : ""},
                  {"nederland", site.benchmark.national},
                  {"toelichting",
                   "De tabellen hebben dezelfde kolommen als de CSV-bestanden in deze map, aangevuld met afgeleide "
                   "cijfers. De rijen van observaties.csv zijn de rijen van 'benchmark' plus de rijen van "
                   "'groepscijfers' met bron = true."}};
  std::string out;
  // Observations, group figures and benchmark rows: roughly 300 bytes per observation in all.
  out.reserve(site.content.observations.size() * 300);
  out += "{\n\"monitor\": " + dumped(monitor);
  out += ",\n\"indicatoren\": " + dumped(definitions(site));
  out += ",\n\"gemeenten\": " + dumped(gemeenten(site));
  out += ",\n\"groepen\": " + dumped(groups(site));

  // observaties.csv is in here too, without a table of its own: its rows are
  // the gemeenten's rows of "benchmark" and the rows of "groepscijfers" with bron = true.
  PeriodKeys keys;
  LastQuoted unit, indicator, period;
  // The words of the comparison with Nederland; null when there is none (Judgement::geen has no word).
  auto word = [&out](std::string_view w) {
    if (w.empty())
      out += "null";
    else
      str(out, w);
  };
  bool first = true;
  open_table(out, "groepscijfers",
             {"groep", "indicator", "periode", "waarde", "status", "leden_met_waarde", "leden", "bron"});
  for (const GroupRow& r : rows.groups) {
    out += first ? "\n[" : ",\n[";
    first = false;
    out += unit(*r.unit);
    out += ", ";
    out += indicator(r.indicator->id);
    out += ", ";
    out += period(keys(r.periode));
    out += ", ";
    value(out, r.value);
    out += ", ";
    str(out, name(r.value->status));
    out += ", ";
    const bool source = r.value->from_source();
    integer(out, source ? std::nullopt : std::optional<int>(r.value->leden_met_waarde));
    out += ", ";
    integer(out, source ? std::nullopt : std::optional<int>(r.value->leden));
    out += source ? ", true]" : ", false]";
  }
  out += "]}";

  open_table(out, "benchmark",
             {"gemeente", "indicator", "periode", "waarde", "status", "index", "rang", "deciel", "referentiegroep",
              "nederland", "gemeenten_met_waarde", "verandering_vorige_periode", "verandering_basisperiode",
              "nederland_is_100", "ten_opzichte_van_nederland", "oordeel"});
  first = true;
  for (const BenchmarkRow& r : rows.benchmark) {
    const Derived& d = *r.derived;
    out += first ? "\n[" : ",\n[";
    first = false;
    out += unit(*r.unit);
    out += ", ";
    out += indicator(r.indicator->id);
    out += ", ";
    out += period(keys(r.periode));
    out += ", ";
    value(out, r.value);
    out += ", ";
    str(out, name(r.value->status));
    out += ", ";
    num(out, d.index);
    out += ", ";
    integer(out, d.rang);
    out += ", ";
    integer(out, d.deciel);
    out += ", ";
    value(out, r.referentiegroep);
    out += ", ";
    value(out, r.nederland);
    out += ", ";
    integer(out, d.rang ? std::optional<int>(d.met_waarde) : std::nullopt);
    out += ", ";
    num(out, d.verandering_vorige);
    out += ", ";
    num(out, d.verandering_basis);
    out += ", ";
    num(out, d.nederland_100);
    out += ", ";
    word(d.nederland ? name(d.nederland->positie) : "");
    out += ", ";
    word(d.nederland ? name(d.nederland->oordeel) : "");
    out += ']';
  }
  out += "]}";
  return out;
}

}  // namespace spiegel
