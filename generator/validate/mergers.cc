#include "validate/mergers.h"

#include <fmt/format.h>

#include <map>
#include <set>

#include "base/edit_distance.h"
#include "base/text.h"

namespace spiegel {

void validate_mergers(const Content& content, Diagnostics& diags) {
  if (content.herindelingen.empty()) return;
  std::map<std::string, const Merger*> by_old;
  for (const Merger& m : content.herindelingen) by_old.emplace(m.oud, &m);
  std::vector<std::string> codes;
  for (const Gemeente& g : content.registry.gemeenten) codes.push_back(g.code);

  for (const Merger& m : content.herindelingen) {
    auto later = by_old.find(m.nieuw);
    if (later != by_old.end() && later->second->nieuw != m.nieuw) {
      // The new gemeente merged again; that merger must come after this one.
      if (!(m.per < later->second->per))
        diags.error(m.loc, fmt::format("{} gaat per {} op in {}, maar ontstaat pas per {} (regel {})", m.nieuw,
                                       dutch_date(later->second->per.iso()), later->second->nieuw,
                                       dutch_date(m.per.iso()), later->second->loc.line));
    } else if (!content.registry.find(m.nieuw)) {
      diags.error(m.loc,
                  fmt::format("nieuwe gemeente '{}' staat niet in gemeenten.csv; cijfers op de grenzen van nu "
                              "horen bij een gemeente van nu",
                              m.nieuw),
                  suggest(m.nieuw, codes));
    }
  }

  // Figures of an old gemeente after its merger: its boundaries no longer exist.
  std::set<std::pair<std::string, std::string>> reported;  // (file, code): once per file
  for (const Observation& o : content.observations) {
    auto it = by_old.find(o.gemeente);
    if (it == by_old.end() || it->second->oud == it->second->nieuw) continue;
    const Merger& m = *it->second;
    if (o.periode.end_month() <= m.per.month_index()) continue;
    if (!reported.emplace(o.loc.file, o.gemeente).second) continue;
    diags.error(o.loc, fmt::format("{} is per {} opgegaan in {} (herindelingen.csv regel {}), maar heeft hier een "
                                   "cijfer over {}; zet het cijfer bij {}",
                                   o.gemeente, dutch_date(m.per.iso()), m.nieuw, m.loc.line, o.periode.key(), m.nieuw));
  }
}

}  // namespace spiegel
