// A benchmark table as a download beside its page, for a spreadsheet: CSV the
// way Dutch Excel reads it, and an .xlsx workbook with real numbers in the
// page's number formats. Both are made from the assembled table, never from
// its HTML, and hold the figures as the page shows them (rounded to its
// decimals); the open data under data/ have them at full precision.
#pragma once

#include <string>

#include "assemble/benchmark_table.h"

namespace spiegel {

/// A column's heading in a download: "Jongeren met jeugdhulp, 1e halfjaar 2020",
/// with the unit when the cells do not show it: " (%)", " (€)", " (per 1.000)".
std::string download_heading(const TableColumn& column, bool with_unit);

/// The CSV: UTF-8 with BOM, ';' between cells, CRLF; the caption, an empty
/// line, the header and the rows, an empty line, the source and the note.
/// A figure is a number with a decimal comma and no thousands separator or
/// unit; x stays x; a missing figure (– on the page) is an empty cell.
std::string table_csv(const BenchmarkTable& table);

/// An .xlsx workbook and, for the anonymity check, the text it holds.
struct Workbook {
  std::string bytes;
  /// Every string written into the sheet, one a line after its cell ("A1 Tabel 2: …"):
  /// in the zipped bytes a search for a name would find nothing.
  std::string text;
};

/// The workbook of one table on a sheet named `sheet` ("Tabel 2"): the
/// caption, a bold header row that stays in view, the rows with real numbers
/// in the page's formats (6,7%, € 10.143, 158 per 1.000), the source and the
/// note. The same table gives the same bytes: the creation date is fixed.
/// Throws Error when the workbook cannot be written (a temporary file).
Workbook table_xlsx(const BenchmarkTable& table, const std::string& sheet);

}  // namespace spiegel
