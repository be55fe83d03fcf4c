#include "assemble/strong_points.h"

#include <fmt/format.h>

#include "assemble/benchmark_table.h"
#include "assemble/comparison_units.h"
#include "assemble/number_format.h"
#include "base/text.h"

using nlohmann::json;

namespace spiegel {

void to_json(json& j, const JudgedFigure& f) {
  j = {{"indicator", f.indicator},
       {"url", f.url},
       {"periode", f.periode},
       {"waarde", f.waarde},
       {"vergelijking", f.vergelijking}};
}

void to_json(json& j, const StrongAndWeak& p) {
  j = {{"sterk", p.sterk},
       {"aandacht", p.aandacht},
       {"heeft_sterk", !p.sterk.empty()},
       {"heeft_aandacht", !p.aandacht.empty()},
       {"heeft", !p.sterk.empty() || !p.aandacht.empty()}};
}

StrongAndWeak strong_and_weak_points(const SiteData& site, const Gemeente& gemeente, const std::string& root) {
  StrongAndWeak out;
  std::vector<const Group*> groups;
  if (const Group* ref = reference_group(site, gemeente.code)) groups.push_back(ref);
  if (const Group* nl = national_group(site)) groups.push_back(nl);
  for (const Indicator& ind : site.content.indicators) {
    if (ind.richting == Direction::neutraal) continue;
    const Period p = current_period(site, ind.id);
    const Value* own = site.data.get(gemeente.code, ind.id, p);
    if (!usable(own)) continue;
    int better = 0, worse = 0;
    std::vector<std::string> clauses;
    for (const Group* g : groups) {
      std::optional<Comparison> c = compare_with(site, gemeente.code, ind, p, *g);
      if (!c) continue;  // the group has no figure here: judged by the other
      better += c->oordeel == Judgement::gunstiger;
      worse += c->oordeel == Judgement::ongunstiger;
      const Value* ref = site.data.get(g->id, ind.id, p);
      clauses.push_back(fmt::format("{} dan {} ({})", c->positie == Position::hoger ? "hoger" : "lager",
                                    group_in_sentence(site, *g), format_value(ind, ref->waarde, ref->status)));
    }
    // Clearly: on the same side of every comparison there is, beyond the tolerantie of each.
    const int compared = static_cast<int>(clauses.size());
    if (compared == 0 || (better != compared && worse != compared)) continue;
    JudgedFigure f{ind.naam, root + indicator_page_path(ind.id), p.label(), format_value(ind, own->waarde, own->status),
                   list_in_words(clauses)};
    (better == compared ? out.sterk : out.aandacht).push_back(std::move(f));
  }
  return out;
}

}  // namespace spiegel
