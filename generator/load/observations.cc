#include "load/observations.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>

#include "base/edit_distance.h"
#include "base/text.h"
#include "load/content_keys.h"
#include "load/csv_reader.h"
#include "load/number.h"
#include "model/enum_names.h"

namespace spiegel {

namespace {

enum Column { kGemeente, kIndicator, kPeriode, kWaarde, kStatus, kColumns };
const std::vector<std::string>& kColumnNames = content_keys::kObservationColumns;  // in Column order
constexpr const char* kPeriodForms = "verwacht 2020, 2020-H1 of 2020-Q1";

/// The period a user probably meant: 2020H1, 2020-h1, CBS's 2020HJ01 / 2020KW01 / 2020JJ00.
std::string period_suggestion(std::string_view text) {
  std::string t;
  for (char c : text) {
    if (c == ' ' || c == '-' || c == '_') continue;
    t += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  }
  if (t.size() < 4 || !parse_period(t.substr(0, 4))) return {};
  std::string year = t.substr(0, 4), rest = t.substr(4);
  std::string guess;
  if (rest == "JJ00")
    guess = year;
  else if (rest.size() == 4 && rest.compare(0, 3, "HJ0") == 0)
    guess = year + "-H" + rest[3];
  else if (rest.size() == 4 && rest.compare(0, 3, "KW0") == 0)
    guess = year + "-Q" + rest[3];
  else if (rest.size() == 2 && (rest[0] == 'H' || rest[0] == 'Q'))
    guess = year + "-" + rest;
  if (guess.empty() || guess == text || !parse_period(guess)) return {};
  return guess;
}

/// "1.234,5" → "1234,5" (or "1234.5" where only a point is a decimal point);
/// "1.234.567" → "1234567"; "" when the separators do not plainly group thousands.
std::string without_thousands(std::string_view v, char decimal_separator) {
  std::size_t last = v.find_last_of(".,");
  if (last == std::string_view::npos) return {};
  // With two kinds of separator the last one is the decimal separator.
  bool mixed = v.find_first_of(v[last] == '.' ? "," : ".") != std::string_view::npos;
  std::string out;
  std::size_t group = 0;
  bool first_group = true, after_decimal = false;
  for (std::size_t i = 0; i < v.size(); ++i) {
    char c = v[i];
    if (after_decimal) {
      out += c;
    } else if (c == '.' || c == ',') {
      if (first_group ? (group == 0 || group > 3) : group != 3) return {};
      first_group = false;
      group = 0;
      if (mixed && i == last) {
        out += decimal_separator == ',' ? c : '.';
        after_decimal = true;
      }
    } else {
      if (c >= '0' && c <= '9') ++group;
      out += c;
    }
  }
  if (!after_decimal && group != 3) return {};
  return out;
}

/// Why `value` is not a number, in words a researcher can act on.
void report_bad_number(std::string_view value, char delimiter, const SourceLoc& loc, Diagnostics& diags) {
  std::size_t separators = std::count(value.begin(), value.end(), '.') + std::count(value.begin(), value.end(), ',');
  const char* example = delimiter == ';' ? "8,1 of 8.1" : "8.1";
  if (value.find('%') != std::string_view::npos || value.find("\xE2\x82\xAC") != std::string_view::npos) {
    diags.error(loc, fmt::format("ongeldige waarde '{}' — schrijf alleen het getal, zonder % of €", value));
  } else if (separators > 1) {
    char decimal = delimiter == ';' ? ',' : '.';
    std::string plain = without_thousands(value, decimal);
    if (!plain.empty() && !parse_decimal(plain, decimal)) plain.clear();
    diags.error(loc, fmt::format("ongeldige waarde '{}' — schrijf getallen zonder duizendtalscheiding", value), plain);
  } else if (delimiter == ',' && value.find(',') != std::string_view::npos) {
    diags.error(loc, fmt::format("ongeldige waarde '{}' — gebruik een punt als decimaalteken ({}) en geen "
                                 "duizendtalscheiding",
                                 value, example));
  } else {
    diags.error(loc, fmt::format("ongeldige waarde '{}' — verwacht een getal, zoals {}", value, example));
  }
}

/// Finds each known column in the header; false when a required one is missing.
bool map_columns(const csv::Table& table, const std::string& file, std::array<int, kColumns>& index,
                 std::vector<std::size_t>& nameless, Diagnostics& diags) {
  index.fill(-1);
  std::array<bool, kColumns> suggested{};
  for (std::size_t i = 0; i < table.header.size(); ++i) {
    const std::string& name = table.header[i];
    if (name.empty()) {
      nameless.push_back(i);
      continue;
    }
    auto known = std::find(kColumnNames.begin(), kColumnNames.end(), name);
    if (known != kColumnNames.end()) {
      if (index[known - kColumnNames.begin()] < 0) index[known - kColumnNames.begin()] = static_cast<int>(i);
      continue;
    }
    std::string near = suggest(name, kColumnNames);
    if (!near.empty()) {
      suggested[std::find(kColumnNames.begin(), kColumnNames.end(), near) - kColumnNames.begin()] = true;
      diags.error({file, table.header_line, table.header_positions[i].column},
                  fmt::format("onbekende kolom '{}'", name), near);
    } else {
      diags.error(
          {file, table.header_line, table.header_positions[i].column},
          fmt::format("onbekende kolom '{}' — de kolommen zijn gemeente, indicator, periode, waarde en status", name));
    }
  }
  bool complete = true;
  for (int c = kGemeente; c <= kWaarde; ++c) {
    if (index[c] >= 0) continue;
    complete = false;
    // A misspelt column was already reported with this name as suggestion.
    if (!suggested[c])
      diags.error({file, table.header_line, 0},
                  fmt::format("verplichte kolom '{}' ontbreekt in de kopregel", kColumnNames[c]));
  }
  return complete;
}

}  // namespace

void load_observations(std::string_view text, const std::string& file, std::vector<Observation>& out,
                       Diagnostics& diags) {
  // Row by row into one reused Row: a national file has 220.000 rows.
  csv::Reader reader(text, file, diags);
  csv::Table table;
  if (!reader.read_header(table)) return;
  std::array<int, kColumns> index;
  std::vector<std::size_t> nameless;
  if (!map_columns(table, file, index, nameless, diags)) return;
  const char decimal = table.delimiter == ';' ? ',' : '.';
  // A `;` file may use either decimal separator, but not both: Dutch Excel
  // exports 10143 as "10.143" when the cell shows a thousands separator, and
  // next to "8,1" elsewhere in the file that point cannot be a decimal point.
  char file_separator = 0;
  int file_separator_line = 0;

  csv::Row row;
  while (reader.next(row)) {
    auto cell = [&](Column c) { return trim(row.cells[static_cast<std::size_t>(index[c])]); };
    auto loc = [&](Column c) { return csv::cell_loc(file, row, static_cast<std::size_t>(index[c])); };
    bool ok = true;
    Observation o;

    o.gemeente = cell(kGemeente);
    if (o.gemeente.empty()) {
      diags.error(loc(kGemeente), "lege gemeente — vul een gemeentecode (GM0150) of groep in");
      ok = false;
    }
    o.indicator = cell(kIndicator);
    if (o.indicator.empty()) {
      diags.error(loc(kIndicator), "lege indicator — vul de id van een indicator uit indicatoren.yaml in");
      ok = false;
    }

    std::string_view periode = cell(kPeriode);
    if (auto p = parse_period(periode)) {
      o.periode = *p;
    } else {
      // 0000 or 9999: the form is right, the year is not.
      const bool year_out_of_range =
          periode.size() >= 4 &&
          std::all_of(periode.begin(), periode.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }) &&
          parse_period(fmt::format("2000{}", periode.substr(4)));
      diags.error(loc(kPeriode),
                  periode.empty() ? fmt::format("lege periode — {}", kPeriodForms)
                  : year_out_of_range
                      ? fmt::format("periode '{}': het jaar ligt niet tussen {} en {}", periode, kFirstYear, kLastYear)
                      : fmt::format("ongeldige periode '{}' — {}", periode, kPeriodForms),
                  period_suggestion(periode));
      ok = false;
    }

    if (index[kStatus] >= 0) {
      std::string_view status = cell(kStatus);
      if (std::optional<Status> s = status_from_name(status)) {
        o.status = *s;
      } else {
        diags.error(loc(kStatus),
                    fmt::format("onbekende status '{}' — laat leeg, of schrijf voorlopig of geheim", status),
                    suggest(status, status_names()));
        ok = false;
      }
    }

    std::string_view waarde = cell(kWaarde);
    if (!waarde.empty()) {
      if (o.status == Status::geheim) {
        diags.error(loc(kWaarde), fmt::format("een geheime waarde mag geen getal hebben, maar hier staat '{}' — "
                                              "laat de waarde leeg",
                                              waarde));
        ok = false;
      } else if (auto v = parse_decimal(waarde, decimal)) {
        o.waarde = *v;
        char used = waarde.find(',') != std::string_view::npos   ? ','
                    : waarde.find('.') != std::string_view::npos ? '.'
                                                                 : 0;
        if (used != 0 && file_separator == 0) {
          file_separator = used;
          file_separator_line = row.line;
        } else if (used != 0 && used != file_separator) {
          diags.error(loc(kWaarde),
                      fmt::format("waarde '{}' heeft een {}, maar regel {} een {} — gebruik in één bestand één "
                                  "decimaalteken en geen duizendtalscheiding",
                                  waarde, used == ',' ? "komma" : "punt", file_separator_line,
                                  file_separator == ',' ? "decimale komma" : "decimale punt"));
          ok = false;
        }
      } else {
        report_bad_number(waarde, table.delimiter, loc(kWaarde), diags);
        ok = false;
      }
    }

    for (std::size_t i : nameless) {
      // Excel leaves a nameless column behind a trailing ';'; only data in it is a problem.
      std::string_view extra = trim(row.cells[i]);
      if (!extra.empty()) {
        diags.error(csv::cell_loc(file, row, i), fmt::format("waarde '{}' in een kolom zonder naam", extra));
        ok = false;
      }
    }

    if (!ok) continue;
    o.loc = {file, row.line, 0};
    out.push_back(std::move(o));
  }
}

