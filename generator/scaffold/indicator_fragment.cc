#include "scaffold/indicator_fragment.h"

#include <fmt/format.h>

namespace spiegel {

std::string indicator_fragment(const std::vector<std::pair<std::string, std::string>>& indicators,
                               std::string_view source_file) {
  std::string out = fmt::format(
      "# Nieuwe indicatoren uit {}. Vervang elke waarde die met \"{}\" begint (ook de\n"
      "# aanhalingstekens) en zet de indicatoren in content/indicatoren.yaml; zie docs/inhoud.md.\n"
      "# Een aantal dat als noemer dient, krijgt eenheid: aantal en aggregatie: som; een percentage\n"
      "# daarvan maakt u met teller:, noemer: en factor: 100, zodat ook de groepscijfers kloppen.\n",
      source_file, kFillIn);
  for (const auto& [column, id] : indicators) {
    out += fmt::format("\n- id: {}\n", id);
    out += fmt::format("  naam: \"{}: de naam in tabellen en grafieken\"\n", kFillIn);
    out += fmt::format("  eenheid: \"{}: procent, euro, aantal, per_1000, index, deciel of getal\"\n", kFillIn);
    out += "  decimalen: 0\n";
    out += "  richting: neutraal  # of hoger_is_beter, lager_is_beter\n";
    out += fmt::format("  thema: \"{}: het thema waaronder de indicator in tabellen staat\"\n", kFillIn);
    out += "  bron: CBS StatLine\n";
    out += fmt::format("  definitie: \"{}: wat de StatLine-kolom {} precies meet\"\n", kFillIn, column);
    out += fmt::format("  aggregatie: \"{}: som, gemiddelde, gewogen (met gewicht:) of geen\"\n", kFillIn);
  }
  return out;
}

}  // namespace spiegel
