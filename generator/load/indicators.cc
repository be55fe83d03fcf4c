#include "load/indicators.h"

#include <map>

#include <fmt/format.h>

#include "load/content_keys.h"
#include "load/yaml_reader.h"

namespace spiegel {

namespace {

template <typename E>
E enum_field(YamlMap& map, const std::string& key, const std::vector<std::pair<std::string, E>>& values,
             E fallback) {
  std::vector<std::string> names;
  for (const auto& [name, value] : values) names.push_back(name);
  auto chosen = map.choice(key, names);
  if (!chosen) return fallback;
  for (const auto& [name, value] : values)
    if (name == *chosen) return value;
  return fallback;
}

bool valid_id(const std::string& id) {
  if (id.empty()) return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

}  // namespace

std::vector<Indicator> load_indicators(const std::string& text, const std::string& file, Diagnostics& diags) {
  std::vector<Indicator> out;
  auto root = parse_yaml(text, file, diags);
  if (!root) return out;
  if (root->IsNull()) return out;
  if (!root->IsSequence()) {
    diags.error({file, 1, 0}, "indicatoren.yaml moet een lijst zijn: elke indicator begint met '- id: ...'");
    return out;
  }
  std::map<std::string, int> seen;
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
    ind.naam = map.text("naam", true).value_or(ind.id);
    ind.eenheid = enum_field<Unit>(map, "eenheid",
                                   {{"procent", Unit::procent}, {"euro", Unit::euro}, {"aantal", Unit::aantal},
                                    {"per_1000", Unit::per_1000}, {"index", Unit::index}, {"deciel", Unit::deciel},
                                    {"getal", Unit::getal}},
                                   Unit::getal);
    if (!map.has("eenheid")) diags.error(ind.loc, fmt::format("indicator '{}': 'eenheid' ontbreekt", ind.id));
    ind.decimalen = map.integer("decimalen").value_or(0);
    if (ind.decimalen < 0 || ind.decimalen > 6) {
      diags.error(map.loc(map.node("decimalen")), "'decimalen' moet tussen 0 en 6 liggen");
      ind.decimalen = 0;
    }
    ind.richting = enum_field<Direction>(map, "richting",
                                         {{"hoger_is_beter", Direction::hoger_is_beter},
                                          {"lager_is_beter", Direction::lager_is_beter},
                                          {"neutraal", Direction::neutraal}},
                                         Direction::neutraal);
    ind.thema = map.text("thema").value_or("");
    ind.bron = map.text("bron").value_or("");
    ind.definitie = map.text("definitie").value_or("");
    ind.teller = map.text("teller").value_or("");
    ind.noemer = map.text("noemer").value_or("");
    if (ind.teller.empty() != ind.noemer.empty())
      diags.error(ind.loc, fmt::format("indicator '{}': 'teller' en 'noemer' horen samen", ind.id));
    ind.factor = map.number("factor").value_or(1);
    // A computed ratio aggregates as a ratio unless told otherwise; a plain figure by the mean.
    Aggregation fallback = ind.teller.empty() ? Aggregation::gemiddelde : Aggregation::ratio;
    ind.aggregatie = enum_field<Aggregation>(map, "aggregatie",
                                             {{"ratio", Aggregation::ratio}, {"som", Aggregation::som},
                                              {"gewogen", Aggregation::gewogen},
                                              {"gemiddelde", Aggregation::gemiddelde}, {"geen", Aggregation::geen}},
                                             fallback);
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

}  // namespace spiegel
