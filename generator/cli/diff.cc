// spiegel diff: what changed for each gemeente between two editions, for the
// researcher who writes the next one. The same comparison as a report's
// "wat is er veranderd" (assemble/edition_changes.h), for every report at once.
#include <fmt/format.h>

#include <cstdio>
#include <filesystem>

#include "assemble/edition_changes.h"
#include "base/edit_distance.h"
#include "base/utf8.h"
#include "cli/arguments.h"
#include "cli/commands.h"
#include "site/editions.h"
#include "write/output_folder.h"

namespace fs = std::filesystem;

namespace spiegel {

namespace {

/// The words "actueel" and "nu" name the content as it is in the project folder.
bool is_current(const std::string& name) { return name == "actueel" || name == "nu"; }

}  // namespace

int run_diff(const std::vector<std::string>& args) {
  ParseResult parsed = parse_arguments(args, {}, 3);
  if (!parsed.error.empty()) return usage_error(parsed.error);
  const std::vector<std::string>& names = parsed.arguments.positional;
  if (names.size() < 2)
    return usage_error(
        "diff vraagt om twee edities, zoals: spiegel diff editie-2023 editie-2024 (of 'actueel' voor "
        "de inhoud zoals die nu is)");
  const fs::path dir = names.size() > 2 ? fs::path(names[2]) : fs::path(".");
  Diagnostics diags;
  std::vector<EditionTag> tags;
  std::optional<ScratchFolder> scratch;
  try {
    scratch.emplace(resolve_output(dir / "site"), "diff");
    tags = edition_tags(dir, scratch->path());
  } catch (const Error& e) {
    diags.add(e.diagnostic);
    return content_errors(diags, "er is niets vergeleken");
  }
  // An edition as its tag (editie-2023) or its year (2023), or the content as it is now.
  auto load = [&](const std::string& name, std::string& label) -> std::optional<SiteData> {
    if (is_current(name)) {
      std::optional<SiteData> site = load_site(dir, diags);
      label = site && !site->content.settings.editie.empty() ? site->content.settings.editie : "actueel";
      return site;
    }
    std::vector<std::string> known;
    for (const EditionTag& t : tags) {
      if (t.tag == name || t.jaar == name) {
        label = t.jaar;
        return load_edition(dir, t, scratch->path(), diags);
      }
      known.push_back(t.tag);
    }
    known.push_back("actueel");
    Diagnostic d;
    d.message = fmt::format("er is geen editie '{}' (een git-tag editie-<jaar>, of 'actueel')", name);
    d.suggestion = suggest(name, known);
    diags.add(std::move(d));
    return std::nullopt;
  };
  std::string before_label, now_label;
  std::optional<SiteData> before = load(names[0], before_label);
  std::optional<SiteData> now = load(names[1], now_label);
  if (!before || !now || diags.has_errors()) return content_errors(diags, "er is niets vergeleken");

  // Names and labels come from the content: shown, never passed to the terminal as control characters.
  std::string out = fmt::format("Wat is er veranderd van de editie {} naar de editie {}?\n", before_label, now_label);
  for (const Report& r : now->content.reports) {
    EditionChanges c = edition_changes(*before, before_label, *now, r.gemeente, "");
    out += fmt::format("\n{}\n", now->display_name(r.gemeente));
    if (c.oordeel.empty() && c.rang.empty()) out += "  niets: dezelfde plaats tegenover Nederland en in de rangorde\n";
    for (const IndicatorChange& i : c.oordeel)
      out += fmt::format("  {}: nu {} met {}; was {} met {}\n", i.indicator, i.positie_nu, i.waarde_nu, i.positie_voor,
                         i.waarde_voor);
    for (const IndicatorChange& i : c.rang)
      out += fmt::format("  {}: {} ({} → {})\n", i.indicator, i.rang_tekst, i.waarde_voor, i.waarde_nu);
  }
  std::fputs(printable(out).c_str(), stdout);
  return kOk;
}

}  // namespace spiegel
