// CSV as rekenkamers save it: from Excel (`;`, decimal comma, BOM, CRLF) or
// by hand (`,`). One pass over the text; every row and cell keeps where it
// starts, so later stages can point at the exact cell.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"

namespace spiegel::csv {

/// Where a cell starts; 1-based, the column counts characters, not bytes.
struct CellPos {
  int line = 0;
  int column = 0;
};

/// One data row; always has exactly as many cells as the header.
struct Row {
  int line = 0;                    ///< the line the row starts on (a quoted cell may span lines)
  std::vector<std::string> cells;  ///< cell text without quotes, not trimmed; CRLF inside quotes becomes LF
  std::vector<CellPos> positions;  ///< where each cell starts, parallel to cells
};

/// A parsed file: the header and the rows that have the header's width.
struct Table {
  char delimiter = ',';                   ///< ',' or ';', sniffed from the header line
  std::vector<std::string> header;        ///< column names, trimmed
  int header_line = 1;                    ///< blank lines may precede the header
  std::vector<CellPos> header_positions;  ///< where each column name starts
  std::vector<Row> rows;                  ///< in file order; ragged and empty rows left out

  /// Index of the column named `name`, or -1.
  int column(std::string_view name) const;
};

/// Reads a file row by row into one reused Row: for data files of hundreds of
/// thousands of rows, where a Table would cost allocations per row.
class Reader {
 public:
  /// `text` must outlive the reader; `file` is copied. Errors go to `diags`.
  Reader(std::string_view text, const std::string& file, Diagnostics& diags);
  ~Reader();
  /// Reads up to and including the header and fills `table` but its rows; false without a usable header.
  bool read_header(Table& table);
  /// The next row with the header's width (others are reported and skipped); false at the end.
  bool next(Row& row);

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

/// Parses `text`; errors go to `diags` naming `file`. nullopt when there is no
/// usable header; otherwise the rows that could be read, even after errors.
std::optional<Table> parse(std::string_view text, const std::string& file, Diagnostics& diags);

/// The location of cell `index` of `row`, for per-cell errors.
SourceLoc cell_loc(const std::string& file, const Row& row, std::size_t index);

}  // namespace spiegel::csv
