#include "write/open_data.h"

#include "write/csv_format.h"
#include "write/open_data_rows.h"

namespace spiegel {

namespace {

void number_cell(std::string& out, const std::optional<double>& v) {
  if (v) out += plain_number(*v);
}

/// A figure's number, empty when geheim or missing.
void value_cell(std::string& out, const Value* v) {
  if (v && v->status != Status::geheim) number_cell(out, v->waarde);
}

}  // namespace

const std::vector<OpenDataFile>& open_data_files() {
  static const std::vector<OpenDataFile> files = {
      {"data/observaties.csv", "alle cijfers zoals ze zijn ingelezen, plus de berekende indicatoren (teller/noemer)"},
      {"data/groepen.csv", "de cijfers van de groepen: berekend over de leden, of zoals de bron ze geeft"},
      {"data/benchmark.csv", "per gemeente, indicator en periode: index, rang, deciel, referentiegroep en Nederland"},
      {"data/monitor.json", "alles hierboven, met de definities, de groepen en de opbouw van de teksten"},
  };
  return files;
}

std::string observaties_csv(const SiteData& site) {
  std::vector<Observation> rows;
  std::vector<ObservationRow> in = observation_rows(site);
  rows.reserve(in.size());
  for (const ObservationRow& r : in) {
    Observation o;
    o.gemeente = r.unit;
    o.indicator = r.indicator->id;
    o.periode = r.periode;
    o.waarde = r.value->waarde;
    o.status = r.value->status;
    rows.push_back(std::move(o));
  }
  return observations_csv(std::move(rows));
}

std::string groepen_csv(const SiteData& site) {
  std::string out = "groep,indicator,periode,waarde,leden_met_waarde,leden\n";
  for (const GroupRow& r : group_rows(site)) {
    out += csv_field(r.unit);
    out += ',';
    out += r.indicator->id;
    out += ',';
    out += r.periode.key();
    out += ',';
    value_cell(out, r.value);
    out += ',';
    // The source's own figure: how many members it counted is not known here.
    if (!r.value->from_source()) out += std::to_string(r.value->leden_met_waarde) + "," + std::to_string(r.value->leden);
    else out += ',';
    out += '\n';
  }
  return out;
}

std::string benchmark_csv(const SiteData& site) {
  std::vector<BenchmarkRow> rows = benchmark_rows(site);
  std::string out = "gemeente,indicator,periode,waarde,status,index,rang,deciel,referentiegroep,nederland\n";
  out.reserve(rows.size() * 80);
  for (const BenchmarkRow& r : rows) {
    const Derived& d = *r.derived;
    out += csv_field(r.unit);
    out += ',';
    out += r.indicator->id;
    out += ',';
    out += r.periode.key();
    out += ',';
    value_cell(out, r.value);
    out += ',';
    out += status_text(r.value->status);
    out += ',';
    number_cell(out, d.index);
    out += ',';
    if (d.rang) out += std::to_string(*d.rang);
    out += ',';
    if (d.deciel) out += std::to_string(*d.deciel);
    out += ',';
    value_cell(out, r.referentiegroep);
    out += ',';
    value_cell(out, r.nederland);
    out += '\n';
  }
  return out;
}

std::map<std::string, std::string> render_open_data(const SiteData& site, const std::vector<TextOutline>& texts) {
  return {
      {"data/observaties.csv", observaties_csv(site)},
      {"data/groepen.csv", groepen_csv(site)},
      {"data/benchmark.csv", benchmark_csv(site)},
      {"data/monitor.json", monitor_json(site, texts)},
  };
}

}  // namespace spiegel
