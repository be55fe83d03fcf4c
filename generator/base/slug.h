// Page names from gemeente names: 'Súdwest-Fryslân' lives at gemeenten/sudwest-fryslan/.
#pragma once

#include <string>
#include <string_view>

namespace spiegel {

/// Lower case, Latin diacritics folded (á → a, ĳ → ij, ß → ss), every run of
/// other characters one '-', none at the ends. "" when nothing is left.
std::string slugify(std::string_view name);

/// Decodes the UTF-8 sequence at s[i] into `cp`; returns its length, 0 when invalid.
std::size_t decode_utf8(std::string_view s, std::size_t i, char32_t& cp);

/// What slugify makes of a letter from U+00C0–U+017F: "e" for é and É, "ij" for ĳ;
/// nullptr for any other character, and for × and ÷.
const char* fold_latin(char32_t cp);

}  // namespace spiegel
