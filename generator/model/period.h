// Periods as users write them: 2020 (year), 2020-H1 (half year), 2020-Q1 (quarter).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/date.h"  // kFirstYear, kLastYear

namespace spiegel {

/// A reporting period; ordered by start, then by length (2020 before 2020-H1).
struct Period {
  enum class Kind { year, half, quarter };
  int year = 0;
  Kind kind = Kind::year;
  int part = 0;  ///< 1–2 for half years, 1–4 for quarters, 0 for years

  /// The canonical spelling, as in the data files: "2020", "2020-H1", "2020-Q3".
  std::string key() const;
  /// The Dutch label for page text: "2020", "1e halfjaar 2020", "3e kwartaal 2020".
  std::string label() const;
  /// Months since year 0 at the period's start, for ordering and "previous period".
  int start_month() const {
    return year * 12 + (kind == Kind::half ? (part - 1) * 6 : kind == Kind::quarter ? (part - 1) * 3 : 0);
  }
  /// Months since year 0 just after the period's end: 2020-H1 ends where 2020*12 + 6 begins.
  int end_month() const { return start_month() + (kind == Kind::year ? 12 : kind == Kind::half ? 6 : 3); }
  /// The period of the same kind just before this one (2020-H1 → 2019-H2).
  Period previous() const;

  friend bool operator==(const Period&, const Period&) = default;
  /// Inline: every std::map of figures compares periods on each lookup.
  friend bool operator<(const Period& a, const Period& b) {
    const int sa = a.start_month(), sb = b.start_month();
    return sa != sb ? sa < sb : static_cast<int>(a.kind) < static_cast<int>(b.kind);
  }
};

/// Parses "2020", "2020-H1", "2020-Q1" from kFirstYear to kLastYear; nullopt for anything else.
std::optional<Period> parse_period(std::string_view text);

}  // namespace spiegel
