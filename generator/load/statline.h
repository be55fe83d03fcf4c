// CBS StatLine CSV downloads: wide, ';'-delimited, one row per region and
// period (codes like "GM0310    " and "2020HJ01"), one column per measure,
// "." or empty for missing. A small mapping file says which column is which
// indicator; the result is Spiegel's long format.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "model/content.h"

namespace spiegel {

/// The mapping file (YAML):
///   regio: RegioS            # optional; else RegioS, WijkenEnBuurten, Gemeenten or Regio's
///   perioden: Perioden       # optional
///   kolommen:                # StatLine column → indicator id
///     JongerenMetJeugdhulp_1: jongeren_met_jeugdhulp
///   regios:                  # optional: other region codes as group ids
///     NL01: nederland
///   voorlopig: [2023JJ00]    # optional: periods whose figures are provisional
struct StatlineMapping {
  std::string regio;
  std::string perioden;
  SourceLoc regio_loc, perioden_loc;                          ///< where they are written (the file's start when not)
  std::vector<std::pair<std::string, std::string>> kolommen;  ///< column → indicator, in file order
  std::vector<SourceLoc> kolom_locs;                          ///< where each is written, for errors
  std::map<std::string, std::string> regios;
  std::set<std::string> voorlopig;
};

/// Reads the mapping; nullopt when it cannot be used (errors in `diags`).
std::optional<StatlineMapping> load_statline_mapping(const std::string& text, const std::string& file,
                                                     Diagnostics& diags);

/// "2020JJ00" → 2020, "2020HJ01" → 2020-H1, "2020KW03" → 2020-Q3; nullopt otherwise.
std::optional<Period> statline_period(std::string_view code);

struct StatlineImport {
  std::vector<Observation> observations;  ///< in file order
  std::size_t regions_skipped = 0;        ///< rows of regions that are no gemeente and not in `regios`
  std::size_t missing = 0;                ///< cells with "." or nothing
  /// The download's columns that the mapping does not name (neither a
  /// measure nor the region or period column; StatLine's row number "ID"
  /// aside), in file order: left out, and said so, never silently.
  std::vector<std::string> unmapped;
};

/// Converts a StatLine download. Errors (an unknown column, a period or
/// number that cannot be read) go to `diags` at the file's line and column.
StatlineImport convert_statline(std::string_view text, const std::string& file, const StatlineMapping& mapping,
                                Diagnostics& diags);

}  // namespace spiegel
