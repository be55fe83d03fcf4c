// spiegel import: a CBS StatLine CSV download → Spiegel's long format.
#include <fmt/format.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "base/file_io.h"
#include "cli/arguments.h"
#include "cli/commands.h"
#include "load/observations.h"
#include "load/statline.h"
#include "write/csv_format.h"

namespace fs = std::filesystem;

namespace spiegel {

namespace {

/// "1.234" for messages.
std::string count(std::size_t n) {
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += '.';
    out += digits[i];
  }
  return out;
}

}  // namespace

int run_import(const std::vector<std::string>& args) {
  ParseResult parsed =
      parse_arguments(args,
                      {{"--koppeling", "-k", true, "--koppeling vraagt om een bestand, zoals koppeling.yaml"},
                       {"--uitvoer", "-o", true, "--uitvoer vraagt om een bestand, zoals content/data/cbs.csv"}},
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

  std::string text = observations_csv(result.observations);
  if (output) {
    // Written beside the target, then renamed: an interrupted import leaves no half file in content/data/.
    fs::path out = *output;
    fs::path tmp = out;
    tmp += ".tmp";
    {
      std::ofstream f(tmp, std::ios::binary);
      f << text;
      if (!f) {
        std::fprintf(stderr, "spiegel: kan '%s' niet schrijven\n", tmp.string().c_str());
        return kContentError;
      }
    }
    std::error_code ec;
    fs::rename(tmp, out, ec);
    if (ec) {
      std::fprintf(stderr, "spiegel: kan '%s' niet schrijven: %s\n", out.string().c_str(), ec.message().c_str());
      return kContentError;
    }
  } else {
    std::fwrite(text.data(), 1, text.size(), stdout);
  }
  std::fprintf(
      stderr, "spiegel: %s observaties%s%s%s\n", count(result.observations.size()).c_str(),
      output ? (" → " + *output).c_str() : "",
      result.missing ? fmt::format("; {} lege cellen overgeslagen", count(result.missing)).c_str() : "",
      result.regions_skipped
          ? fmt::format("; {} rijen van regio's die geen gemeente zijn overgeslagen (zie 'regios:' in de koppeling)",
                        count(result.regions_skipped))
                .c_str()
          : "");
  return kOk;
}

}  // namespace spiegel
