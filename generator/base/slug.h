// Page names from gemeente names: 'Súdwest-Fryslân' lives at gemeenten/sudwest-fryslan/.
#pragma once

#include <string>
#include <string_view>

namespace spiegel {

/// Lower case, Latin diacritics folded (á → a, ĳ → ij, ß → ss), every run of
/// other characters one '-', none at the ends. "" when nothing is left.
std::string slugify(std::string_view name);

}  // namespace spiegel
