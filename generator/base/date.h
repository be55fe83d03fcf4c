// Calendar dates as content files write them: jjjj-mm-dd (the register's
// peildatum, a herindeling's date).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace spiegel {

struct Date {
  int year = 0, month = 0, day = 0;
  /// Months since year 0 at the date's month, to compare with Period::start_month().
  int month_index() const { return year * 12 + month - 1; }
  /// "2019-01-01"; base/text.h's dutch_date makes it "1 januari 2019".
  std::string iso() const;
  friend auto operator<=>(const Date&, const Date&) = default;
};

/// "2024-03-01" → the date, if it exists (no 31 april) and lies between 1900 and 2199.
std::optional<Date> parse_date(std::string_view text);

}  // namespace spiegel
