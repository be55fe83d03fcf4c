#include "assemble/key_figures.h"

#include "assemble/number_format.h"
#include "compute/benchmark.h"

using nlohmann::json;

namespace spiegel {

namespace {

/// Key figures when neither spiegel.yaml nor the report chooses them.
constexpr std::size_t kDefaultKeyFigures = 8;

}  // namespace

void to_json(json& j, const KeyFigureRow& r) {
  j = {{"indicator", r.indicator}, {"id", r.id},
       {"periode", r.periode},     {"waarde", r.waarde},
       {"nederland", r.nederland}, {"voorlopig", r.voorlopig}};
}

void to_json(json& j, const KeyFigures& k) {
  j = {{"rijen", k.rijen}, {"heeft_rijen", !k.rijen.empty()}, {"nederland", k.nederland}};
}

std::vector<const Indicator*> key_figure_indicators(const SiteData& site, const FrontMatter* front) {
  const std::optional<std::vector<std::string>>& chosen =
      front && front->kerncijfers ? front->kerncijfers : site.content.settings.kerncijfers;
  std::vector<const Indicator*> out;
  if (chosen) {
    for (const std::string& id : *chosen)
      if (const Indicator* ind = site.content.indicator(id)) out.push_back(ind);
    return out;
  }
  // The figures a rekenkamer judges by: those with a richting; without any, the first ones.
  for (const Indicator& ind : site.content.indicators)
    if (ind.richting != Direction::neutraal) out.push_back(&ind);
  if (out.empty())
    for (const Indicator& ind : site.content.indicators) out.push_back(&ind);
  if (out.size() > kDefaultKeyFigures) out.resize(kDefaultKeyFigures);
  return out;
}

KeyFigures key_figures(const SiteData& site, const Gemeente& gemeente, const FrontMatter* front) {
  KeyFigures out;
  const Group* nl = national_group(site);
  if (nl) out.nederland = site.display_name(nl->id);
  const bool chosen = (front && front->kerncijfers) || site.content.settings.kerncijfers;
  for (const Indicator* ind : key_figure_indicators(site, front)) {
    // The period every table and sentence of the report uses for this indicator.
    const Period p = current_period(site, ind->id);
    const Value* v = site.data.get(gemeente.code, ind->id, p);
    // A chosen figure that is missing says so ("–"); a default one is left out.
    if (!v && !chosen) continue;
    const Value* national = nl ? site.data.get(nl->id, ind->id, p) : nullptr;
    out.rijen.push_back({ind->naam, ind->id, p.label(), v ? format_value(*ind, v->waarde, v->status) : "–",
                         national ? format_value(*ind, national->waarde, national->status) : "–",
                         v && v->status == Status::voorlopig});
  }
  return out;
}

}  // namespace spiegel
