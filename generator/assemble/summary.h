// The parts of the view model made from a report's blocks: its summary
// (hoofdvraag, conclusies per thema, aanbevelingen per addressee, the
// normenkader) and the site-wide overviews of aanbevelingen and conclusies.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "text/blocks.h"

namespace spiegel {

/// A norm's verdict as the normenkader shows it.
struct NormVerdict {
  std::string oordeel;        ///< as written: voldoet, deels, niet
  std::string oordeel_woord;  ///< "Voldoet deels"
  std::string symbool;        ///< ✔ ◐ ✘
};

/// One block shown outside its place: in the summary or on an overview page.
struct BlockItem {
  std::string titel;
  std::string id;
  std::string url;   ///< "#id", or the report's page + "#id" on an overview
  std::string html;  ///< without ids, so the copy does not repeat the original's
  std::string thema;
  std::optional<std::string> aan;   ///< aanbevelingen only: raad or college
  std::optional<NormVerdict> norm;  ///< norms only
};
void to_json(nlohmann::json& j, const BlockItem& item);

/// The items of one thema, in order of first appearance.
struct ThemeGroup {
  std::string thema;  ///< "" for blocks without one
  std::vector<BlockItem> items;
};
void to_json(nlohmann::json& j, const ThemeGroup& group);

/// The `samenvatting` of one text.
struct Summary {
  std::string hoofdvraag;  ///< html
  std::string antwoord;    ///< html
  std::vector<BlockItem> deelvragen;
  std::vector<BlockItem> normen;
  std::vector<ThemeGroup> conclusies;
  std::vector<ThemeGroup> aan_de_raad;
  std::vector<ThemeGroup> aan_het_college;
};
void to_json(nlohmann::json& j, const Summary& summary);

/// The `samenvatting` of one report.
Summary report_summary(const BlockScan& blocks);

/// One gemeente's blocks of `kind` for an overview page: title, html, link to the place.
std::vector<BlockItem> overview_items(const BlockScan& blocks, const std::string& kind, const std::string& page_url);

}  // namespace spiegel
