// What every shortcode handler shares: its signature, the way it reports a
// problem, and the checks of the arguments that name data (indicator, period,
// group, gemeente) with did-you-mean suggestions.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "assemble/benchmark_table.h"
#include "assemble/figures.h"
#include "base/memo.h"
#include "chart/map_chart.h"
#include "compute/site_data.h"
#include "render/markdown.h"
#include "text/blocks.h"
#include "text/shortcode_parser.h"

namespace spiegel {

/// A table a page offers for download: <name>.csv and <name>.xlsx beside the
/// page, written from `table` by the pipeline (write/table_download.h).
struct TableDownload {
  std::string name;   ///< the table's id on the page: tabel-2, or the id= its writer gave it
  std::string sheet;  ///< "Tabel 2", the workbook's sheet name
  BenchmarkTable table;
};

/// A file that pages share and link to, such as the map every report shows:
/// one file instead of a copy in each page.
struct SharedFile {
  std::string path;  ///< in the site: kaarten/…svg
  std::shared_ptr<const std::string> bytes;
};

/// A report's shared map (render/shortcodes_figures.cc): the map of all
/// gemeenten, its caption parts, and the file it is drawn into.
struct SharedMap {
  chart::MapChart chart;
  FigureInfo info;
  SharedFile file;
};

/// What the texts of one build, rendered side by side, share: each made once
/// however many texts ask for it.
struct BuildShared {
  Memo<SharedMap> maps;  ///< by the file's path
};

/// Where a shortcode is evaluated: a gemeente's report, or another page (gemeente == nullptr).
struct ShortcodeContext {
  const SiteData& site;
  const Gemeente* gemeente = nullptr;
  const BlockScan* blocks = nullptr;        ///< the text's conclusies, aanbevelingen…, for `ref`
  const chart::MapGeometry* map = nullptr;  ///< the theme's map, for `kaart`; nullptr when it has none
  /// Where `tabel` and `kenmerken` offer their table for download, with a link
  /// under it; nullptr: no download and no link.
  std::vector<TableDownload>* downloads = nullptr;
  /// The build's shared files, and the list of those this text links to;
  /// nullptr: every figure is drawn into the page.
  BuildShared* shared = nullptr;
  std::vector<SharedFile>* shared_files = nullptr;
  /// With --edities: the earlier editions' figures by jaar, for editie=; nullptr without.
  const std::map<std::string, const SiteData*>* editions = nullptr;
};

/// Thrown by a handler; becomes a diagnostic at the call's file:line.
struct ShortcodeProblem {
  std::string message;
  std::string suggestion = {};  ///< nearest valid name, if any
};

using ShortcodeHandler = std::function<Fragment(const ShortcodeCall&, const ShortcodeContext&)>;

/// Checks a call's arguments against what the shortcode accepts.
class ShortcodeArgs {
 public:
  ShortcodeArgs(const ShortcodeCall& call, std::vector<std::string> allowed_named, std::size_t max_positional);
  /// Positional argument i, or "".
  std::string positional(std::size_t i) const;
  /// Named argument, or "".
  std::string named(const std::string& key) const;

 private:
  const ShortcodeCall& call_;
};

/// Escaped text as a fragment.
Fragment text_fragment(const std::string& text);
/// The indicator with this id, or a problem with a suggestion.
const Indicator& indicator_arg(const SiteData& site, const std::string& id, const std::string& shortcode);
/// The period written (the peilperiode when empty); it must occur in the data.
Period period_arg(const SiteData& site, const std::string& text, const std::string& shortcode);
/// The period a sentence asks an indicator's figure for: the indicator's current
/// period when `text` is empty, else a period of the data that the indicator
/// has for some unit. A period the indicator never has (2020-H1 of a yearly
/// figure) is a mistake in the text, not a gap, so `leeg=` does not excuse it.
Period indicator_period_arg(const SiteData& site, const Indicator& ind, const std::string& text,
                            const std::string& shortcode);
/// Whether a sentence has a figure to print: a number, or geheim (printed as x, a published fact).
bool has_figure(const Value* v);
/// What a sentence prints where its figure is missing: the text of `leeg="…"`
/// when the writer accepts the gap; otherwise the problem names the periods
/// `unit` does have a figure for, and the nearest as suggestion. `before`:
/// what is missing is any figure before `p` (a trend's start).
Fragment missing_figure(const ShortcodeCall& call, const SiteData& site, const Indicator& ind, const std::string& unit,
                        const Period& p, bool before = false);
/// The periods in words, oldest first, a run of four or more as one range: "2017, 2018 en 2019", "2017-H1 t/m 2024-H2".
std::string periods_in_words(const std::vector<Period>& periods);
/// Of `candidates`, the period whose middle lies closest to the middle of `p`; the later one on a tie.
std::optional<Period> nearest_period(const std::vector<Period>& candidates, const Period& p);
/// The gemeente of the report the shortcode stands in.
const Gemeente& gemeente_of(const ShortcodeContext& ctx, const std::string& shortcode);
/// A gemeente named by code (GM0310) or name (De Bilt, any case).
const Gemeente& gemeente_arg(const SiteData& site, const std::string& text, const std::string& shortcode);
/// A group: its id (`nederland`, `jeugdregio:IJsselland`), `referentiegroep`, or the
/// id of a per_kolom group (`jeugdregio`) meaning the report's gemeente's own one.
const Group& group_arg(const ShortcodeContext& ctx, const std::string& name, const std::string& shortcode);
/// A comma-separated argument as a list, without empty items.
std::vector<std::string> list_arg(const std::string& text);
/// The way from the page to the site root: "../../" on a report, "../" on other pages.
std::string page_root(const ShortcodeContext& ctx);

/// The figures of the earlier edition `jaar` for editie= (a build with --edities);
/// throws a ShortcodeProblem naming `shortcode` when there is none.
const SiteData& edition_figures(const ShortcodeContext& ctx, const std::string& jaar, const std::string& shortcode);

/// Handlers by shortcode name; each group of shortcodes registers itself here.
using ShortcodeTable = std::map<std::string, ShortcodeHandler>;
void add_text_shortcodes(ShortcodeTable& table);       ///< gemeente, periode, waarde
void add_report_shortcodes(ShortcodeTable& table);     ///< ref, normenkader
void add_benchmark_shortcodes(ShortcodeTable& table);  ///< vergelijk, trend, tabel, kenmerken
void add_figure_shortcodes(ShortcodeTable& table);     ///< grafiek, kaart

}  // namespace spiegel
