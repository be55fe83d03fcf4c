#include "model/open_data_files.h"

namespace spiegel {

std::vector<OpenDataFile> open_data_files(bool follow_up_register) {
  std::vector<OpenDataFile> files = {
      {"data/observaties.csv", "alle cijfers zoals ze zijn ingelezen, plus de berekende indicatoren (teller/noemer)"},
      {"data/groepen.csv", "de cijfers van de groepen: berekend over de leden, of zoals de bron ze geeft"},
      {"data/benchmark.csv", "per gemeente, indicator en periode: index, rang, deciel, referentiegroep en Nederland"},
      {"data/monitor.json", "alles hierboven, met de definities, de groepen en de opbouw van de teksten"},
  };
  if (follow_up_register)
    files.push_back({kFollowUpFile, "het register van de opvolging: per aanbeveling en peildatum de stand"});
  return files;
}

}  // namespace spiegel
