#include "load/csv_reader.h"

#include <fmt/format.h>

#include <array>

#include "base/text.h"
#include "base/utf8.h"

namespace spiegel::csv {

namespace {

constexpr const char* kSaveAsUtf8 = "sla het bestand op als UTF-8 (in Excel: 'CSV UTF-8')";

bool is_blank(char c) { return c == ' ' || c == '\t'; }

/// True when no cell has more than spaces: blank lines and Excel's trailing `;;;;` rows.
bool is_empty_record(const Row& row) {
  for (const std::string& cell : row.cells)
    if (!trim(cell).empty()) return false;
  return true;
}

}  // namespace

class Reader::Impl {
 public:
  Impl(std::string_view text, const std::string& file, Diagnostics& diags) : s_(text), file_(file), diags_(diags) {}

  bool read_header(Table& table);
  bool next(Row& row);

 private:
  bool at_end() const { return pos_ >= s_.size(); }
  int column() const { return static_cast<int>(pos_ - line_start_ - continuation_) + 1; }
  SourceLoc here() const { return {file_, line_, column()}; }

  void consume_line_end();
  void new_line();
  bool skip_blank_lines();
  char sniff_delimiter() const;
  bool read_record(Row& row);
  void read_plain(std::string& cell);
  void read_quoted(std::string& cell);
  void bad_byte(std::string& cell, std::size_t& span_start);

