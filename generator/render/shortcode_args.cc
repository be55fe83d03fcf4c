#include "render/shortcode_args.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "base/edit_distance.h"
#include "base/html_escape.h"

namespace spiegel {

ShortcodeArgs::ShortcodeArgs(const ShortcodeCall& call, std::vector<std::string> allowed_named,
                             std::size_t max_positional)
    : call_(call) {
  for (const auto& [key, value] : call.named) {
    if (std::find(allowed_named.begin(), allowed_named.end(), key) == allowed_named.end())
      throw ShortcodeProblem{fmt::format("{}: onbekend argument '{}'", call.name, key), suggest(key, allowed_named)};
  }
  if (call.positional.size() > max_positional)
    throw ShortcodeProblem{fmt::format("{}: te veel argumenten ({}; verwacht hooguit {})", call.name,
                                       call.positional.size(), max_positional)};
}

std::string ShortcodeArgs::positional(std::size_t i) const {
  return i < call_.positional.size() ? call_.positional[i] : "";
}

std::string ShortcodeArgs::named(const std::string& key) const {
  auto it = call_.named.find(key);
  return it == call_.named.end() ? "" : it->second;
}

Fragment text_fragment(const std::string& text) { return Fragment{escape_html(text), text, false, ""}; }

const Indicator& indicator_arg(const SiteData& site, const std::string& id, const std::string& shortcode) {
  if (id.empty())
    throw ShortcodeProblem{fmt::format("{}: welke indicator? Schrijf bijvoorbeeld {{{{< {} lasten_per_inwoner >}}}}",
                                       shortcode, shortcode)};
  if (const Indicator* ind = site.content.indicator(id)) return *ind;
  std::vector<std::string> ids;
  for (const Indicator& i : site.content.indicators) ids.push_back(i.id);
  throw ShortcodeProblem{fmt::format("{}: onbekende indicator '{}'", shortcode, id), suggest(id, ids)};
}

Period period_arg(const SiteData& site, const std::string& text, const std::string& shortcode) {
  if (text.empty()) return site.peilperiode;
  auto p = parse_period(text);
  std::vector<std::string> keys;
  for (const Period& q : site.periods) keys.push_back(q.key());
  if (!p)
    throw ShortcodeProblem{
        fmt::format("{}: ongeldige periode '{}' — verwacht 2020, 2020-H1 of 2020-Q1", shortcode, text),
        suggest(text, keys)};
  if (std::find(site.periods.begin(), site.periods.end(), *p) == site.periods.end())
    throw ShortcodeProblem{fmt::format("{}: de data hebben geen cijfers over periode '{}'", shortcode, text),
                           suggest(text, keys)};
  return *p;
}

const Gemeente& gemeente_of(const ShortcodeContext& ctx, const std::string& shortcode) {
  if (!ctx.gemeente)
    throw ShortcodeProblem{
        fmt::format("{{{{< {} >}}}} werkt alleen in de tekst van een gemeente (content/gemeenten/)", shortcode)};
  return *ctx.gemeente;
}

const Gemeente& gemeente_arg(const SiteData& site, const std::string& text, const std::string& shortcode) {
  const Registry& reg = site.content.registry;
  if (const Gemeente* g = reg.find(text)) return *g;
  auto lower = [](std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  };
  std::vector<std::string> names;
  for (const Gemeente& g : reg.gemeenten) {
    if (lower(g.naam) == lower(text)) return g;
    names.push_back(g.naam);
  }
  throw ShortcodeProblem{
      fmt::format("{}: onbekende gemeente '{}' (geen code of naam uit gemeenten.csv)", shortcode, text),
      suggest(text, names)};
}

const Group& group_arg(const ShortcodeContext& ctx, const std::string& name, const std::string& shortcode) {
  const SiteData& site = ctx.site;
  if (name.empty())
    throw ShortcodeProblem{
        fmt::format("{}: met welke groep? Schrijf bijvoorbeeld met=nederland of met=referentiegroep", shortcode), ""};
  if (const Group* g = site.group(name)) return *g;
  bool per_kolom = false;
  for (const GroupDef& def : site.content.groups) per_kolom |= def.id == name && def.kind == GroupDef::Kind::per_kolom;
  if (name == kReferentiegroep || per_kolom) {
    const Gemeente& gemeente = gemeente_of(ctx, shortcode + " met=" + name);
    if (name == kReferentiegroep) {
      if (const Group* g = reference_group(site, gemeente.code)) return *g;
      throw ShortcodeProblem{fmt::format("{}: {} heeft geen referentiegroep — geef die in de kop van het rapport "
                                         "(referentiegroep: [GM…]) of in groepen.yaml onder referentiegroepen:",
                                         shortcode, site.display_name(gemeente.code)),
                             ""};
    }
    const std::size_t index = site.content.registry.by_code.at(gemeente.code);
    for (const Group* g : groups_of(site.groups, index))
      if (g->def_id == name) return *g;
    throw ShortcodeProblem{fmt::format("{}: {} hoort bij geen groep '{}' (de kolom is leeg in gemeenten.csv)",
                                       shortcode, site.display_name(gemeente.code), name),
                           ""};
  }
  std::vector<std::string> names = {kReferentiegroep};
  for (const GroupDef& def : site.content.groups) names.push_back(def.id);
  for (const Group& g : site.groups)
    if (g.def_id != kReferentiegroep && g.id != g.def_id) names.push_back(g.id);
  throw ShortcodeProblem{fmt::format("{}: onbekende groep '{}'", shortcode, name), suggest(name, names)};
}

std::vector<std::string> list_arg(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t comma = text.find(',', start);
    if (comma == std::string::npos) comma = text.size();
    std::string item = text.substr(start, comma - start);
    while (!item.empty() && item.front() == ' ') item.erase(item.begin());
    while (!item.empty() && item.back() == ' ') item.pop_back();
    if (!item.empty()) out.push_back(item);
    start = comma + 1;
  }
  return out;
}

std::string page_root(const ShortcodeContext& ctx) {
  // Reports live at gemeenten/<slug>/index.html, other pages at <slug>/index.html.
  return ctx.gemeente ? "../../" : "../";
}

}  // namespace spiegel
