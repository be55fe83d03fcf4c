// site/data/: the figures behind the site as open data — observaties.csv,
// groepen.csv, benchmark.csv (the contract's columns, benchmark.csv with the
// figures each report shows after them) — and monitor.json, which describes
// them: the indicators, gemeenten and groups, which file holds what, and the
// texts' structure. Each figure stands in one file only.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "compute/site_data.h"
#include "model/open_data_files.h"
#include "text/outline.h"

namespace spiegel {

struct OpenDataRows;

std::string observaties_csv(const SiteData& site);
std::string groepen_csv(const SiteData& site);
std::string benchmark_csv(const SiteData& site);

/// The same from rows made once (see open_data_rows.h).
std::string observaties_csv(const OpenDataRows& rows);
std::string groepen_csv(const OpenDataRows& rows);
std::string benchmark_csv(const OpenDataRows& rows);
std::string monitor_json(const SiteData& site, const std::vector<TextOutline>& texts);

/// monitor.json in its two parts: everything up to the texts, which depends on
/// the SiteData alone, then the texts' structure.
std::string monitor_json_figures(const SiteData& site);
void append_monitor_json_texts(std::string& out, const SiteData& site, const std::vector<TextOutline>& texts);

/// The open data that depends on the SiteData alone: the three CSV files and
/// monitor.json up to its texts. It needs no rendered text, so it is made
/// while the pages render; `spiegel serve` keeps it while the SiteData stays.
struct OpenDataFigures {
  std::map<std::string, std::string> tables;  ///< observaties.csv, groepen.csv, benchmark.csv by path
  std::string monitor_figures;                ///< monitor_json_figures
};

/// The figures' files.
OpenDataFigures open_data_figures(const SiteData& site);

/// data/opvolging.csv: every line of the follow-up register with the report's
/// gemeente and the aanbeveling's addressee (from `texts`), as the site shows
/// them (pseudonyms in an anonymised monitor):
/// gemeente,naam,rapport,aanbeveling,aan,peildatum,status,toelichting.
std::string opvolging_csv(const SiteData& site, const std::vector<TextOutline>& texts);

/// Every open-data file by its path under the site root: the figures,
/// monitor.json completed with the texts' structure, and with a follow-up
/// register its file.
std::map<std::string, std::string> complete_open_data(OpenDataFigures figures, const SiteData& site,
                                                      const std::vector<TextOutline>& texts);

}  // namespace spiegel
