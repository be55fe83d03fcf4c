#include "compute/groups.h"

#include <map>

#include <fmt/format.h>

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
    if ((def.kind == GroupDef::Kind::per_kolom || def.kind == GroupDef::Kind::bereik) &&
        !has_column(reg, def.kolom)) {
      diags.error(def.loc, fmt::format("groep '{}': gemeenten.csv heeft geen kolom '{}'", def.id, def.kolom),
                  suggest(def.kolom, reg.columns));
      continue;
    }
    switch (def.kind) {
      case GroupDef::Kind::alle: {
        Group g{def.id, def.naam, def.id, {}, {}};
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
          if (g.id.empty()) g = Group{def.id + ":" + it->second, fill_value(def.naam, it->second), def.id, it->second, {}};
          g.members.push_back(i);
        }
        for (auto& [value, g] : by_value) out.push_back(std::move(g));
        break;
      }
      case GroupDef::Kind::bereik: {
        Group g{def.id, def.naam, def.id, {}, {}};
        for (std::size_t i = 0; i < reg.gemeenten.size(); ++i) {
          auto it = reg.gemeenten[i].kolommen.find(def.kolom);
          if (it == reg.gemeenten[i].kolommen.end() || it->second.empty()) continue;
          auto v = parse_decimal(it->second, '.');
          if (!v) {
            diags.error(reg.gemeenten[i].loc,
                        fmt::format("kolom '{}' moet een getal zijn voor groep '{}', niet '{}'", def.kolom, def.id,
                                    it->second));
            continue;
          }
          if (*v >= def.van && *v < def.tot) g.members.push_back(i);
        }
        out.push_back(std::move(g));
        break;
      }
      case GroupDef::Kind::leden: {
        Group g{def.id, def.naam, def.id, {}, {}};
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

std::vector<const Group*> groups_of(const std::vector<Group>& groups, std::size_t gemeente) {
  std::vector<const Group*> out;
  for (const Group& g : groups)
    if (std::binary_search(g.members.begin(), g.members.end(), gemeente)) out.push_back(&g);
  return out;
}

}  // namespace spiegel
