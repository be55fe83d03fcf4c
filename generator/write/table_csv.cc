#include <fmt/format.h>

#include "base/decimal_format.h"
#include "write/csv_format.h"
#include "write/table_download.h"

namespace spiegel {

std::string download_heading(const TableColumn& c, bool with_unit) {
  std::string out = c.detail.empty() ? c.label : fmt::format("{}, {}", c.label, c.detail);
  if (!with_unit) return out;
  switch (c.eenheid) {
    case Unit::procent:
      return out + " (%)";
    case Unit::euro:
      return out + " (€)";
    case Unit::per_1000:
      return out + " (per 1.000)";
    default:
      return out;
  }
}

std::string table_csv(const BenchmarkTable& t) {
  constexpr char sep = ';';
  // Without the BOM Excel reads UTF-8 as Windows-1252 (â‚¬ for €); with CRLF Notepad shows lines too.
  std::string out = "\xEF\xBB\xBF";
  append_csv_field(out, t.caption, sep);
  out += "\r\n\r\n";
  append_csv_field(out, t.row_header, sep);
  for (const TableColumn& c : t.columns) {
    out += sep;
    append_csv_field(out, download_heading(c, true), sep);
  }
  out += "\r\n";
  for (const TableRow& r : t.rows) {
    append_csv_field(out, r.label, sep);
    for (std::size_t i = 0; i < r.cells.size(); ++i) {
      const TableCell& cell = r.cells[i];
      out += sep;
      if (cell.value)
        out += format_decimal(*cell.value, i < t.columns.size() ? t.columns[i].decimalen : 0, false);
      else if (cell.text != "–")
        append_csv_field(out, cell.text, sep);
    }
    out += "\r\n";
  }
  if (!t.bron.empty() || !t.download_noot.empty()) out += "\r\n";
  for (const std::string* line : {&t.bron, &t.download_noot})
    if (!line->empty()) {
      append_csv_field(out, *line, sep);
      out += "\r\n";
    }
  return out;
}

}  // namespace spiegel
