// All figures by (gemeente or group, indicator, period): the observations as
// loaded, and later the figures the benchmark computes from them.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/content.h"

namespace spiegel {

/// One figure.
struct Value {
  std::optional<double> waarde;  ///< empty when missing or geheim
  Status status = Status::none;
  const Observation* source = nullptr;  ///< the data row it came from, if any
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
