// Calendar dates as content files write them: jjjj-mm-dd (the register's
// peildatum, a herindeling's date).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace spiegel {

/// The years a date or a period (model/period.h) may have: monitors count
/// from well after 1900; a year outside this is a typing error (0000, 9999).
inline constexpr int kFirstYear = 1900, kLastYear = 2199;

struct Date {
  int year = 0, month = 0, day = 0;
  /// Months since year 0 at the date's month, to compare with Period::start_month().
  int month_index() const { return year * 12 + month - 1; }
  /// "2019-01-01"; base/text.h's dutch_date makes it "1 januari 2019".
  std::string iso() const;
  friend auto operator<=>(const Date&, const Date&) = default;
};

/// "2024-03-01" → the date, if it exists (no 31 april) and lies from kFirstYear to kLastYear.
std::optional<Date> parse_date(std::string_view text);

}  // namespace spiegel
