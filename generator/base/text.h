// Small text helpers that every stage needs, each in one place.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace spiegel {

/// "a, b en c": items joined as a Dutch sentence lists them.
std::string list_in_words(const std::vector<std::string>& items);

/// A count with its noun in the right number, the count with '.' between
/// thousands: (1, "lege cel", "lege cellen") → "1 lege cel", 1234 → "1.234 lege cellen".
std::string plural(std::size_t n, std::string_view one, std::string_view many);

/// "zes": a count as Dutch running text writes it, in words from nul to twintig
/// and in digits above ("342"), as the Taalunie and the Rijksoverheid's style
/// guide ask. Only for counts in sentences: tables and figures keep digits.
std::string number_in_words(std::size_t n);

/// A date written jjjj-mm-dd as a Dutch reader reads it: "2024-03-01" → "1 maart 2024";
/// anything else as it is.
std::string dutch_date(std::string_view iso);

/// `s` without leading and trailing spaces, tabs, carriage returns and line feeds.
std::string_view trim(std::string_view s);

/// Splits `text` into words at spaces and tabs. A "quoted part" may hold
/// spaces and tabs and is kept without its quotes, also inside a word:
/// `titel="De kosten"` is one word, titel=De kosten. nullopt when a quote is
/// not closed. Shortcodes and block attributes both split this way, so one
/// line reads the same in either.
std::optional<std::vector<std::string>> split_quoted_words(std::string_view text);

}  // namespace spiegel
