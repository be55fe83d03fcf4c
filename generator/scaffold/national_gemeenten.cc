#include "scaffold/national_gemeenten.h"

#include "base/diagnostics.h"
#include "base/text.h"
#include "base/text_normalise.h"
#include "load/csv_reader.h"
#include "write/csv_format.h"

namespace spiegel {

namespace {

std::vector<NationalGemeente> read_list() {
  Diagnostics diags;
  std::optional<csv::Table> table = csv::parse(national_gemeenten_csv(), "gemeenten_2024.csv", diags);
  std::vector<NationalGemeente> out;
  if (!table) return out;
  int code = table->column("code"), naam = table->column("naam"), provincie = table->column("provincie"),
      jeugdregio = table->column("jeugdregio"), aliassen = table->column("aliassen");
  for (const csv::Row& row : table->rows) {
    NationalGemeente g{row.cells[code], row.cells[naam], row.cells[provincie], row.cells[jeugdregio], {}};
    std::string_view rest = row.cells[aliassen];
    while (!rest.empty()) {
      std::size_t bar = rest.find('|');
      if (std::string_view a = trim(rest.substr(0, bar)); !a.empty()) g.aliassen.emplace_back(a);
      rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
    }
    out.push_back(std::move(g));
  }
  return out;
}

}  // namespace

const std::vector<NationalGemeente>& national_gemeenten() {
  static const std::vector<NationalGemeente> list = read_list();
  return list;
}

std::optional<std::string> gemeente_code(std::string_view wanted) {
  std::string_view w = trim(wanted);
  if (w.size() > 2 && (w[0] == 'G' || w[0] == 'g') && (w[1] == 'M' || w[1] == 'm')) w.remove_prefix(2);
  if (w.empty() || w.size() > 4 || w.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
  return "GM" + std::string(4 - w.size(), '0') + std::string(w);
}

bool same_name(std::string_view a, std::string_view b) {
  std::string na = normalise_text(a);
  return !na.empty() && na == normalise_text(b);
}

const NationalGemeente* find_national_gemeente(std::string_view wanted) {
  const std::vector<NationalGemeente>& list = national_gemeenten();
  if (std::optional<std::string> code = gemeente_code(wanted)) {
    for (const NationalGemeente& g : list)
      if (g.code == *code) return &g;
    return nullptr;
  }
  std::string key = normalise_text(wanted);
  if (key.empty()) return nullptr;
  for (const NationalGemeente& g : list)
    if (normalise_text(g.naam) == key) return &g;
  for (const NationalGemeente& g : list)
    for (const std::string& alias : g.aliassen)
      if (normalise_text(alias) == key) return &g;
  return nullptr;
}

std::vector<std::string> national_names() {
  std::vector<std::string> names;
  for (const NationalGemeente& g : national_gemeenten()) {
    names.push_back(g.naam);
    names.insert(names.end(), g.aliassen.begin(), g.aliassen.end());
  }
  return names;
}

std::string with_registry_row(std::string_view registry_text, const NationalGemeente& g, std::string* row) {
  Diagnostics ignored;  // the project's loader has reported the file's problems already
  std::optional<csv::Table> table = csv::parse(registry_text, "gemeenten.csv", ignored);
  char delimiter = table ? table->delimiter : ',';
  std::vector<std::string> columns = table ? table->header : std::vector<std::string>{"code", "naam"};
  std::string line;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    const std::string& c = columns[i];
    if (i > 0) line += delimiter;
    append_csv_field(line,
                     c == "code"         ? g.code
                     : c == "naam"       ? g.naam
                     : c == "provincie"  ? g.provincie
                     : c == "jeugdregio" ? g.jeugdregio
                                         : std::string(),
                     delimiter);
  }
  if (row) *row = line;
  // The file keeps its own line ending: a CRLF file saved by Excel stays CRLF.
  std::string_view eol = registry_text.find("\r\n") != std::string_view::npos ? "\r\n" : "\n";
  std::string out(registry_text);
  if (!out.empty() && out.back() != '\n') out += eol;
  out += line;
  out += eol;
  return out;
}

}  // namespace spiegel
