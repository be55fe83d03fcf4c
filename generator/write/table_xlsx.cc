#include <fmt/format.h>
#include <stdlib.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <filesystem>

#include "base/decimal_format.h"
#include "base/file_io.h"
#include "write/table_download.h"

namespace fs = std::filesystem;

namespace spiegel {

namespace {

/// 1 January 2000, as the PDFs have it (pdf/pdf_job.cc): Excel shows the
/// creation date, and the date of the build would make every build differ.
constexpr time_t kCreated = 946684800;

/// The Excel number format (US notation, which Excel shows the Dutch way)
/// that shows a figure as the page does: 0.0% (of 0.067), "€ "#,##0, #,##0" per 1.000".
std::string number_format(const TableColumn& c) {
  std::string decimals(c.decimalen > 0 ? c.decimalen + 1 : 0, '0');  // ".0" for one decimal
  if (!decimals.empty()) decimals[0] = '.';
  switch (c.eenheid) {
    case Unit::procent:
      return "0" + decimals + "%";
    case Unit::euro:
      return "\"€ \"#,##0" + decimals;
    case Unit::per_1000:
      return "#,##0" + decimals + "\" per 1.000\"";
    default:
      return "#,##0" + decimals;
  }
}

/// The number in the cell: a percentage as the fraction Excel formats as one (6,7% is 0.067).
double cell_number(const TableColumn& c, double shown) { return c.eenheid == Unit::procent ? shown / 100 : shown; }

/// Characters, not bytes: a column is as wide as its longest text reads.
int characters(const std::string& s) {
  return static_cast<int>(std::count_if(s.begin(), s.end(), [](char ch) { return (ch & 0xC0) != 0x80; }));
}

/// Where a workbook passes through: libxlsxwriter 1.1.4 writes only to files
/// (each part of the workbook, then the zip). In memory (/dev/shm) when the
/// system has it: on disk a workbook took 20 ms, in memory 2 ms.
const std::string& temp_folder() {
  static const std::string folder = [] {
    std::error_code ec;
    if (fs::is_directory("/dev/shm", ec) && access("/dev/shm", W_OK) == 0) return std::string("/dev/shm");
    return fs::temp_directory_path().string();
  }();
  return folder;
}

/// The workbook's temporary file, removed with this.
class TempFile {
 public:
  TempFile() {
    std::string pattern = (fs::path(temp_folder()) / "spiegel-tabel-XXXXXX.xlsx").string();
    int fd = mkstemps(pattern.data(), 5);
    if (fd < 0) throw Error{{{pattern, 0, 0}, "kan geen tijdelijk bestand maken voor een Excel-download", {}}};
    close(fd);
    path_ = pattern;
  }
  ~TempFile() {
    std::error_code ec;
    fs::remove(path_, ec);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

/// Writes the sheet and keeps, for the anonymity check, every string with its cell.
class Sheet {
 public:
  Sheet(lxw_worksheet* ws, std::string& text) : ws_(ws), text_(text) {}
  void string(int row, int col, const std::string& s, lxw_format* f) {
    worksheet_write_string(ws_, row, static_cast<lxw_col_t>(col), s.c_str(), f);
    char cell[16];
    lxw_rowcol_to_cell(cell, row, static_cast<lxw_col_t>(col));
    text_ += fmt::format("{} {}\n", cell, s);
  }
  void number(int row, int col, double v, lxw_format* f) {
    worksheet_write_number(ws_, row, static_cast<lxw_col_t>(col), v, f);
  }

 private:
  lxw_worksheet* ws_;
  std::string& text_;
};

}  // namespace

Workbook table_xlsx(const BenchmarkTable& t, const std::string& sheet_name) {
  TempFile file;
  std::string folder = temp_folder();
  lxw_workbook_options options{};
  options.tmpdir = folder.data();
  lxw_workbook* wb = workbook_new_opt(file.path().c_str(), &options);
  if (!wb) throw Error{{{file.path(), 0, 0}, "kan de Excel-download niet schrijven", {}}};
  std::string title = t.caption;
  lxw_doc_properties properties{};
  properties.title = title.data();
  properties.created = kCreated;
  workbook_set_properties(wb, &properties);
  lxw_worksheet* ws = workbook_add_worksheet(wb, sheet_name.c_str());

  lxw_format* caption = workbook_add_format(wb);
  format_set_bold(caption);
  format_set_font_size(caption, 12);
  lxw_format* header = workbook_add_format(wb);
  format_set_bold(header);
  format_set_text_wrap(header);
  format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
  format_set_bottom(header, LXW_BORDER_THIN);
  lxw_format* header_number = workbook_add_format(wb);
  format_set_bold(header_number);
  format_set_text_wrap(header_number);
  format_set_align(header_number, LXW_ALIGN_VERTICAL_TOP);
  format_set_align(header_number, LXW_ALIGN_RIGHT);
  format_set_bottom(header_number, LXW_BORDER_THIN);
  lxw_format* own = workbook_add_format(wb);  // the gemeente's own row, bold as on the page
  format_set_bold(own);
  lxw_format* mark = workbook_add_format(wb);  // x in a column of figures, right-aligned as on the page
  format_set_align(mark, LXW_ALIGN_RIGHT);

  // Per column: which are figures, and their format (bold in the own row).
  std::vector<bool> numbers(t.columns.size(), false);
  for (const TableRow& r : t.rows)
    for (std::size_t i = 0; i < r.cells.size() && i < numbers.size(); ++i) numbers[i] = numbers[i] || r.cells[i].number;
  std::vector<lxw_format*> formats, own_formats;
  for (const TableColumn& c : t.columns) {
    const std::string code = number_format(c);
    for (bool bold : {false, true}) {
      lxw_format* f = workbook_add_format(wb);
      format_set_num_format(f, code.c_str());
      if (bold) format_set_bold(f);
      (bold ? own_formats : formats).push_back(f);
    }
  }

  Workbook out;
  Sheet sheet(ws, out.text);
  const int header_row = 2;
  sheet.string(0, 0, t.caption, caption);
  sheet.string(header_row, 0, t.row_header, header);
  int label_width = characters(t.row_header);
  std::vector<int> widths(t.columns.size(), 0);
  for (std::size_t i = 0; i < t.columns.size(); ++i)
    sheet.string(header_row, static_cast<int>(i) + 1, download_heading(t.columns[i], false),
                 numbers[i] ? header_number : header);
  int row = header_row + 1;
  for (const TableRow& r : t.rows) {
    const bool bold = r.kind == TableRow::Kind::eigen;
    sheet.string(row, 0, r.label, bold ? own : nullptr);
    label_width = std::max(label_width, characters(r.label));
    for (std::size_t i = 0; i < r.cells.size() && i < t.columns.size(); ++i) {
      const TableCell& c = r.cells[i];
      const int col = static_cast<int>(i) + 1;
      if (c.value) {
        sheet.number(row, col, cell_number(t.columns[i], *c.value), (bold ? own_formats : formats)[i]);
      } else if (c.text != "–") {  // missing is an empty cell, as in the CSV
        sheet.string(row, col, c.text, c.number ? mark : nullptr);
      }
      widths[i] = std::max(widths[i], characters(c.text));
    }
    ++row;
  }
  ++row;
  for (const std::string* line : {&t.bron, &t.download_noot})
    if (!line->empty()) sheet.string(row++, 0, *line, nullptr);

  // Wide enough for every figure and label; a long heading wraps onto more lines instead.
  worksheet_set_column(ws, 0, 0, std::clamp(label_width + 2, 12, 50), nullptr);
  int header_lines = 1;
  for (std::size_t i = 0; i < t.columns.size(); ++i) {
    const int heading = characters(download_heading(t.columns[i], false));
    const int width = std::clamp(std::max(widths[i] + 2, std::min(heading, 18)), 10, 40);
    worksheet_set_column(ws, static_cast<lxw_col_t>(i + 1), static_cast<lxw_col_t>(i + 1), width, nullptr);
    header_lines = std::max(header_lines, static_cast<int>(std::ceil(heading * 1.1 / width)));
  }
  worksheet_set_row(ws, header_row, 15.0 * header_lines, nullptr);
  worksheet_freeze_panes(ws, header_row + 1, 1);

  if (lxw_error e = workbook_close(wb); e != LXW_NO_ERROR)
    throw Error{{{file.path(), 0, 0}, fmt::format("kan de Excel-download niet schrijven: {}", lxw_strerror(e)), {}}};
  out.bytes = read_file(file.path(), file.path());
  return out;
}

}  // namespace spiegel
