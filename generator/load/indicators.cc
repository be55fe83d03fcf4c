#include "load/indicators.h"

#include <fmt/format.h>

#include <map>

#include "base/theme_names.h"
#include "load/content_keys.h"
#include "load/yaml_reader.h"
#include "model/enum_names.h"

namespace spiegel {

namespace {

/// The value named at `key`, from the enum's one name table; `fallback` when
/// the key is absent or unknown (map.choice reports the unknown name).
template <typename E>
E enum_field(YamlMap& map, const std::string& key, const std::vector<std::string>& names,
             std::optional<E> (*from_name)(std::string_view), E fallback) {
  auto chosen = map.choice(key, names);
  if (!chosen) return fallback;
  return from_name(*chosen).value_or(fallback);
}

bool valid_id(const std::string& id) {
  if (id.empty()) return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

}  // namespace

namespace {

std::vector<Indicator> read_indicators(const std::string& text, const std::string& file, Diagnostics& diags) {
  std::vector<Indicator> out;
  auto root = parse_yaml(text, file, diags);
  if (!root) return out;
  if (root->IsNull()) return out;
  if (!root->IsSequence()) {
    diags.error({file, 1, 0}, "indicatoren.yaml moet een lijst zijn: elke indicator begint met '- id: ...'");
    return out;
  }
  std::map<std::string, int> seen;
  ThemeNames themes;
  for (const YAML::Node& item : *root) {
    YamlMap map(item, file, diags);
    if (!item.IsMap()) {
      diags.error(map.loc(), "een indicator moet sleutels hebben, zoals 'id:' en 'naam:'");
      continue;
    }
    Indicator ind;
    ind.loc = map.loc();
    ind.id = map.text("id", true).value_or("");
    if (!ind.id.empty() && !valid_id(ind.id))
      diags.error(map.loc(map.node("id")),
                  fmt::format("ongeldige indicator-id '{}' — gebruik kleine letters, cijfers en '_'", ind.id));
    if (auto [it, fresh] = seen.emplace(ind.id, ind.loc.line); !fresh && !ind.id.empty())
      diags.error(ind.loc, fmt::format("indicator '{}' staat er twee keer in (ook op regel {})", ind.id, it->second));
    for (const char* key : {"naam", "thema", "bron", "definitie"})
      if (auto text = map.text(key); text && text->starts_with(content_keys::kFillIn))
        diags.error(map.loc(map.node(key)),
                    fmt::format("indicator '{}': '{}' is nog niet ingevuld ('{}' …): schrijf wat er moet staan", ind.id,
                                key, content_keys::kFillIn));
    ind.naam = map.text("naam", true).value_or(ind.id);
    ind.eenheid = enum_field(map, "eenheid", unit_names(), unit_from_name, Unit::getal);
    if (!map.has("eenheid")) diags.error(ind.loc, fmt::format("indicator '{}': 'eenheid' ontbreekt", ind.id));
    ind.decimalen = map.integer("decimalen").value_or(0);
    if (ind.decimalen < 0 || ind.decimalen > 6) {
      diags.error(map.loc(map.node("decimalen")), "'decimalen' moet tussen 0 en 6 liggen");
      ind.decimalen = 0;
    }
    ind.richting = enum_field(map, "richting", direction_names(), direction_from_name, Direction::neutraal);
    ind.thema = map.text("thema").value_or("");
    if (bool merged = false; !ind.thema.empty()) {
      const std::string first = themes.canonical(ind.thema, merged);
      if (merged)
        diags.warning(map.loc(map.node("thema")),
                      fmt::format("thema '{}' geldt als '{}' (alleen hoofdletters of spaties verschillen); "
                                  "schrijf het overal hetzelfde",
                                  ind.thema, first));
      ind.thema = first;
    }
    ind.bron = map.text("bron").value_or("");
    ind.definitie = map.text("definitie").value_or("");
    ind.teller = map.text("teller").value_or("");
    ind.noemer = map.text("noemer").value_or("");
    if (ind.teller.empty() != ind.noemer.empty())
      diags.error(ind.loc, fmt::format("indicator '{}': 'teller' en 'noemer' horen samen", ind.id));
    ind.factor = map.number("factor").value_or(1);
    // A computed ratio aggregates as a ratio unless told otherwise; a plain figure by the mean.
    Aggregation fallback = ind.teller.empty() ? Aggregation::gemiddelde : Aggregation::ratio;
    ind.aggregatie = enum_field(map, "aggregatie", aggregation_names(), aggregation_from_name, fallback);
    if (ind.aggregatie == Aggregation::ratio && ind.teller.empty())
      diags.error(map.loc(map.node("aggregatie")),
                  fmt::format("indicator '{}': 'aggregatie: ratio' vraagt om 'teller' en 'noemer'", ind.id));
    ind.gewicht = map.text("gewicht").value_or("");
    if (ind.aggregatie == Aggregation::gewogen && ind.gewicht.empty())
      diags.error(ind.loc, fmt::format("indicator '{}': 'aggregatie: gewogen' vraagt om 'gewicht'", ind.id));
    if (auto t = map.number("tolerantie")) {
      if (*t < 0 || *t >= 1)
        diags.error(map.loc(map.node("tolerantie")), "'tolerantie' is een fractie tussen 0 en 1, zoals 0.05");
      else
        ind.tolerantie = *t;
    }
    map.report_unknown_keys(content_keys::kIndicator);
    out.push_back(std::move(ind));
  }
  return out;
}

}  // namespace

std::vector<Indicator> load_indicators(const std::string& text, const std::string& file, Diagnostics& diags) {
  return guard_yaml(file, diags, std::vector<Indicator>{}, [&] { return read_indicators(text, file, diags); });
}

}  // namespace spiegel
