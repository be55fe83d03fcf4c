#include "render/shortcode_args.h"

#include <algorithm>

#include <fmt/format.h>

#include "base/edit_distance.h"
#include "render/mustache.h"

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

Fragment text_fragment(const std::string& text) { return Fragment{mustache::escape_html(text), text, false, ""}; }

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

}  // namespace spiegel
