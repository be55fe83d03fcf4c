// spiegel: a static-site generator for rekenkamer reports and monitors.
#include <malloc.h>

#include <cstdio>
#include <string>
#include <vector>

#include "base/edit_distance.h"
#include "cli/commands.h"

namespace {

const char* kHelp =
    "Spiegel maakt van een map met data (CSV), teksten (Markdown) en sjablonen een\n"
    "statische website met per gemeente een rapport, benchmarktabellen en de verantwoording.\n"
    "\n"
    "Gebruik:\n"
    "  spiegel build [MAP] [--uitvoer UITVOER] [--strikt] [--concepten] [--zonder-zoeken]\n"
    "                [--edities]\n"
    "                                           bouw de site (standaard: MAP/site); met --strikt\n"
    "                                           is elke waarschuwing een fout; met --concepten\n"
    "                                           ook de teksten met 'concept: true'; met\n"
    "                                           --zonder-zoeken zonder zoekpagina en zoekindex;\n"
    "                                           met --edities ook elke git-tag editie-<jaar>\n"
    "                                           in edities/<jaar>/ (vraagt git)\n"
    "  spiegel build [MAP] --context PAGINA     toon het viewmodel van een pagina als JSON,\n"
    "                                           bijvoorbeeld gemeenten/deventer\n"
    "  spiegel serve [MAP] [--poort N] [--adres ADRES] [--zonder-zoeken] [--edities]\n"
    "                                           bekijk de site in de browser terwijl u schrijft:\n"
    "                                           bouwt bij elke wijziging opnieuw en ververst de\n"
    "                                           pagina (standaard op http://127.0.0.1:1111/);\n"
    "                                           met --edities ook de eerdere edities\n"
    "  spiegel pdf [MAP] [SLUG ...] [--bundel] [-j N] [--uitvoer UITVOER] [--strikt] [--concepten]\n"
    "              [--zonder-zoeken] [--edities]\n"
    "                                           bouw de site met een PDF van elk rapport\n"
    "                                           (gemeenten/<slug>/rapport.pdf; met SLUG alleen die),\n"
    "                                           met --bundel ook monitor.pdf; N renders tegelijk\n"
    "                                           (-j is --tegelijk; standaard het aantal kernen);\n"
    "                                           met --edities ook van elk rapport van elke\n"
    "                                           eerdere editie; vraagt WeasyPrint\n"
    "  spiegel check [MAP] [--concepten] [--zonder-zoeken] [--edities]\n"
    "                                           controleer alles wat build --strikt controleert, plus\n"
    "                                           links, ankers, bestanden, id's en tekstalternatieven;\n"
    "                                           noemt de concepten en hun lege hoofdstukken; met\n"
    "                                           --edities de hele site met alle edities\n"
    "  spiegel diff VAN NAAR [MAP]             wat er per rapport veranderde tussen twee edities\n"
    "                                           (git-tags editie-<jaar>, of 'actueel'): anders\n"
    "                                           tegenover Nederland, en de grootste verschuivingen\n"
    "                                           in de rangorde; vraagt git\n"
    "  spiegel new gemeente NAAM|CODE [MAP] [--toevoegen]\n"
    "                                           begin een rapport: content/gemeenten/<naam>.md; een\n"
    "                                           gemeente die niet in gemeenten.csv staat, zoekt\n"
    "                                           Spiegel in de gemeenten van 2024 en noemt de regel\n"
    "                                           die erbij moet (--toevoegen: zet hem erin)\n"
    "  spiegel import STATLINE.csv --koppeling KOPPELING.yaml [--uitvoer BESTAND]\n"
    "                [--project MAP] [--indicatoren BESTAND]\n"
    "                                           zet een CSV-download van CBS StatLine om naar\n"
    "                                           content/data/-formaat (standaard naar het scherm);\n"
    "                                           voor indicatoren die MAP/content/indicatoren.yaml\n"
    "                                           nog niet kent, een stuk om in te vullen (naar het\n"
    "                                           scherm, of met --indicatoren in een nieuw bestand)\n"
    "  spiegel --help                           deze uitleg\n"
    "  spiegel --version                        de versie\n"
    "\n"
    "Elke optie heet in het Nederlands; de Engelse naam werkt ook: --output (--uitvoer),\n"
    "--strict, --dump-context (--context), --port (--poort), --bind (--adres), --bundle,\n"
    "--jobs (--tegelijk), --mapping (--koppeling), --indicators, --add (--toevoegen),\n"
    "--no-search (--zonder-zoeken).\n"
    "\n"
    "MAP bevat content/ en eventueel templates/ (eigen sjablonen die het ingebouwde thema\n"
    "per bestand vervangen); standaard is MAP de huidige map.\n"
    "\n"
    "Afsluitcode: 0 gelukt, 1 fouten in inhoud of sjablonen, 2 verkeerd gebruik.\n";

}  // namespace

int main(int argc, char** argv) {
  // glibc hands freed memory at the top of the heap back to the system from
  // 128 KB on; zlib takes and frees about 270 KB for each part of every .xlsx
  // download, so each workbook cost hundreds of fresh pages: 20 ms instead of
  // 3. A build is short and serve holds one site, so up to 64 MB stays.
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  // Setting one threshold freezes the other at its 128 KB start, where glibc
  // would have raised it: every page and map string above that size would be
  // a fresh mmap, its pages faulted in at each copy (national build 4.8 s
  // instead of 3.3). 32 MB is the ceiling glibc's own adjustment stops at.
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    std::fputs(kHelp, args.empty() ? stderr : stdout);
    return args.empty() ? spiegel::kUsageError : spiegel::kOk;
  }
  if (args[0] == "--version") {
    std::printf("spiegel %s\n", SPIEGEL_VERSION);
    return spiegel::kOk;
  }
  std::string command = args[0];
  args.erase(args.begin());
  if (command == "build") return spiegel::run_build(args);
  if (command == "serve") return spiegel::run_serve(args);
  if (command == "check") return spiegel::run_check(args);
  if (command == "new") return spiegel::run_new(args);
  if (command == "import") return spiegel::run_import(args);
  if (command == "pdf") return spiegel::run_pdf(args);
  if (command == "diff") return spiegel::run_diff(args);
  std::string s = spiegel::suggest(command, {"build", "serve", "check", "new", "import", "pdf", "diff"});
  return spiegel::usage_error("onbekende opdracht '" + command + "'" + (s.empty() ? "" : " — bedoelt u '" + s + "'?"));
}
