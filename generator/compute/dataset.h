// All figures by (gemeente or group, indicator, period): the observations as
// loaded, and the figures the benchmark computes from them (teller/noemer
// indicators, group aggregates).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "compute/period_map.h"
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
  /// On today's boundaries, computed from the gemeenten that merged into this one
  /// (content/herindelingen.csv), or from such figures.
  bool herberekend = false;

  /// A group figure as the source gives it, not computed by Spiegel over the members.
  bool from_source() const { return origin != Origin::aggregate; }
  /// A number to compute with: present and not geheim.
  bool usable() const { return status != Status::geheim && waarde.has_value(); }
};

/// A figure that exists and can be computed with (see Value::usable).
inline bool usable(const Value* v) { return v && v->usable(); }

/// Figures keyed by unit (gemeente code or group id), indicator and period.
class Dataset {
  struct Entry;

 public:
  using Series = PeriodMap<Value>;

  Dataset() = default;
  Dataset(Dataset&&) = default;
  Dataset& operator=(Dataset&&) = default;
  /// A copy points its series at its own period lists.
  Dataset(const Dataset& other);
  Dataset& operator=(const Dataset& other);

  void set(const std::string& unit, const std::string& indicator, const Period& period, Value value);

  /// One unit's indicator, found once, for adding many figures to it.
  class Writer {
   public:
    /// Adds a figure unless there is one already for that period; false when there was.
    bool add(const Period& period, Value value);
    /// Sets a figure, replacing any.
    void set(const Period& period, Value value);
    /// Removes the figure for that period, if any.
    void erase(const Period& period);
    /// What the series holds so far.
    const Series& series() const;

   private:
    friend class Dataset;
    Entry* entry_ = nullptr;
  };
  /// The writer for `unit` and `indicator`; the series is created when it does not exist.
  Writer writer(const std::string& unit, const std::string& indicator);

  /// nullptr when there is no figure (not even a geheim one).
  const Value* get(std::string_view unit, std::string_view indicator, const Period& period) const;
  /// Every period of one unit and indicator, oldest first; nullptr when none.
  const Series* series(std::string_view unit, std::string_view indicator) const;
  /// Every period that occurs for `indicator` (any unit), oldest first.
  std::vector<Period> periods(const std::string& indicator) const;
  /// Every period in the data, oldest first.
  std::vector<Period> all_periods() const;

 private:
  /// The key "unit\x1findicator", looked up without building it: the hash and
  /// equality below accept both the joined string and its two parts.
  struct Parts {
    std::string_view unit, indicator;
  };
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view joined) const;
    std::size_t operator()(const Parts& p) const;
  };
  struct Equal {
    using is_transparent = void;
    bool operator()(std::string_view a, std::string_view b) const { return a == b; }
    bool operator()(const Parts& p, std::string_view k) const;
    bool operator()(std::string_view k, const Parts& p) const { return (*this)(p, k); }
  };
  /// One unit's indicator: its figures and the indicator's list of periods, kept up to date on insert.
  struct Entry {
    Series series;
    std::vector<Period>* periods = nullptr;
    std::size_t hint = 0;  ///< where in *periods to look first
    void note(const Period& p);
  };
  std::unordered_map<std::string, Entry, Hash, Equal> series_;
  std::unordered_map<std::string, std::vector<Period>> periods_;  ///< indicator → its periods, unsorted
};

/// Loads every observation into a dataset.
Dataset dataset_from(const std::vector<Observation>& observations);

}  // namespace spiegel
