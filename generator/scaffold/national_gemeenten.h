// The 342 gemeenten of 2024 that Spiegel carries (gemeenten_2024.csv, compiled
// in; its source in gemeenten_2024.md), so `spiegel new gemeente` can say which
// row a project's gemeenten.csv lacks instead of only "bedoelt u …?".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/content.h"

namespace spiegel {

/// One gemeente of the national list.
struct NationalGemeente {
  std::string code;  ///< GM0150
  std::string naam;  ///< the official name: 's-Gravenhage, Hengelo (O.)
  std::string provincie;
  std::string jeugdregio;
  std::vector<std::string> aliassen;  ///< common names: Den Haag, Hengelo
};

/// The compiled-in gemeenten_2024.csv, byte for byte.
std::string_view national_gemeenten_csv();

/// The national list, in code order; read once.
const std::vector<NationalGemeente>& national_gemeenten();

/// `wanted` as a CBS gemeente code: GM0150, gm0150, 0150 and 150 all give
/// GM0150; nullopt when `wanted` is no code.
std::optional<std::string> gemeente_code(std::string_view wanted);

/// Whether `a` and `b` name the same gemeente, whatever the case, accents and
/// punctuation: "Den Bosch" and "den-bosch", "Súdwest-Fryslân" and "sudwest fryslan".
bool same_name(std::string_view a, std::string_view b);

/// The gemeente of the national list that `wanted` names by code, official
/// name or alias; nullptr when none does.
const NationalGemeente* find_national_gemeente(std::string_view wanted);

/// Every official name and alias of the national list, for "bedoelt u …?".
std::vector<std::string> national_names();

/// `registry_text` (a project's gemeenten.csv) with the row for `g` added at
/// the end: in the file's own columns (code, naam, provincie and jeugdregio
/// filled where the header has them, every other cell empty), its delimiter
/// and its line ending. Also the row alone, to print: `row` is set to it.
std::string with_registry_row(std::string_view registry_text, const NationalGemeente& g, std::string* row = nullptr);

}  // namespace spiegel
