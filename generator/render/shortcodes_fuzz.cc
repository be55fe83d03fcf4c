// libFuzzer target for shortcodes: the input is a text whose shortcodes are
// found (text/shortcode_parser.h, with the known names, so that `{{ waarde }}`
// is warned about), numbered as tables and figures with the blocks, and
// evaluated with their arguments (render/shortcodes.h, shortcode_args.h) in a
// small monitor: once in a gemeente's report, with the map, downloads and
// shared files a build gives, and once on a page without a gemeente.
// A problem is a diagnostic at the call (a ShortcodeProblem the evaluation
// catches itself, as the text renderer relies on); a crash, hang or sanitizer
// report is not. Besides, it checks what the renderer relies on: one fragment
// per call, one placeholder per call in the text in order, and each call's
// source is the shortcode as written. Built with -DSPIEGEL_FUZZ=ON (clang):
// bench/fuzz.sh shortcodes_fuzz.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "chart/map_chart.h"
#include "chart/map_test_fixture.h"
#include "chart/topojson.h"
#include "compute/site_data.h"
#include "load/groups.h"
#include "load/indicators.h"
#include "load/observations.h"
#include "load/registry.h"
#include "render/shortcode_args.h"
#include "render/shortcodes.h"
#include "text/blocks.h"
#include "text/shortcode_parser.h"

namespace {

#define require(ok)                                                             \
  do {                                                                          \
    if (!(ok)) {                                                                \
      std::fprintf(stderr, "shortcodes_fuzz.cc:%d: %s faalt\n", __LINE__, #ok); \
      std::abort();                                                             \
    }                                                                           \
  } while (0)

/// Three gemeenten in two regions with a referentiegroep, three indicators
/// (one derived-free deciel) over three periods, a geheim and a voorlopig figure.
spiegel::SiteData make_site() {
  spiegel::Content c;
  spiegel::Diagnostics d;
  c.registry = spiegel::load_registry(
      "code,naam,regio,toegang\nGM0001,Aa & Zo,Noord,wijkteam\nGM0002,Bee,Noord,\nGM0003,Cee,Zuid,gemeente\n",
      "gemeenten.csv", d);
  spiegel::load_groups(
      "groepen:\n  - id: nederland\n    naam: Nederland\n    alle: true\n    berekenen: false\n"
      "  - id: regio\n    naam: \"Regio {waarde}\"\n    per_kolom: regio\n"
      "referentiegroepen:\n  GM0001: [GM0002, GM0003]\n",
      "groepen.yaml", c, d);
  c.indicators = spiegel::load_indicators(
      "- id: pct\n  naam: Jongeren met hulp\n  eenheid: procent\n  decimalen: 1\n  thema: Gebruik\n  bron: CBS\n"
      "- id: deciel\n  naam: Inkomensdeciel\n  eenheid: deciel\n  aggregatie: geen\n  thema: Gebruik\n  bron: CBS\n"
      "- id: lasten\n  naam: Lasten\n  eenheid: euro\n  richting: lager_is_beter\n  thema: Kosten\n  bron: Iv3\n",
      "indicatoren.yaml", d);
  spiegel::load_observations(
      "gemeente,indicator,periode,waarde,status\n"
      "GM0001,pct,2017-H1,8.1,\nGM0001,pct,2020-H1,6.7,\nGM0002,pct,2017-H1,7.4,\n"
      "GM0002,pct,2020-H1,7.5,voorlopig\nGM0003,pct,2020-H1,,geheim\n"
      "nederland,pct,2017-H1,7.1,\nnederland,pct,2020-H1,7.2,\n"
      "GM0001,deciel,2019,2,\nGM0002,deciel,2019,4,\nGM0001,lasten,2019,240,\nGM0002,lasten,2020-H1,250,\n",
      "data/a.csv", c.observations, d);
  c.settings.peilperiode = spiegel::parse_period("2020-H1");
  c.settings.basisperiode = spiegel::parse_period("2017-H1");
  spiegel::SiteData site = spiegel::site_with_groups(std::move(c), d);
  spiegel::compute_figures(site, d);
  if (d.has_errors()) {
    std::fprintf(stderr, "shortcodes_fuzz: de vaste monitor heeft fouten:\n%s", d.str().c_str());
    std::abort();
  }
  return site;
}

/// The two-square test map, with GM0001 and GM0002 on it.
spiegel::chart::MapGeometry make_map() {
  spiegel::chart::Topology t =
      spiegel::chart::decode_topojson(spiegel::chart::testing_maps::kTwoSquares, "kaarten/gemeente.topojson");
  return spiegel::chart::make_map_geometry(t, {}, {}, 320);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const spiegel::SiteData site = make_site();
  static const spiegel::chart::MapGeometry map = make_map();
  static const std::vector<std::string> known_names = spiegel::shortcode_names();
  const std::string text(reinterpret_cast<const char*>(data), size);

  spiegel::Diagnostics diags;
  spiegel::ShortcodeScan scan = spiegel::scan_shortcodes(text, "gemeenten/aa.md", 5, diags, known_names);
  std::size_t from = 0;
  for (std::size_t i = 0; i < scan.calls.size(); ++i) {
    const spiegel::ShortcodeCall& call = scan.calls[i];
    require(call.source.starts_with("{{<") && call.source.ends_with(">}}"));
    require(text.find(call.source) != std::string::npos);
    require(call.loc.line >= 5);
    std::size_t index = 0, length = 0;
    std::size_t at = spiegel::find_placeholder(scan.text, from, index, length);
    require(at != std::string::npos && index == i);
    from = at + length;
  }
  spiegel::BlockScan blocks = spiegel::scan_blocks(scan.text, "gemeenten/aa.md", 5, scan.calls.size(), diags);
  spiegel::add_shortcode_blocks(blocks, scan.calls, diags);

  const spiegel::Gemeente* aa = site.content.registry.find("GM0001");
  std::vector<spiegel::TableDownload> downloads;
  spiegel::BuildShared shared;
  std::vector<spiegel::SharedFile> shared_files;
  const spiegel::ShortcodeContext in_report{site, aa, &blocks, &map, &downloads, &shared, &shared_files, nullptr};
  std::vector<spiegel::Fragment> fragments = spiegel::evaluate_shortcodes(scan.calls, in_report, diags);
  require(fragments.size() == scan.calls.size());
  for (std::size_t i = 0; i < fragments.size(); ++i) require(fragments[i].source == scan.calls[i].source);
  for (const spiegel::SharedFile& f : shared_files) require(f.bytes != nullptr);

  // The same calls on a page that is no report: the handlers that need a gemeente say so.
  const spiegel::ShortcodeContext on_page{site, nullptr, nullptr};
  require(spiegel::evaluate_shortcodes(scan.calls, on_page, diags).size() == scan.calls.size());
  return 0;
}
