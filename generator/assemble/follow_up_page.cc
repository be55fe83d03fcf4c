#include "assemble/follow_up_page.h"

#include <map>
#include <set>

#include "base/text.h"
#include "model/enum_names.h"
#include "text/blocks.h"

using nlohmann::json;

namespace spiegel {

void to_json(json& j, const FollowUpRow& r) {
  j = {{"gemeente", r.gemeente},
       {"titel", r.titel},
       {"url", r.url},
       {"aan", r.aan},
       {"jaar", r.jaar},
       {"status", r.status},
       {"status_naam", r.status_naam},
       {"peildatum", r.peildatum},
       {"toelichting", r.toelichting}};
}

void to_json(json& j, const StatusCount& c) { j = {{"status", c.status}, {"naam", c.naam}, {"aantal", c.aantal}}; }

void to_json(json& j, const FollowUpTally& t) {
  j = {{"naam", t.naam}, {"statussen", t.statussen}, {"totaal", t.totaal}};
}

void to_json(json& j, const FollowUpRegister& r) {
  j = {{"totaal", r.totaal},
       {"per_aan", r.per_aan},
       {"per_jaar", r.per_jaar},
       {"rijen", r.rijen},
       {"heeft_jaren", !r.per_jaar.empty()}};
}

json FollowUpPage::to_json() const {
  json j = page.to_json();
  j["opvolging"] = opvolging;
  return j;
}

namespace {

constexpr const char* kNoStatus = "nog geen stand";

/// A count per status, in order, then one for "nog geen stand".
std::vector<StatusCount> empty_counts() {
  std::vector<StatusCount> out;
  for (const std::string& s : follow_up_status_names())
    out.push_back({s, follow_up_status_label(*follow_up_status_from_name(s)), 0});
  out.push_back({"", kNoStatus, 0});
  return out;
}

void count(std::vector<StatusCount>& counts, const std::string& status) {
  for (StatusCount& c : counts)
    if (c.status == status) ++c.aantal;
}

void tally(std::vector<FollowUpTally>& tallies, const std::string& naam, const std::string& status) {
  auto it = std::find_if(tallies.begin(), tallies.end(), [&](const FollowUpTally& t) { return t.naam == naam; });
  if (it == tallies.end()) it = tallies.insert(tallies.end(), {naam, empty_counts(), 0});
  count(it->statussen, status);
  ++it->totaal;
}

/// The year an aanbeveling was made: its report's datum ("maart 2021"), else the monitor's editie.
std::string year_of(const Document& report, const Settings& settings) {
  const std::string& datum = report.front.datum;
  const std::string year = datum.size() >= 4 ? datum.substr(datum.size() - 4) : "";
  return !year.empty() && year.find_first_not_of("0123456789") == std::string::npos ? year : settings.editie;
}

}  // namespace

FollowUpRegister follow_up_register(const Content& content, const std::vector<ReportAanbevelingen>& reports) {
  // The latest entry per aanbeveling: the register is sorted, so the last one wins.
  std::map<std::pair<std::string, std::string>, const FollowUp*> latest;
  for (const FollowUp& f : content.opvolging) latest[{f.rapport, f.aanbeveling}] = &f;

  FollowUpRegister r;
  r.totaal = empty_counts();
  std::set<std::pair<std::string, std::string>> shown;
  auto add = [&](FollowUpRow row, const FollowUp* f) {
    if (f) {
      row.status = std::string(name(f->status));
      row.status_naam = follow_up_status_label(f->status);
      row.peildatum = dutch_date(f->peildatum);
      row.toelichting = f->toelichting;
    } else {
      row.status_naam = kNoStatus;
    }
    count(r.totaal, row.status);
    tally(r.per_aan,
          row.aan == "raad"      ? "aan de raad"
          : row.aan == "college" ? "aan het college"
                                 : "zonder geadresseerde",
          row.status);
    if (!row.jaar.empty()) tally(r.per_jaar, row.jaar, row.status);
    r.rijen.push_back(std::move(row));
  };
  for (const ReportAanbevelingen& report : reports) {
    if (!report.blocks || !report.doc) continue;
    const std::string jaar = year_of(*report.doc, content.settings);
    for (const Block& b : *report.blocks) {
      if (b.kind != "aanbeveling") continue;
      const auto key = std::pair(report.doc->slug, b.id);
      shown.insert(key);
      auto it = latest.find(key);
      const std::string aan = b.attrs.count("aan") ? b.attrs.at("aan") : "";
      add({report.gemeente, block_title(b), report.url + "#" + b.id, aan, jaar},
          it == latest.end() ? nullptr : it->second);
    }
  }
  // What the register names of earlier editions (validate/follow_up.h let them through).
  for (const auto& [key, f] : latest)
    if (!shown.count(key)) add({key.first, key.second, "", "", "eerdere editie"}, f);
  std::sort(r.per_jaar.begin(), r.per_jaar.end(),
            [](const FollowUpTally& a, const FollowUpTally& b) { return a.naam < b.naam; });
  return r;
}

}  // namespace spiegel