namespace {

/// 64-bit mix of the three key parts; the final multiply spreads them over the low bits the table uses.
std::uint64_t key_hash(const Observation& o) {
  std::uint64_t h = std::hash<std::string_view>()(o.gemeente);
  h = h * 31 + std::hash<std::string_view>()(o.indicator);
  h = h * 31 + static_cast<std::uint64_t>(o.periode.start_month() * 4 + static_cast<int>(o.periode.kind));
  h *= 0x9E3779B97F4A7C15ULL;
  return h ^ (h >> 29);
}

bool same_key(const Observation& a, const Observation& b) {
  return a.periode == b.periode && a.indicator == b.indicator && a.gemeente == b.gemeente;
}

}  // namespace

void check_duplicates(const std::vector<Observation>& all, Diagnostics& diags) {
  // Open addressing over one flat array, at most half full: no allocation per
  // observation, and the stored hash spares most visits to the observations.
  constexpr std::size_t kEmpty = static_cast<std::size_t>(-1);
  std::size_t capacity = 16;
  while (capacity < 2 * all.size()) capacity *= 2;
  const std::size_t mask = capacity - 1;
  std::vector<std::pair<std::uint64_t, std::size_t>> slots(capacity, {0, kEmpty});
  for (std::size_t i = 0; i < all.size(); ++i) {
    const Observation& o = all[i];
    std::uint64_t h = key_hash(o);
    std::size_t s = h & mask;
    while (slots[s].second != kEmpty && !(slots[s].first == h && same_key(all[slots[s].second], o))) s = (s + 1) & mask;
    if (slots[s].second == kEmpty) {
      slots[s] = {h, i};
      continue;
    }
    const SourceLoc& earlier = all[slots[s].second].loc;
    std::string where = earlier.file == o.loc.file ? fmt::format("regel {}", earlier.line)
                                                   : fmt::format("{}:{}", earlier.file, earlier.line);
    diags.error(o.loc, fmt::format("dubbele waarneming voor {}, {}, {} — staat ook op {}", o.gemeente, o.indicator,
                                   o.periode.key(), where));
  }
}

}  // namespace spiegel