  std::string_view s_;
  const std::string file_;  ///< a copy: callers pass temporaries ("gemeenten.csv"), which end before the reader
  Diagnostics& diags_;
  std::size_t pos_ = 0;
  int line_ = 1;
  std::size_t line_start_ = 0;
  std::size_t continuation_ = 0;  // UTF-8 continuation bytes on this line before pos_, for columns
  char delimiter_ = ',';
  std::array<bool, 256> stops_{};  // bytes that end a plain span: delimiter, CR, LF, non-ASCII
  std::size_t width_ = 0;          // cells in the header
  bool unterminated_ = false;
  bool utf8_reported_ = false;
};

void Reader::Impl::new_line() {
  ++line_;
  line_start_ = pos_;
  continuation_ = 0;
}

void Reader::Impl::consume_line_end() {
  // CR alone counts too: Excel for Mac long saved CSV that way.
  if (s_[pos_] == '\r') {
    ++pos_;
    if (!at_end() && s_[pos_] == '\n') ++pos_;
  } else {
    ++pos_;
  }
  new_line();
}

bool Reader::Impl::skip_blank_lines() {
  while (true) {
    std::size_t p = pos_;
    while (p < s_.size() && is_blank(s_[p])) ++p;
    if (p >= s_.size()) {
      pos_ = p;
      return false;
    }
    if (s_[p] != '\n' && s_[p] != '\r') return true;
    pos_ = p;
    consume_line_end();
  }
}

char Reader::Impl::sniff_delimiter() const {
  std::size_t commas = 0, semicolons = 0;
  bool quoted = false;
  for (std::size_t p = pos_; p < s_.size(); ++p) {
    char c = s_[p];
    if (c == '"') {
      quoted = !quoted;
    } else if (!quoted) {
      if (c == '\n' || c == '\r') break;
      if (c == ',') ++commas;
      if (c == ';') ++semicolons;
    }
  }
  return semicolons > commas ? ';' : ',';
}

void Reader::Impl::bad_byte(std::string& cell, std::size_t& span_start) {
  // One report per file: a Latin-1 file would otherwise give one per accent.
  if (!utf8_reported_) {
    utf8_reported_ = true;
    diags_.error(here(), invalid_utf8_message(static_cast<unsigned char>(s_[pos_]), kSaveAsUtf8));
  }
  // Keep the cell valid UTF-8 so later stages (JSON, HTML) never see the bad byte.
  cell.append(s_.substr(span_start, pos_ - span_start));
  cell += "\xEF\xBF\xBD";
  ++pos_;
  span_start = pos_;
}

void Reader::Impl::read_plain(std::string& cell) {
  std::size_t start = pos_;
  while (!at_end()) {
    unsigned char c = static_cast<unsigned char>(s_[pos_]);
    if (!stops_[c]) {
      ++pos_;
      continue;
    }
    if (c < 0x80) break;  // delimiter or line end
    std::size_t len = utf8_length(s_, pos_);
    if (len == 0) {
      bad_byte(cell, start);
      continue;
    }
    continuation_ += len - 1;
    pos_ += len;
  }
  cell.append(s_.substr(start, pos_ - start));
}

void Reader::Impl::read_quoted(std::string& cell) {
  SourceLoc open = here();
  ++pos_;
  std::size_t start = pos_;
  while (true) {
    if (at_end()) {
      diags_.error(open, "aanhalingsteken wordt niet afgesloten — de rest van het bestand is niet gelezen");
      unterminated_ = true;
      return;
    }
    unsigned char c = static_cast<unsigned char>(s_[pos_]);
    if (c == '"') {
      if (pos_ + 1 < s_.size() && s_[pos_ + 1] == '"') {
        cell.append(s_.substr(start, pos_ + 1 - start));  // keep one of the two quotes
        pos_ += 2;
        start = pos_;
        continue;
      }
      cell.append(s_.substr(start, pos_ - start));
      ++pos_;
      break;
    }
    if (c == '\r') {
      // Line breaks inside a cell become LF whatever the file uses, so the
      // output does not depend on the editor that saved it.
      cell.append(s_.substr(start, pos_ - start));
      cell += '\n';
      ++pos_;
      if (!at_end() && s_[pos_] == '\n') ++pos_;
      new_line();
      start = pos_;
    } else if (c == '\n') {
      ++pos_;
      new_line();
    } else if (c >= 0x80) {
      std::size_t len = utf8_length(s_, pos_);
      if (len == 0) {
        bad_byte(cell, start);
        continue;
      }
      continuation_ += len - 1;
      pos_ += len;
    } else {
      ++pos_;
    }
  }
  std::size_t p = pos_;
  while (p < s_.size() && is_blank(s_[p])) ++p;
  if (p >= s_.size() || s_[p] == delimiter_ || s_[p] == '\n' || s_[p] == '\r') {
    pos_ = p;
    return;
  }
  diags_.error(here(),
               "tekst na het afsluitende aanhalingsteken — zet de hele waarde tussen aanhalingstekens "
               "en schrijf een aanhalingsteken in de waarde dubbel (\"\")");
  read_plain(cell);
}

bool Reader::Impl::read_record(Row& row) {
  // Cells are cleared, not destroyed, so a reused Row keeps its strings' capacity.
  row.line = line_;
  row.positions.resize(row.cells.size());
  std::size_t count = 0;
  while (true) {
    if (count == row.cells.size()) {
      row.cells.emplace_back();
      row.positions.emplace_back();
    }
    row.positions[count] = {line_, column()};
    std::string& cell = row.cells[count++];
    cell.clear();
    // Hand-written files put a space after the delimiter: `a, "b, c"`.
    std::size_t p = pos_;
    while (p < s_.size() && is_blank(s_[p])) ++p;
    if (p < s_.size() && s_[p] == '"') {
      pos_ = p;
      read_quoted(cell);
      if (unterminated_) return false;
    } else {
      read_plain(cell);
    }
    if (at_end()) break;
    if (s_[pos_] == delimiter_) {
      ++pos_;
      continue;
    }
    consume_line_end();
    break;
  }
  row.cells.resize(count);
  row.positions.resize(count);
  return true;
}

bool Reader::Impl::read_header(Table& table) {
  if (s_.size() >= 2 && ((s_[0] == '\xFF' && s_[1] == '\xFE') || (s_[0] == '\xFE' && s_[1] == '\xFF'))) {
    diags_.error({file_, 1, 0}, fmt::format("bestand is opgeslagen als UTF-16 — {}", kSaveAsUtf8));
    return false;
  }
  if (s_.substr(0, 3) == "\xEF\xBB\xBF") s_.remove_prefix(3);

  Row header;
  do {
    if (!skip_blank_lines()) {
      diags_.error({file_, 1, 0}, "het bestand is leeg — verwacht een kopregel met kolomnamen");
      return false;
    }
    // Sniffed before reading, so a quoted header name may hold the other character.
    delimiter_ = sniff_delimiter();
    stops_.fill(false);
    for (int c = 0x80; c < 0x100; ++c) stops_[c] = true;
    stops_[static_cast<unsigned char>(delimiter_)] = stops_['\n'] = stops_['\r'] = true;
    if (!read_record(header)) return false;
  } while (is_empty_record(header));

  table.delimiter = delimiter_;
  table.header_line = header.line;
  table.header_positions = std::move(header.positions);
  table.header.clear();
  table.header.reserve(header.cells.size());
  for (std::size_t i = 0; i < header.cells.size(); ++i) {
    std::string name(trim(header.cells[i]));
    for (std::size_t j = 0; j < i && !name.empty(); ++j)
      if (table.header[j] == name) {
        diags_.error({file_, table.header_line, table.header_positions[i].column},
                     fmt::format("kolom '{}' staat twee keer in de kopregel (ook als kolom {})", name, j + 1));
        break;
      }
    table.header.push_back(std::move(name));
  }
  width_ = table.header.size();
  return true;
}

bool Reader::Impl::next(Row& row) {
  while (!unterminated_ && skip_blank_lines()) {
    if (!read_record(row)) return false;
    if (is_empty_record(row)) continue;
    if (row.cells.size() == width_) return true;
    std::string message = fmt::format("regel heeft {}, de kopregel heeft {}",
                                      plural(row.cells.size(), "veld", "velden"), plural(width_, "veld", "velden"));
    // The usual cause: a decimal comma in a comma-separated file.
    if (row.cells.size() > width_ && delimiter_ == ',')
      message +=
          " — staat er een komma in een waarde? Gebruik een punt als decimaalteken "
          "of zet de waarde tussen aanhalingstekens";
    diags_.error({file_, row.line, 0}, std::move(message));
  }
  return false;
}

int Table::column(std::string_view name) const {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (header[i] == name) return static_cast<int>(i);
  return -1;
}

SourceLoc cell_loc(const std::string& file, const Row& row, std::size_t index) {
  if (index < row.positions.size()) return {file, row.positions[index].line, row.positions[index].column};
  return {file, row.line, 0};
}

Reader::Reader(std::string_view text, const std::string& file, Diagnostics& diags)
    : impl_(std::make_unique<Impl>(text, file, diags)) {}

Reader::~Reader() = default;

bool Reader::read_header(Table& table) { return impl_->read_header(table); }

bool Reader::next(Row& row) { return impl_->next(row); }

std::optional<Table> parse(std::string_view text, const std::string& file, Diagnostics& diags) {
  Reader reader(text, file, diags);
  Table table;
  if (!reader.read_header(table)) return std::nullopt;
  Row row;
  while (reader.next(row)) {
    table.rows.push_back(std::move(row));
    row = Row{};
  }
  return table;
}

}  // namespace spiegel::csv
