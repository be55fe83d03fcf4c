// All figures by (gemeente or group, indicator, period): the observations as
// loaded, and the figures the benchmark computes from them (teller/noemer
// indicators, group aggregates).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/content.h"

namespace spiegel {

/// Where a figure comes from.
enum class Origin {
  data,       ///< a row of data/*.csv (for a group: the source's own figure)
  computed,   ///< teller / noemer × factor of the same unit
  aggregate,  ///< computed over a group's members
};

/// One figure.
struct Value {
  std::optional<double> waarde;  ///< empty when missing or geheim
  Status status = Status::none;
  const Observation* source = nullptr;  ///< the data row it came from, if any
  Origin origin = Origin::data;
  int leden_met_waarde = 0;  ///< for an aggregate: the members that had a value
  int leden = 0;             ///< for an aggregate: the group's members

  /// A group figure as the source gives it, not computed by Spiegel over the members.
  bool from_source() const { return origin != Origin::aggregate; }
};

/// Figures keyed by unit (gemeente code or group id), indicator and period.
class Dataset {
 public:
  using Series = std::map<Period, Value>;

  void set(const std::string& unit, const std::string& indicator, const Period& period, Value value);
  /// nullptr when there is no figure (not even a geheim one).
  const Value* get(const std::string& unit, const std::string& indicator, const Period& period) const;
  /// Every period of one unit and indicator, oldest first; nullptr when none.
  const Series* series(const std::string& unit, const std::string& indicator) const;
  /// Every period that occurs for `indicator` (any unit), oldest first.
  std::vector<Period> periods(const std::string& indicator) const;
  /// Every period in the data, oldest first.
  std::vector<Period> all_periods() const;

 private:
  static std::string key(const std::string& unit, const std::string& indicator);
  std::unordered_map<std::string, Series> series_;
  std::unordered_map<std::string, std::map<Period, int>> periods_;
};

/// Loads every observation into a dataset.
Dataset dataset_from(const std::vector<Observation>& observations);

}  // namespace spiegel
