#include "validate/references.h"

#include <fmt/format.h>

#include <map>
#include <unordered_set>

#include "base/edit_distance.h"

namespace spiegel {

bool is_reserved_slug(const std::string& slug) {
  for (const char* r : {"gemeenten", "indicatoren", "aanbevelingen", "conclusies", "data", "thema", "404", "index"})
    if (slug == r) return true;
  return false;
}

void validate_references(const Content& content, const std::vector<Group>& groups, Diagnostics& diags) {
  const Registry& reg = content.registry;
  std::vector<std::string> codes;
  for (const Gemeente& g : reg.gemeenten) codes.push_back(g.code);
  std::vector<std::string> indicator_ids;
  std::unordered_set<std::string> indicator_set;
  for (const Indicator& i : content.indicators) {
    indicator_ids.push_back(i.id);
    indicator_set.insert(i.id);
  }
  std::vector<std::string> group_ids;
  std::unordered_set<std::string> group_set;
  for (const Group& g : groups) {
    group_ids.push_back(g.id);
    group_set.insert(g.id);
  }
  auto check_code = [&](const std::string& code, const SourceLoc& loc, const std::string& what) {
    if (!reg.find(code))
      diags.error(loc, fmt::format("{}: gemeente '{}' staat niet in gemeenten.csv", what, code), suggest(code, codes));
  };

  // Observations: by far the most rows, so each lookup is a hash probe and
  // each distinct wrong name is reported once per file.
  std::unordered_set<std::string> reported;
  // A gemeente that merged into one of today's (content/herindelingen.csv) may have figures of before.
  std::unordered_set<std::string> merged;
  for (const Merger& m : content.herindelingen) merged.insert(m.oud);
  // A noemer counts something (jongeren, inwoners): below zero it turns every ratio and group figure around.
  std::unordered_set<std::string> noemers;
  for (const Indicator& i : content.indicators)
    if (!i.noemer.empty()) noemers.insert(i.noemer);
  for (const Observation& o : content.observations) {
    if (o.waarde && *o.waarde < 0 && noemers.count(o.indicator) &&
        reported.insert(o.loc.file + "\x1fn" + o.indicator).second)
      diags.error(o.loc, fmt::format("negatieve waarde {} voor '{}', de noemer van een andere indicator: een noemer "
                                     "telt iets en kan niet negatief zijn",
                                     *o.waarde, o.indicator));
    if (!reg.find(o.gemeente) && !group_set.count(o.gemeente) && !merged.count(o.gemeente) &&
        reported.insert(o.loc.file + "\x1fg" + o.gemeente).second) {
      std::vector<std::string> all = codes;
      all.insert(all.end(), group_ids.begin(), group_ids.end());
      diags.error(
          o.loc,
          fmt::format("onbekende gemeente of groep '{}' (geen code in gemeenten.csv, geen groep uit groepen.yaml)",
                      o.gemeente),
          suggest(o.gemeente, all));
    }
    if (!indicator_set.count(o.indicator) && reported.insert(o.loc.file + "\x1fi" + o.indicator).second)
      diags.error(o.loc, fmt::format("onbekende indicator '{}'", o.indicator), suggest(o.indicator, indicator_ids));
  }

  for (const Indicator& i : content.indicators) {
    for (const std::string* part : {&i.teller, &i.noemer})
      if (!part->empty() && !indicator_set.count(*part))
        diags.error(i.loc, fmt::format("indicator '{}': onbekende indicator '{}'", i.id, *part),
                    suggest(*part, indicator_ids));
    if (!i.gewicht.empty() && !indicator_set.count(i.gewicht)) {
      bool column = false;
      for (const std::string& c : reg.columns) column = column || c == i.gewicht;
      if (!column) {
        std::vector<std::string> all = indicator_ids;
        all.insert(all.end(), reg.columns.begin(), reg.columns.end());
        diags.error(i.loc,
                    fmt::format("indicator '{}': gewicht '{}' is geen indicator en geen kolom van gemeenten.csv", i.id,
                                i.gewicht),
                    suggest(i.gewicht, all));
      }
    }
  }

  for (const auto& [code, peers] : content.referentiegroepen) {
    SourceLoc loc = content.referentiegroep_locs.at(code);
    check_code(code, loc, "referentiegroepen");
    for (const std::string& p : peers) check_code(p, loc, fmt::format("referentiegroep van {}", code));
  }

  std::map<std::string, std::string> report_of;
  for (const Report& r : content.reports) {
    auto line = r.doc.front_lines.count("gemeente") ? r.doc.front_lines.at("gemeente") : 1;
    SourceLoc loc{r.doc.path, line, 0};
    if (r.gemeente.empty()) continue;
    check_code(r.gemeente, loc, "kop");
    if (auto [it, fresh] = report_of.emplace(r.gemeente, r.doc.path); !fresh)
      diags.error(loc, fmt::format("gemeente {} heeft al een tekst in {}", r.gemeente, it->second));
    SourceLoc ref_loc{r.doc.path,
                      r.doc.front_lines.count("referentiegroep") ? r.doc.front_lines.at("referentiegroep") : 1, 0};
    for (const std::string& p : r.referentiegroep) check_code(p, ref_loc, "referentiegroep");
  }

  // Key figures name indicators, in spiegel.yaml and in a report's front matter.
  auto check_indicators = [&](const std::vector<std::string>& ids, const SourceLoc& loc) {
    for (const std::string& id : ids)
      if (!indicator_set.count(id))
        diags.error(loc, fmt::format("kerncijfers: onbekende indicator '{}'", id), suggest(id, indicator_ids));
  };
  if (content.settings.kerncijfers) check_indicators(*content.settings.kerncijfers, content.settings.kerncijfers_loc);
  for (const Report& r : content.reports)
    if (r.doc.front.kerncijfers)
      check_indicators(
          *r.doc.front.kerncijfers,
          {r.doc.path, r.doc.front_lines.count("kerncijfers") ? r.doc.front_lines.at("kerncijfers") : 1, 0});

  for (const Document& page : content.pages)
    if (is_reserved_slug(page.slug))
      diags.error({page.path, 0, 0},
                  fmt::format("de paginanaam '{}' is gereserveerd voor Spiegel zelf — kies een andere bestandsnaam",
                              page.slug));
}

}  // namespace spiegel
