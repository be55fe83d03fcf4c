// The rows of the open data, in their sorted order, shared by the CSV files
// and monitor.json so both always say the same.
#pragma once

#include <deque>
#include <string>
#include <vector>

#include "compute/site_data.h"

namespace spiegel {

/// A gemeente's code or a group's id as the open data show it: with
/// `anonimiseren`, a report's gemeente is its pseudonym (also inside the id of
/// its referentiegroep), because its code would give it away.
std::string shown_unit(const SiteData& site, const std::string& unit);

/// The name beside a code or id in the open data, so a reader need not look
/// codes up: the gemeente's name (its pseudonym when anonymised), the group's
/// name, "Referentiegroep van Deventer".
std::string shown_name(const SiteData& site, const std::string& unit);

/// One figure of a gemeente or group as observaties.csv lists it.
struct ObservationRow {
  const std::string* unit;  ///< as shown
  const std::string* naam;  ///< shown_name
  const std::string* key;   ///< the unit's code or id in the data
  const Indicator* indicator;
  Period periode;
  const Value* value;
};

/// One group figure: groepen.csv.
struct GroupRow {
  const std::string* unit;  ///< the group's id as shown
  const std::string* naam;  ///< shown_name
  const Group* group;
  const Indicator* indicator;
  Period periode;
  const Value* value;
};

/// One gemeente figure with what is derived from it: benchmark.csv.
struct BenchmarkRow {
  const std::string* unit;  ///< the gemeente's code as shown
  const std::string* naam;  ///< shown_name
  const Gemeente* gemeente;
  const Indicator* indicator;
  Period periode;
  const Value* value;
  const Derived* derived;        ///< never nullptr
  const Value* referentiegroep;  ///< the gemeente's referentiegroep in that period, or nullptr
  const Value* nederland;        ///< Nederland in that period, or nullptr
};

/// All rows of the open data, made once for the CSV files and monitor.json.
struct OpenDataRows {
  std::deque<std::string>
      names;  ///< every unit as shown and its name, once; the rows point here (a deque keeps them in place)
  std::vector<ObservationRow> observations;  ///< input (gemeenten and groups) plus the gemeenten's computed indicators
  std::vector<GroupRow> groups;              ///< every group figure, computed or from the source
  std::vector<BenchmarkRow> benchmark;       ///< every figure of every gemeente in the registry
};

/// The rows, each list sorted by unit (as shown), indicator and period.
OpenDataRows open_data_rows(const SiteData& site);

}  // namespace spiegel
