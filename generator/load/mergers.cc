#include "load/mergers.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <map>

#include "base/edit_distance.h"
#include "base/text.h"
#include "load/content_keys.h"
#include "load/csv_reader.h"

namespace spiegel {

std::vector<Merger> load_mergers(std::string_view text, const std::string& file, Diagnostics& diags) {
  std::vector<Merger> out;
  std::optional<csv::Table> table = csv::parse(text, file, diags);
  if (!table) return out;
  const int oud = table->column("oud"), nieuw = table->column("nieuw"), per = table->column("per"),
            naam = table->column("naam");
  for (auto [name, col] : {std::pair{"oud", oud}, std::pair{"nieuw", nieuw}, std::pair{"per", per}})
    if (col < 0)
      diags.error({file, table->header_line, 1},
                  fmt::format("kolom '{}' ontbreekt; de kolommen zijn oud,nieuw,per en eventueel naam", name),
                  suggest(name, table->header));
  if (oud < 0 || nieuw < 0 || per < 0) return out;

  std::map<std::string, int> seen;  // old code → line
  for (const csv::Row& row : table->rows) {
    auto at = [&](int col) { return SourceLoc{file, row.positions[col].line, row.positions[col].column}; };
    Merger m{std::string(trim(row.cells[oud])),
             std::string(trim(row.cells[nieuw])),
             naam >= 0 ? std::string(trim(row.cells[naam])) : "",
             {},
             {file, row.line, 1}};
    bool ok = true;
    for (auto [code, col, what] : {std::tuple{&m.oud, oud, "oud"}, std::tuple{&m.nieuw, nieuw, "nieuw"}})
      if (code->empty()) {
        diags.error(at(col), fmt::format("lege gemeentecode in kolom '{}' — vul een code in, zoals GM0014", what));
        ok = false;
      }
    const std::string_view date = trim(row.cells[per]);
    if (std::optional<Date> d = parse_date(date)) {
      m.per = *d;
    } else {
      diags.error(at(per), fmt::format("'{}' is geen datum; schrijf jjjj-mm-dd, zoals 2019-01-01", date));
      ok = false;
    }
    if (!ok) continue;
    if (auto [it, fresh] = seen.emplace(m.oud, row.line); !fresh) {
      // The sum of the old gemeenten is only today's figure when each old gemeente went whole into one new one.
      diags.error(at(oud), fmt::format("gemeente {} staat al op regel {}: een gemeente die over meer gemeenten is "
                                       "verdeeld kan Spiegel niet herberekenen; noem haar één keer",
                                       m.oud, it->second));
      continue;
    }
    out.push_back(std::move(m));
  }
  // The old gemeenten of one merger stay in the file's order: the verantwoording names them so.
  std::stable_sort(out.begin(), out.end(), [](const Merger& a, const Merger& b) {
    return std::tie(a.per, a.nieuw) < std::tie(b.per, b.nieuw);
  });
  return out;
}

}  // namespace spiegel
