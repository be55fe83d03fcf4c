#include "assemble/edition_changes.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

#include "assemble/benchmark_table.h"
#include "assemble/number_format.h"
#include "compute/benchmark.h"
#include "model/enum_names.h"

using nlohmann::json;

namespace spiegel {

void to_json(json& j, const IndicatorChange& c) {
  j = {{"indicator", c.indicator},       {"url", c.url},
       {"waarde_voor", c.waarde_voor},   {"waarde_nu", c.waarde_nu},
       {"positie_voor", c.positie_voor}, {"positie_nu", c.positie_nu},
       {"rang_tekst", c.rang_tekst}};
}

void to_json(json& j, const EditionChanges& c) {
  j = {{"editie", c.editie},
       {"oordeel", c.oordeel},
       {"rang", c.rang},
       {"heeft_oordeel", !c.oordeel.empty()},
       {"heeft_rang", !c.rang.empty()},
       {"leeg", c.oordeel.empty() && c.rang.empty()}};
}

namespace {

/// The gemeente's figure in the edition's current period of the indicator.
struct Standing {
  std::string waarde, positie;
  int rang = 0, van = 0;
};

std::optional<Standing> standing(const SiteData& site, const std::string& code, const std::string& indicator) {
  const Indicator* ind = site.content.indicator(indicator);
  if (!ind) return std::nullopt;
  const Period p = current_period(site, indicator);
  const Value* v = site.data.get(code, indicator, p);
  if (!v || !v->waarde) return std::nullopt;
  Standing s;
  s.waarde = fmt::format("{} ({})", format_value(*ind, v->waarde, v->status), p.label());
  if (const Derived* d = site.benchmark.derived.get(code, indicator, p)) {
    if (d->nederland)
      s.positie = d->nederland->positie == Position::vergelijkbaar
                      ? "vergelijkbaar met Nederland"
                      : fmt::format("{} dan Nederland", name(d->nederland->positie));
    if (d->rang) {
      s.rang = *d->rang;
      s.van = d->met_waarde;
    }
  }
  return s;
}

}  // namespace

EditionChanges edition_changes(const SiteData& before, const std::string& label, const SiteData& now,
                               const std::string& code, const std::string& root) {
  EditionChanges out;
  out.editie = label;
  std::vector<std::pair<int, IndicatorChange>> moves;
  for (const Indicator& ind : now.content.indicators) {
    std::optional<Standing> then = standing(before, code, ind.id), today = standing(now, code, ind.id);
    if (!then || !today) continue;
    IndicatorChange c{ind.naam,
                      root.empty() ? "" : root + indicator_page_path(ind.id),
                      then->waarde,
                      today->waarde,
                      then->positie,
                      today->positie,
                      then->rang,
                      today->rang,
                      then->van,
                      today->van,
                      ""};
    if (c.rang_voor && c.rang_nu)
      c.rang_tekst = fmt::format("van plaats {} van {} naar {} van {}", c.rang_voor, c.van_voor, c.rang_nu, c.van_nu);
    if (!c.positie_voor.empty() && !c.positie_nu.empty() && c.positie_voor != c.positie_nu) out.oordeel.push_back(c);
    if (c.rang_voor && c.rang_nu && c.rang_voor != c.rang_nu) moves.push_back({std::abs(c.rang_voor - c.rang_nu), c});
  }
  // Largest first; equal moves in the order of indicatoren.yaml.
  std::stable_sort(moves.begin(), moves.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t i = 0; i < moves.size() && i < kRankMoves; ++i) out.rang.push_back(std::move(moves[i].second));
  return out;
}

}  // namespace spiegel
