// spiegel import: a CBS StatLine CSV download → Spiegel's long format.
#include <fmt/format.h>

#include <cstdio>
#include <filesystem>
#include <set>

#include "base/file_io.h"
#include "base/text.h"
#include "cli/arguments.h"
#include "cli/commands.h"
#include "load/indicators.h"
#include "load/observations.h"
#include "load/statline.h"
#include "scaffold/indicator_fragment.h"
#include "write/csv_format.h"

namespace fs = std::filesystem;

namespace spiegel {

namespace {

/// The koppeling's indicators that `known_file` (the project's indicatoren.yaml)
/// does not define, as (StatLine column, id); all of them when it cannot be read.
std::vector<std::pair<std::string, std::string>> new_indicators(const StatlineMapping& mapping,
                                                                const std::string& known_file) {
  std::set<std::string> known;
  Diagnostics ignored;  // the build reports the file's own problems
  try {
    for (const Indicator& i : load_indicators(read_file(known_file, known_file), known_file, ignored))
      known.insert(i.id);
  } catch (const Error&) {
    // No indicatoren.yaml (yet): every indicator is new, and the message says the file was not found.
  }
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& [column, id] : mapping.kolommen)
    if (!known.count(id)) out.emplace_back(column, id);
  return out;
}

}  // namespace

int run_import(const std::vector<std::string>& args) {
  ParseResult parsed = parse_arguments(
      args,
      {{"--koppeling", "-k", true, "--koppeling vraagt om een bestand, zoals koppeling.yaml", {"--mapping"}},
       {"--uitvoer", "-o", true, "--uitvoer vraagt om een bestand, zoals content/data/cbs.csv", {"--output"}},
       {"--project", "", true, "--project vraagt om de map van het project, zoals .", {}},
       {"--indicatoren", "", true, "--indicatoren vraagt om een nieuw bestand", {"--indicators"}}},
      1);
  if (!parsed.error.empty()) return usage_error(parsed.error);
  const Arguments& a = parsed.arguments;
  std::optional<std::string> input = a.positional.empty() ? std::nullopt : std::optional<std::string>(a.positional[0]);
  std::optional<std::string> mapping_path = a.value("--koppeling"), output = a.value("--uitvoer");
  if (!input)
    return usage_error("welk StatLine-bestand? Gebruik: spiegel import STATLINE.csv --koppeling KOPPELING.yaml");
  if (!mapping_path)
    return usage_error("--koppeling ontbreekt: het bestand dat zegt welke StatLine-kolom welke indicator is");

  Diagnostics diags;
  std::string csv_text, mapping_text;
  try {
    mapping_text = read_file(*mapping_path, *mapping_path);
    csv_text = read_file(*input, *input);
  } catch (const Error& e) {
    diags.add(e.diagnostic);
    return content_errors(diags, "er is niets geschreven");
  }
  std::optional<StatlineMapping> mapping = load_statline_mapping(mapping_text, *mapping_path, diags);
  if (!mapping) return content_errors(diags, "er is niets geschreven");
  StatlineImport result = convert_statline(csv_text, *input, *mapping, diags);
  check_duplicates(result.observations, diags);
  if (diags.has_errors()) return content_errors(diags, "er is niets geschreven");

  const std::size_t count = result.observations.size();
  std::string text = observations_csv(std::move(result.observations));
  if (output) {
    try {
      replace_file(*output, text, *output);
    } catch (const Error& e) {
      std::fprintf(stderr, "%s\n", e.diagnostic.str().c_str());
      return kContentError;
    }
  } else {
    std::fwrite(text.data(), 1, text.size(), stdout);
  }
  std::string summary = plural(count, "observatie", "observaties");
  if (output) summary += " → " + *output;
  if (result.missing) summary += "; " + plural(result.missing, "lege cel", "lege cellen") + " overgeslagen";
  if (result.regions_skipped)
    summary += "; " + plural(result.regions_skipped, "rij", "rijen") +
               " van regio's die geen gemeente zijn overgeslagen (zie 'regios:' in de koppeling)";
  std::fprintf(stderr, "spiegel: %s\n", summary.c_str());
  if (!result.unmapped.empty())
    std::fprintf(stderr, "spiegel: %s niet overgenomen, want de koppeling noemt %s niet onder 'kolommen:': %s\n",
                 plural(result.unmapped.size(), "kolom", "kolommen").c_str(),
                 result.unmapped.size() == 1 ? "haar" : "ze", list_in_words(result.unmapped).c_str());

  const fs::path project = a.value("--project").value_or(".");
  const std::string known_file = (project / "content/indicatoren.yaml").lexically_normal().generic_string();
  std::vector<std::pair<std::string, std::string>> fresh = new_indicators(*mapping, known_file);
  if (fresh.empty()) return kOk;
  std::string fragment = indicator_fragment(fresh, fs::path(*input).filename().string());
  std::vector<std::string> ids;
  for (const auto& f : fresh) ids.push_back(f.second);
  std::string which =
      fs::exists(known_file)
          ? fmt::format("{} nog niet in {}: {}", plural(fresh.size(), "indicator staat", "indicatoren staan"),
                        known_file, list_in_words(ids))
          : fmt::format(
                "geen {} gevonden (noem de map van het project met --project MAP), dus alle indicatoren zijn "
                "nieuw: {}",
                known_file, list_in_words(ids));
  if (auto path = a.value("--indicatoren")) {
    try {
      create_new_file(*path, fragment, *path);
    } catch (const Error& e) {
      std::fprintf(stderr, "%s\n", e.diagnostic.str().c_str());
      return kContentError;
    }
    std::fprintf(stderr, "spiegel: %s; vul %s in en zet het in indicatoren.yaml\n", which.c_str(), path->c_str());
  } else {
    std::fprintf(
        stderr,
        "spiegel: %s; vul dit in en zet het in indicatoren.yaml (of schrijf het met --indicatoren BESTAND):\n\n%s",
        which.c_str(), fragment.c_str());
  }
  return kOk;
}

}  // namespace spiegel
