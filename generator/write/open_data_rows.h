// The rows of the open data, in their sorted order, shared by the CSV files
// and monitor.json so both always say the same.
#pragma once

#include <vector>

#include "compute/site_data.h"

namespace spiegel {

/// A gemeente's code or a group's id as the open data show it: with
/// `anonimiseren`, a report's gemeente is its pseudonym (also inside the id of
/// its referentiegroep), because its code would give it away.
std::string shown_unit(const SiteData& site, const std::string& unit);

/// One figure of a gemeente or group as observaties.csv lists it.
struct ObservationRow {
  std::string unit;  ///< as shown
  const std::string* key;  ///< the unit's code or id in the data
  const Indicator* indicator;
  Period periode;
  const Value* value;
};

/// One group figure: groepen.csv.
struct GroupRow {
  std::string unit;  ///< the group's id as shown
  const Group* group;
  const Indicator* indicator;
  Period periode;
  const Value* value;
};

/// One gemeente figure with what is derived from it: benchmark.csv.
struct BenchmarkRow {
  std::string unit;  ///< the gemeente's code as shown
  const Gemeente* gemeente;
  const Indicator* indicator;
  Period periode;
  const Value* value;
  const Derived* derived;           ///< never nullptr
  const Value* referentiegroep;     ///< the gemeente's referentiegroep in that period, or nullptr
  const Value* nederland;           ///< Nederland in that period, or nullptr
};

/// Input observations (of gemeenten and groups) plus the gemeenten's computed
/// indicators; sorted by unit (as shown), indicator and period.
std::vector<ObservationRow> observation_rows(const SiteData& site);
/// Every group figure, computed or from the source; sorted by group, indicator and period.
std::vector<GroupRow> group_rows(const SiteData& site);
/// Every figure of every gemeente in the registry; sorted by gemeente, indicator and period.
std::vector<BenchmarkRow> benchmark_rows(const SiteData& site);

}  // namespace spiegel
