#include "base/text.h"

#include <algorithm>
#include <iterator>

#include "base/decimal_format.h"

namespace spiegel {

std::string list_in_words(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " en " : ", ";
    out += items[i];
  }
  return out;
}

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  std::string out = format_decimal(static_cast<double>(n), 0);
  out += ' ';
  out += n == 1 ? one : many;
  return out;
}

std::string number_in_words(std::size_t n) {
  static constexpr const char* kWords[] = {"nul",      "één",       "twee",     "drie",     "vier",    "vijf",
                                           "zes",      "zeven",     "acht",     "negen",    "tien",    "elf",
                                           "twaalf",   "dertien",   "veertien", "vijftien", "zestien", "zeventien",
                                           "achttien", "negentien", "twintig"};
  return n < std::size(kWords) ? kWords[n] : std::to_string(n);
}

std::string_view trim(std::string_view s) {
  constexpr std::string_view kSpace = " \t\r\n";
  std::size_t begin = s.find_first_not_of(kSpace);
  if (begin == std::string_view::npos) return {};
  return s.substr(begin, s.find_last_not_of(kSpace) - begin + 1);
}

std::optional<std::vector<std::string>> split_quoted_words(std::string_view text) {
  auto separator = [](char c) { return c == ' ' || c == '\t'; };
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && separator(text[i])) ++i;
    if (i >= text.size()) break;
    std::string word;
    while (i < text.size() && !separator(text[i])) {
      if (text[i] == '"') {
        std::size_t close = text.find('"', i + 1);
        if (close == std::string_view::npos) return std::nullopt;
        word += text.substr(i + 1, close - i - 1);
        i = close + 1;
      } else {
        word += text[i++];
      }
    }
    words.push_back(std::move(word));
  }
  return words;
}

std::string dutch_date(std::string_view iso) {
  static constexpr const char* kMonths[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                            "juli",    "augustus", "september", "oktober", "november", "december"};
  const bool shaped = iso.size() == 10 && iso[4] == '-' && iso[7] == '-' &&
                      std::all_of(iso.begin(), iso.end(), [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
  if (!shaped) return std::string(iso);
  const int month = (iso[5] - '0') * 10 + (iso[6] - '0');
  const int day = (iso[8] - '0') * 10 + (iso[9] - '0');
  if (month < 1 || month > 12 || day < 1) return std::string(iso);
  return std::to_string(day) + " " + kMonths[month - 1] + " " + std::string(iso.substr(0, 4));
}

}  // namespace spiegel
