#include "write/open_data.h"

#include "model/enum_names.h"
#include "model/open_data_files.h"
#include "write/csv_format.h"
#include "write/open_data_rows.h"

namespace spiegel {

namespace {

void number_cell(std::string& out, const std::optional<double>& v) {
  if (v) append_number(out, *v);
}

/// A figure's number, empty when geheim or missing.
void value_cell(std::string& out, const Value* v) {
  if (v) number_cell(out, published_number(v->waarde, v->status));
}

/// The columns every file starts with: gemeente or groep, naam, indicator, periode, waarde.
void key_cells(std::string& out, PeriodKeys& keys, const std::string& unit, const std::string& naam,
               const Indicator& indicator, const Period& periode, const Value* value) {
  append_csv_field(out, unit);
  out += ',';
  append_csv_field(out, naam);
  out += ',';
  append_csv_field(out, indicator.id);
  out += ',';
  out += keys(periode);
  out += ',';
  value_cell(out, value);
  out += ',';
}

}  // namespace

// The rows come sorted from open_data_rows; each writer only formats them.

std::string observaties_csv(const SiteData& site) { return observaties_csv(open_data_rows(site)); }
std::string groepen_csv(const SiteData& site) { return groepen_csv(open_data_rows(site)); }
std::string benchmark_csv(const SiteData& site) { return benchmark_csv(open_data_rows(site)); }

std::string observaties_csv(const OpenDataRows& all) {
  const std::vector<ObservationRow>& rows = all.observations;
  std::string out = "gemeente,naam,indicator,periode,waarde,status\n";
  out.reserve(rows.size() * 48);
  PeriodKeys keys;
  for (const ObservationRow& r : rows) {
    key_cells(out, keys, *r.unit, *r.naam, *r.indicator, r.periode, r.value);
    out += name(r.value->status);
    out += '\n';
  }
  return out;
}

std::string groepen_csv(const OpenDataRows& all) {
  const std::vector<GroupRow>& rows = all.groups;
  std::string out = "groep,naam,indicator,periode,waarde,leden_met_waarde,leden\n";
  out.reserve(rows.size() * 64);
  PeriodKeys keys;
  for (const GroupRow& r : rows) {
    key_cells(out, keys, *r.unit, *r.naam, *r.indicator, r.periode, r.value);
    // The source's own figure: how many members it counted is not known here.
    if (!r.value->from_source()) {
      append_integer(out, r.value->leden_met_waarde);
      out += ',';
      append_integer(out, r.value->leden);
    } else {
      out += ',';
    }
    out += '\n';
  }
  return out;
}

std::string benchmark_csv(const OpenDataRows& all) {
  const std::vector<BenchmarkRow>& rows = all.benchmark;
  // The contract's columns first, then the figures each report shows beside them.
  std::string out =
      "gemeente,naam,indicator,periode,waarde,status,index,rang,deciel,referentiegroep,nederland,"
      "gemeenten_met_waarde,verandering_vorige_periode,verandering_basisperiode,nederland_is_100,"
      "ten_opzichte_van_nederland,oordeel\n";
  out.reserve(rows.size() * 110);
  PeriodKeys keys;
  for (const BenchmarkRow& r : rows) {
    const Derived& d = *r.derived;
    key_cells(out, keys, *r.unit, *r.naam, *r.indicator, r.periode, r.value);
    out += name(r.value->status);
    out += ',';
    number_cell(out, d.index);
    out += ',';
    if (d.rang) append_integer(out, *d.rang);
    out += ',';
    if (d.deciel) append_integer(out, *d.deciel);
    out += ',';
    value_cell(out, r.referentiegroep);
    out += ',';
    value_cell(out, r.nederland);
    out += ',';
    if (d.rang) append_integer(out, d.met_waarde);  // the gemeenten the rank is among
    out += ',';
    number_cell(out, d.verandering_vorige);
    out += ',';
    number_cell(out, d.verandering_basis);
    out += ',';
    number_cell(out, d.nederland_100);
    out += ',';
    if (d.nederland) {
      out += name(d.nederland->positie);
      out += ',';
      out += name(d.nederland->oordeel);
    } else {
      out += ',';
    }
    out += '\n';
  }
  return out;
}

OpenDataFigures open_data_figures(const SiteData& site) {
  OpenDataRows rows = open_data_rows(site);
  OpenDataFigures out;
  out.tables = {
      {"data/observaties.csv", observaties_csv(rows)},
      {"data/groepen.csv", groepen_csv(rows)},
      {"data/benchmark.csv", benchmark_csv(rows)},
  };
  out.monitor_figures = monitor_json_figures(site);
  return out;
}

std::string opvolging_csv(const SiteData& site, const std::vector<TextOutline>& texts) {
  std::map<std::pair<std::string, std::string>, std::string> addressee;  // (rapport, id) → aan
  std::map<std::string, const Gemeente*> gemeente;                       // rapport → its gemeente
  for (const TextOutline& t : texts) {
    if (!t.gemeente || !t.doc || !t.blocks) continue;
    gemeente[t.doc->slug] = t.gemeente;
    for (const Block& b : *t.blocks)
      if (b.kind == "aanbeveling" && b.attrs.count("aan")) addressee[{t.doc->slug, b.id}] = b.attrs.at("aan");
  }
  std::string out = "gemeente,naam,rapport,aanbeveling,aan,peildatum,status,toelichting\n";
  for (const FollowUp& f : site.content.opvolging) {
    auto g = gemeente.find(f.rapport);
    // A report of an earlier edition only: its name as the register gives it.
    const Gemeente* known = g == gemeente.end() ? nullptr : g->second;
    append_csv_field(out, known ? site.display_code(known->code) : "");
    out += ',';
    append_csv_field(out, known ? site.display_name(known->code) : "");
    out += ',';
    append_csv_field(out, known ? site.display_slug(*known) : f.rapport);
    out += ',';
    append_csv_field(out, f.aanbeveling);
    out += ',';
    auto aan = addressee.find({f.rapport, f.aanbeveling});
    if (aan != addressee.end()) append_csv_field(out, aan->second);
    out += ',';
    out += f.peildatum;
    out += ',';
    out += name(f.status);
    out += ',';
    append_csv_field(out, f.toelichting);
    out += '\n';
  }
  return out;
}

std::map<std::string, std::string> complete_open_data(OpenDataFigures figures, const SiteData& site,
                                                      const std::vector<TextOutline>& texts) {
  std::map<std::string, std::string> out = std::move(figures.tables);
  if (!site.content.opvolging.empty()) out[kFollowUpFile] = opvolging_csv(site, texts);
  std::string monitor = std::move(figures.monitor_figures);
  append_monitor_json_texts(monitor, site, texts);
  out["data/monitor.json"] = std::move(monitor);
  return out;
}

}  // namespace spiegel
