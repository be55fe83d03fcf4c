#include "compute/groups.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "base/edit_distance.h"
#include "load/number.h"

namespace spiegel {

namespace {

std::string fill_value(const std::string& pattern, const std::string& value) {
  std::string out = pattern;
  auto pos = out.find("{waarde}");
  if (pos == std::string::npos) return out + " " + value;
  return out.replace(pos, 8, value);
}

bool has_column(const Registry& registry, const std::string& column) {
  for (const std::string& c : registry.columns)
    if (c == column) return true;
  return false;
}

}  // namespace

std::vector<Group> expand_groups(const Content& content, Diagnostics& diags) {
  const Registry& reg = content.registry;
  std::vector<Group> out;
  for (const GroupDef& def : content.groups) {
    if (def.id == kReferentiegroep) {
      diags.error(def.loc,
                  "de groep-id 'referentiegroep' is gereserveerd: Spiegel maakt die groep zelf uit "
                  "'referentiegroepen:' en de kop van elk rapport — kies een andere id");
      continue;
    }
    if ((def.kind == GroupDef::Kind::per_kolom || def.kind == GroupDef::Kind::bereik) && !has_column(reg, def.kolom)) {
      diags.error(def.loc, fmt::format("groep '{}': gemeenten.csv heeft geen kolom '{}'", def.id, def.kolom),
                  suggest(def.kolom, reg.columns));
      continue;
    }
    switch (def.kind) {
      case GroupDef::Kind::alle: {
        Group g{def.id, def.naam, def.id, {}, {}, def.berekenen};
        for (std::size_t i = 0; i < reg.gemeenten.size(); ++i) g.members.push_back(i);
        out.push_back(std::move(g));
        break;
      }
      case GroupDef::Kind::per_kolom: {
        // std::map: groups come out sorted by value, the same on every build.
        std::map<std::string, Group> by_value;
        for (std::size_t i = 0; i < reg.gemeenten.size(); ++i) {
          auto it = reg.gemeenten[i].kolommen.find(def.kolom);
          if (it == reg.gemeenten[i].kolommen.end() || it->second.empty()) continue;
          Group& g = by_value[it->second];
          if (g.id.empty())
            g = Group{
                def.id + ":" + it->second, fill_value(def.naam, it->second), def.id, it->second, {}, def.berekenen};
          g.members.push_back(i);
        }
        for (auto& [value, g] : by_value) out.push_back(std::move(g));
        break;
      }
      case GroupDef::Kind::bereik: {
        Group g{def.id, def.naam, def.id, {}, {}, def.berekenen};
        for (std::size_t i = 0; i < reg.gemeenten.size(); ++i) {
          auto it = reg.gemeenten[i].kolommen.find(def.kolom);
          if (it == reg.gemeenten[i].kolommen.end() || it->second.empty()) continue;
          auto v = parse_decimal(it->second, reg.decimal);
          if (!v) {
            diags.error(reg.gemeenten[i].loc, fmt::format("kolom '{}' moet een getal zijn voor groep '{}', niet '{}'",
                                                          def.kolom, def.id, it->second));
            continue;
          }
          if (*v >= def.van && *v < def.tot) g.members.push_back(i);
        }
        out.push_back(std::move(g));
        break;
      }
      case GroupDef::Kind::leden: {
        Group g{def.id, def.naam, def.id, {}, {}, def.berekenen};
        std::vector<std::string> codes;
        for (const Gemeente& gm : reg.gemeenten) codes.push_back(gm.code);
        for (const std::string& code : def.leden) {
          auto it = reg.by_code.find(code);
          if (it == reg.by_code.end()) {
            diags.error(def.loc, fmt::format("groep '{}': gemeente '{}' staat niet in gemeenten.csv", def.id, code),
                        suggest(code, codes));
            continue;
          }
          g.members.push_back(it->second);
        }
        std::sort(g.members.begin(), g.members.end());
        out.push_back(std::move(g));
        break;
      }
    }
  }
  return out;
}

std::vector<Group> reference_groups(const Content& content) {
  const Registry& reg = content.registry;
  // Front matter wins over groepen.yaml, as a report's author sees it in their own file.
  std::map<std::string, std::vector<std::string>> peers = content.referentiegroepen;
  for (const Report& r : content.reports)
    if (!r.referentiegroep.empty() && !r.gemeente.empty()) peers[r.gemeente] = r.referentiegroep;
  std::vector<Group> out;
  for (const auto& [code, codes] : peers) {
    if (!reg.find(code)) continue;
    Group g{std::string(kReferentiegroep) + ":" + code, "Referentiegroep", kReferentiegroep, code, {}, true};
    for (const std::string& c : codes) {
      auto it = reg.by_code.find(c);
      if (it != reg.by_code.end() && c != code) g.members.push_back(it->second);
    }
    std::sort(g.members.begin(), g.members.end());
    g.members.erase(std::unique(g.members.begin(), g.members.end()), g.members.end());
    out.push_back(std::move(g));
  }
  return out;
}

std::vector<const Group*> groups_of(const std::vector<Group>& groups, std::size_t gemeente) {
  std::vector<const Group*> out;
  for (const Group& g : groups)
    if (std::binary_search(g.members.begin(), g.members.end(), gemeente)) out.push_back(&g);
  return out;
}

}  // namespace spiegel
