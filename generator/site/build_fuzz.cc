// libFuzzer target for a whole build: the input is split at each 0x1e byte
// (the ASCII record separator) into the files of a tiny project,
//   gemeenten.csv 0x1e data/cijfers.csv 0x1e indicatoren.yaml 0x1e gemeenten/rapport.md 0x1e spiegel.yaml
// each part that is missing or empty keeping the file of a small valid project
// (the one of tests/fixtures/rapport, with a shorter report). The project is
// written to a temporary folder, built as `spiegel build` builds it (load,
// validate, compute, render, open data, the checks on the finished site,
// written to site/; no search, no editions) and removed again. Spiegel's own
// errors are answers, caught where run_build catches them; a crash, hang,
// sanitizer report or any other exception is not. The theme has no part in
// the input, so it is loaded once. Built with -DSPIEGEL_FUZZ=ON (clang): bench/fuzz.sh build_fuzz.
#include <unistd.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>

#include "base/diagnostics.h"
#include "site/pipeline.h"
#include "write/site_writer.h"

namespace fs = std::filesystem;

namespace {

#define require(ok)                                                        \
  do {                                                                     \
    if (!(ok)) {                                                           \
      std::fprintf(stderr, "build_fuzz.cc:%d: %s faalt\n", __LINE__, #ok); \
      std::abort();                                                        \
    }                                                                      \
  } while (0)

struct ProjectFile {
  const char* path;
  const char* text;  ///< the fixture's, used when the input has no part for it
};

/// The files the input's parts replace, in the order of the parts.
const std::array<ProjectFile, 5> kParts = {{
    {"content/gemeenten.csv",
     "code;naam;inwoners;toegang\nGM9001;Testdorp;34500;Sociaal wijkteam\nGM9002;'s-Gravenbeek;41200;Jeugdteam\n"
     "GM9003;S\xc3\xba"
     "dwest-Proef;28900;Centrum voor Jeugd en Gezin\n"},
    {"content/data/cijfers.csv",
     "gemeente;indicator;periode;waarde;status\nGM9001;jeugdhulp_pct;2022;11,4;\n"
     "GM9001;jeugdhulp_pct;2023;12,1;voorlopig\nGM9001;lasten_per_inwoner;2022;288;\n"
     "GM9001;lasten_per_inwoner;2023;301;\nGM9002;jeugdhulp_pct;2023;;geheim\nGM9002;lasten_per_inwoner;2023;276;\n"
     "GM9003;jeugdhulp_pct;2023;10,2;\nGM9003;lasten_per_inwoner;2023;332;\n"},
    {"content/indicatoren.yaml",
     "- id: lasten_per_inwoner\n  naam: Lasten jeugdhulp per inwoner\n  eenheid: euro\n  decimalen: 0\n"
     "  richting: lager_is_beter\n  thema: Kosten\n  bron: Iv3\n"
     "- id: jeugdhulp_pct\n  naam: Jongeren met jeugdhulp\n  eenheid: procent\n  decimalen: 1\n"
     "  richting: neutraal\n  thema: Gebruik\n  bron: CBS\n"},
    {"content/gemeenten/rapport.md",
     "---\ngemeente: GM9001\ntitel: Grip op jeugdhulp in Testdorp\n---\n\n## Onderzoek\n\n"
     "::: deelvraag {#doelen}\nWelke doelen heeft de raad gesteld?\n:::\n\n"
     "::: norm {#n-doelen oordeel=voldoet_niet deelvraag=doelen}\nDe raad heeft doelen.\n:::\n\n## Cijfers\n\n"
     "In {{< periode >}} kreeg {{< waarde jeugdhulp_pct >}} jeugdhulp (zie {{< ref t-v >}}).[^bron]\n\n"
     "{{< tabel indicatoren=lasten_per_inwoner,jeugdhulp_pct id=t-v titel=\"Testdorp en Nederland\" >}}\n\n"
     "[^bron]: Voorlopig.\n\n## Conclusies\n\n::: conclusie {#zicht thema=\"de sturing\"}\n**Geen doelen.**\n:::\n\n"
     "::: aanbeveling {#stel aan=raad conclusies=zicht}\nStel doelen.\n:::\n"},
    {"content/spiegel.yaml",
     "titel: Rekenkamerrapport Jeugdhulp Testdorp\norganisatie: Rekenkamercommissie Testdorp\n"
     "basis_url: https://rekenkamer.example.nl/testdorp/\npeilperiode: 2023\n"},
}};

const char* const kGroepen =
    "groepen:\n  - id: nederland\n    naam: Nederland\n    alle: true\nreferentiegroepen:\n  GM9001: [GM9002, "
    "GM9003]\n";

void write(const fs::path& path, std::string_view text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

/// A folder of its own under the system's temporary folder, removed when it goes.
class TempFolder {
 public:
  TempFolder() {
    std::string name = (fs::temp_directory_path() / "spiegel-build-fuzz-XXXXXX").string();
    require(mkdtemp(name.data()) != nullptr);
    path_ = name;
  }
  ~TempFolder() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

/// The built-in theme; a project's templates/ are not part of the input.
const spiegel::Theme* theme = nullptr;

/// What the build said, with SPIEGEL_FUZZ_SHOW set (to see how far an input gets).
void show(const spiegel::Diagnostics& diags, const char* stage) {
  if (std::getenv("SPIEGEL_FUZZ_SHOW"))
    std::fprintf(stderr, "build_fuzz: %s\n%s%s", stage, diags.warnings_str().c_str(), diags.str().c_str());
}

}  // namespace

// Loads the theme once, before the first input, so that no input pays for it.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  spiegel::Diagnostics d;
  std::optional<spiegel::Theme> t = spiegel::load_project_theme(fs::path("/nonexistent-spiegel-project"), d);
  require(t.has_value());
  theme = new spiegel::Theme(std::move(*t));
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  TempFolder project;
  std::size_t start = 0;
  for (std::size_t i = 0; i < kParts.size(); ++i) {
    std::size_t end = i + 1 == kParts.size() ? input.size() : input.find('\x1e', start);
    if (end == std::string_view::npos) end = input.size();
    std::string_view part = start < input.size() ? input.substr(start, end - start) : std::string_view();
    write(project.path() / kParts[i].path, part.empty() ? std::string_view(kParts[i].text) : part);
    start = end + 1;
  }
  write(project.path() / "content/groepen.yaml", kGroepen);

  // As run_build: load the content, build the site (catching spiegel::Error), write it.
  spiegel::Diagnostics diags;
  spiegel::BuildOptions options;
  std::optional<spiegel::SiteData> site = spiegel::load_site(project.path(), diags, options);
  if (!site) {
    show(diags, "niet geladen");
    require(diags.has_errors());
    return 0;
  }
  std::optional<spiegel::SiteFiles> files;
  try {
    files = spiegel::build_site(*site, *theme, diags, nullptr, options);
  } catch (const spiegel::Error& e) {
    diags.add(e.diagnostic);
  }
  show(diags, "gebouwd");
  if (diags.has_errors()) return 0;
  require(files && files->count("index.html"));
  try {
    spiegel::WriteOptions write_options;
    write_options.project = project.path();
    spiegel::write_site(project.path() / "site", *files, write_options);
  } catch (const spiegel::Error& e) {
    diags.add(e.diagnostic);
  }
  return 0;
}
