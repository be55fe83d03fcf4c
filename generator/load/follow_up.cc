#include "load/follow_up.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <map>

#include "base/date.h"
#include "base/edit_distance.h"
#include "base/text.h"
#include "load/content_keys.h"
#include "load/csv_reader.h"
#include "model/enum_names.h"

namespace spiegel {

std::vector<FollowUp> load_follow_up(std::string_view text, const std::string& file, Diagnostics& diags) {
  std::vector<FollowUp> out;
  std::optional<csv::Table> table = csv::parse(text, file, diags);
  if (!table) return out;
  const int aanbeveling = table->column("aanbeveling"), peildatum = table->column("peildatum"),
            status = table->column("status"), toelichting = table->column("toelichting");
  for (auto [name, col] :
       {std::pair{"aanbeveling", aanbeveling}, std::pair{"peildatum", peildatum}, std::pair{"status", status}})
    if (col < 0)
      diags.error({file, table->header_line, 1},
                  fmt::format("kolom '{}' ontbreekt; de kolommen zijn {}", name,
                              fmt::join(content_keys::kFollowUpColumns, ",")),
                  suggest(name, table->header));
  if (aanbeveling < 0 || peildatum < 0 || status < 0) return out;

  std::map<std::pair<std::string, std::string>, int> seen;  // (aanbeveling, peildatum) → line
  for (const csv::Row& row : table->rows) {
    auto at = [&](int col) { return SourceLoc{file, row.positions[col].line, row.positions[col].column}; };
    const std::string name(trim(row.cells[aanbeveling]));
    const std::string date(trim(row.cells[peildatum]));
    const std::string word(trim(row.cells[status]));
    bool ok = true;
    const std::size_t hash = name.find('#');
    if (hash == std::string::npos || hash == 0 || hash + 1 == name.size() || name.find('#', hash + 1) != name.npos) {
      diags.error(at(aanbeveling), fmt::format("aanbeveling '{}': schrijf het rapport en de id van de aanbeveling, "
                                               "zoals deventer#a-onderbouwing",
                                               name));
      ok = false;
    }
    if (!parse_date(date)) {
      diags.error(at(peildatum),
                  fmt::format("peildatum '{}' is geen datum; schrijf jjjj-mm-dd, zoals 2024-03-01", date));
      ok = false;
    }
    const std::optional<FollowUpStatus> s = follow_up_status_from_name(word);
    if (!s) {
      diags.error(at(status),
                  fmt::format("onbekende status '{}' (kies {})", word, list_in_words(follow_up_status_names())),
                  suggest(word, follow_up_status_names()));
      ok = false;
    }
    if (!ok) continue;
    if (auto [it, fresh] = seen.emplace(std::pair(name, date), row.line); !fresh) {
      diags.error(at(aanbeveling), fmt::format("{} staat al op {} in het register (regel {})", name, date, it->second));
      continue;
    }
    out.push_back({name.substr(0, hash),
                   name.substr(hash + 1),
                   date,
                   *s,
                   toelichting >= 0 ? std::string(trim(row.cells[toelichting])) : "",
                   {file, row.line, 1}});
  }
  std::sort(out.begin(), out.end(), [](const FollowUp& a, const FollowUp& b) {
    return std::tie(a.rapport, a.aanbeveling, a.peildatum) < std::tie(b.rapport, b.aanbeveling, b.peildatum);
  });
  return out;
}

}  // namespace spiegel
