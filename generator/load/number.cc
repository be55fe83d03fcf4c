#include "load/number.h"

#include <charconv>
#include <string>

#include "base/text.h"

namespace spiegel {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::optional<double> parse_decimal(std::string_view text, char decimal_separator) {
  text = trim(text);
  // Check the grammar ourselves: from_chars alone would accept "inf", "nan"
  // and, in general format, exponents.
  std::size_t i = 0;
  if (i < text.size() && text[i] == '-') ++i;
  std::size_t digits_start = i;
  while (i < text.size() && is_digit(text[i])) ++i;
  if (i == digits_start) return std::nullopt;
  std::size_t separator = std::string_view::npos;
  if (i < text.size() && (text[i] == '.' || (text[i] == ',' && decimal_separator == ','))) {
    separator = i++;
    std::size_t fraction_start = i;
    while (i < text.size() && is_digit(text[i])) ++i;
    if (i == fraction_start) return std::nullopt;
  }
  if (i != text.size()) return std::nullopt;

  double value = 0;
  std::from_chars_result r;
  if (separator != std::string_view::npos && text[separator] == ',') {
    std::string copy(text);  // short numbers stay in the small-string buffer
    copy[separator] = '.';
    r = std::from_chars(copy.data(), copy.data() + copy.size(), value, std::chars_format::fixed);
    if (r.ec != std::errc() || r.ptr != copy.data() + copy.size()) return std::nullopt;
  } else {
    r = std::from_chars(text.data(), text.data() + text.size(), value, std::chars_format::fixed);
    if (r.ec != std::errc() || r.ptr != text.data() + text.size()) return std::nullopt;
  }
  // "-0" would otherwise print as "-0" in the published CSV.
  if (value == 0) value = 0;
  return value;
}

}  // namespace spiegel
