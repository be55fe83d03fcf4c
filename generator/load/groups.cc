#include "load/groups.h"

#include <fmt/format.h>

#include <set>

#include "load/content_keys.h"
#include "load/yaml_reader.h"

namespace spiegel {

namespace {

GroupDef read_group(const YAML::Node& item, const std::string& file, Diagnostics& diags) {
  YamlMap map(item, file, diags);
  GroupDef g;
  g.loc = map.loc();
  g.id = map.text("id", true).value_or("");
  if (g.id.find(':') != std::string::npos)
    diags.error(map.loc(map.node("id")), fmt::format("groep-id '{}' mag geen ':' bevatten", g.id));
  g.naam = map.text("naam").value_or(g.id);
  int kinds = 0;
  if (map.boolean("alle").value_or(false)) {
    g.kind = GroupDef::Kind::alle;
    ++kinds;
  }
  if (auto kolom = map.text("per_kolom")) {
    g.kind = GroupDef::Kind::per_kolom;
    g.kolom = *kolom;
    ++kinds;
  }
  if (map.has("bereik")) {
    g.kind = GroupDef::Kind::bereik;
    ++kinds;
    YamlMap range(map.node("bereik"), file, diags);
    g.kolom = range.text("kolom", true).value_or("");
    g.van = range.number("van").value_or(-1e300);
    g.tot = range.number("tot").value_or(1e300);
    if (!range.has("van") && !range.has("tot")) diags.error(range.loc(), "'bereik' vraagt om 'van', 'tot' of beide");
    range.report_unknown_keys(content_keys::kGroupRange);
  }
  if (auto leden = map.list("leden")) {
    g.kind = GroupDef::Kind::leden;
    g.leden = *leden;
    ++kinds;
  }
  g.berekenen = map.boolean("berekenen").value_or(true);
  if (kinds != 1)
    diags.error(g.loc,
                fmt::format("groep '{}' moet precies één van 'alle', 'per_kolom', 'bereik' of 'leden' hebben", g.id));
  map.report_unknown_keys(content_keys::kGroup);
  return g;
}

void read_groups(const std::string& text, const std::string& file, Content& content, Diagnostics& diags) {
  auto root = parse_yaml(text, file, diags);
  if (!root || root->IsNull()) return;
  if (!root->IsMap()) {
    diags.error({file, 1, 0}, "groepen.yaml moet de sleutels 'groepen:' en/of 'referentiegroepen:' hebben");
    return;
  }
  YamlMap map(*root, file, diags);
  YAML::Node groups = map.node("groepen");
  if (groups.IsDefined() && !groups.IsNull()) {
    if (!groups.IsSequence()) {
      diags.error(map.loc(groups), "'groepen' moet een lijst zijn: elke groep begint met '- id: ...'");
    } else {
      std::set<std::string> seen;
      for (const YAML::Node& item : groups) {
        if (!item.IsMap()) {
          diags.error(map.loc(item), "een groep moet sleutels hebben, zoals 'id:' en 'naam:'");
          continue;
        }
        GroupDef g = read_group(item, file, diags);
        if (!g.id.empty() && !seen.insert(g.id).second)
          diags.error(g.loc, fmt::format("groep '{}' staat er twee keer in", g.id));
        content.groups.push_back(std::move(g));
      }
    }
  }
  YAML::Node refs = map.node("referentiegroepen");
  if (refs.IsDefined() && !refs.IsNull()) {
    if (!refs.IsMap()) {
      diags.error(map.loc(refs), "'referentiegroepen' moet per gemeentecode een lijst codes geven");
    } else {
      for (const auto& kv : refs) {
        std::vector<std::string> codes;
        for (const YAML::Node& c : kv.second) codes.push_back(c.Scalar());
        if (kv.second.IsScalar()) codes.push_back(kv.second.Scalar());
        content.referentiegroepen[kv.first.Scalar()] = codes;
        content.referentiegroep_locs[kv.first.Scalar()] = map.loc(kv.first);
      }
    }
  }
  map.report_unknown_keys(content_keys::kGroupsFile);
}

}  // namespace

void load_groups(const std::string& text, const std::string& file, Content& content, Diagnostics& diags) {
  guard_yaml(file, diags, false, [&] {
    read_groups(text, file, content, diags);
    return true;
  });
}

}  // namespace spiegel
