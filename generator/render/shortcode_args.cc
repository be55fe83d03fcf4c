#include "render/shortcode_args.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "base/edit_distance.h"
#include "base/html_escape.h"
#include "base/text.h"

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

Period indicator_period_arg(const SiteData& site, const Indicator& ind, const std::string& text,
                            const std::string& shortcode) {
  if (text.empty()) return current_period(site, ind.id);
  Period p = period_arg(site, text, shortcode);
  // An indicator without any figure yet is left to missing_figure: a writer may accept that gap with leeg=.
  std::vector<Period> has = site.data.periods(ind.id);
  if (has.empty() || std::find(has.begin(), has.end(), p) != has.end()) return p;
  std::optional<Period> near = nearest_period(has, p);
  throw ShortcodeProblem{fmt::format("{}: '{}' heeft geen cijfers over {}; wel over {}", shortcode, ind.id, p.label(),
                                     periods_in_words(has)),
                         near ? near->key() : ""};
}

bool has_figure(const Value* v) { return v && (v->waarde || v->status == Status::geheim); }

Fragment missing_figure(const ShortcodeCall& call, const SiteData& site, const Indicator& ind, const std::string& unit,
                        const Period& p, bool before) {
  // leeg="" is allowed too: then the sentence carries nothing there.
  if (auto leeg = call.named.find("leeg"); leeg != call.named.end()) return text_fragment(leeg->second);
  std::vector<Period> has;
  if (const Dataset::Series* s = site.data.series(unit, ind.id))
    for (const auto& [q, v] : *s)
      if (has_figure(&v)) has.push_back(q);
  const std::string who = site.display_name(unit);
  if (has.empty())
    throw ShortcodeProblem{
        fmt::format("{}: '{}' heeft voor {} geen enkel cijfer; hoort hier bewust niets, geef dan "
                    "leeg=\"…\" met de tekst die er moet staan",
                    call.name, ind.id, who)};
  if (before)
    throw ShortcodeProblem{
        fmt::format("{}: '{}' heeft voor {} geen cijfer van vóór {} om de trend vanaf te rekenen; "
                    "wel over {}",
                    call.name, ind.id, who, p.label(), periods_in_words(has))};
  std::optional<Period> near = nearest_period(has, p);
  throw ShortcodeProblem{fmt::format("{}: '{}' heeft voor {} geen cijfer over {}; wel over {}", call.name, ind.id, who,
                                     p.label(), periods_in_words(has)),
                         near ? near->key() : ""};
}

std::string periods_in_words(const std::vector<Period>& periods) {
  std::vector<std::string> items;
  for (std::size_t i = 0; i < periods.size();) {
    std::size_t end = i + 1;
    while (end < periods.size() && periods[end].previous() == periods[end - 1]) ++end;
    // Three in a row still read well one by one; sixteen half years do not.
    if (end - i >= 4) {
      items.push_back(fmt::format("{} t/m {}", periods[i].key(), periods[end - 1].key()));
    } else {
      for (std::size_t k = i; k < end; ++k) items.push_back(periods[k].key());
    }
    i = end;
  }
  return list_in_words(items);
}

std::optional<Period> nearest_period(const std::vector<Period>& candidates, const Period& p) {
  // Twice the middle month, so that the middle of a half year or a quarter stays a whole number.
  auto middle = [](const Period& q) { return q.start_month() + period_end_month(q); };
  std::optional<Period> best;
  int best_distance = 0;
  for (const Period& q : candidates) {
    int distance = std::abs(middle(q) - middle(p));
    if (!best || distance < best_distance || (distance == best_distance && *best < q)) {
      best = q;
      best_distance = distance;
    }
  }
  return best;
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

const SiteData& edition_figures(const ShortcodeContext& ctx, const std::string& jaar, const std::string& shortcode) {
  if (!ctx.editions || ctx.editions->empty())
    throw ShortcodeProblem{fmt::format("{}: editie={} vraagt om de edities: bouw met 'spiegel build --edities' "
                                       "(een git-tag editie-{} in de geschiedenis van het project)",
                                       shortcode, jaar, jaar),
                           ""};
  auto it = ctx.editions->find(jaar);
  if (it == ctx.editions->end()) {
    std::vector<std::string> known;
    for (const auto& [name, site] : *ctx.editions) known.push_back(name);
    throw ShortcodeProblem{fmt::format("{}: er is geen editie {} (wel {})", shortcode, jaar, list_in_words(known)),
                           suggest(jaar, known)};
  }
  return *it->second;
}

std::string page_root(const ShortcodeContext& ctx) {
  // Reports live at gemeenten/<slug>/index.html, other pages at <slug>/index.html.
  return ctx.gemeente ? "../../" : "../";
}

}  // namespace spiegel
