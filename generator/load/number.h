// Numbers as researchers type them in CSV: 8.1, -3, and in a `;` file the
// Dutch 8,1. Anything ambiguous (1.234,5 or 1,234) is refused rather than
// guessed, because a misread thousands separator silently changes a figure.
#pragma once

#include <optional>
#include <string_view>

namespace spiegel {

/// Parses [-]digits[sep digits] after trimming spaces; ',' counts as the decimal
/// separator only when decimal_separator is ',' ('.' is always accepted). No
/// thousands separators, exponents, signs other than '-', nan or inf.
std::optional<double> parse_decimal(std::string_view text, char decimal_separator);

}  // namespace spiegel
