// The benchmark table of a report: the gemeente, its referentiegroep members,
// its groups and Nederland as rows; indicators (or the periods of one
// indicator) as columns; every cell formatted the Dutch way, with `x` for not
// applicable or geheim, `–` for missing and `*` for voorlopig. The same layout
// holds text facts from registry columns (`kenmerken`).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "compute/site_data.h"

namespace spiegel {

/// One column as asked for: an indicator in a period, or its index in that period.
struct ColumnSpec {
  const Indicator* indicator = nullptr;
  Period periode;
  bool index = false;  ///< 100 × value / value in the basisperiode
  /// The figures of an earlier edition (--edities) the column shows, with its jaar; nullptr: this one's.
  const SiteData* editie = nullptr;
  std::string editie_jaar = {};
};

struct TableSpec {
  std::vector<ColumnSpec> columns;
  /// Group rows to show, in order; empty: the referentiegroep, the gemeente's
  /// other groups (groepen.yaml order) and Nederland last.
  std::vector<const Group*> groups;
  bool groups_given = false;  ///< `groepen=` was written (possibly naming none)
  std::string titel;          ///< the caption; a default is made from the columns
  std::string kop;            ///< thema or indicator name for the default caption
};

struct TableColumn {
  std::string label;           ///< indicator name, period label or column name
  std::string detail;          ///< period or "1e halfjaar 2017 = 100"; may be empty
  std::string link;            ///< the indicator's page, relative to the site root; may be empty
  Unit eenheid = Unit::getal;  ///< of the figures in the column (an index column: index)
  int decimalen = 0;           ///< as the page shows them
  bool operator==(const TableColumn&) const = default;
};

struct TableCell {
  std::string text;
  bool number = true;  ///< right-aligned
  /// The figure as the page shows it (rounded to the column's decimals; 6.7
  /// for 6,7%), for the downloads; none for x, – and text.
  std::optional<double> value = std::nullopt;
  bool voorlopig = false;
  bool herberekend = false;  ///< on today's boundaries, from the gemeenten that merged (†)
  bool operator==(const TableCell&) const = default;
};

struct TableRow {
  enum class Kind { eigen, referentie, groep, nederland };
  Kind kind = Kind::referentie;
  std::string label;
  std::string link;  ///< the gemeente's report, relative to the site root; may be empty
  std::vector<TableCell> cells;
  bool operator==(const TableRow&) const = default;
};

struct BenchmarkTable {
  std::string caption;
  std::string row_header = "Gemeente of groep";
  std::vector<TableColumn> columns;
  std::vector<TableRow> rows;
  std::string bron;  ///< "Bron: …" or "Bronnen: …"; may be empty
  std::string noot;  ///< what x, – and * mean (only those that occur), and where group figures come from
  /// The noot of the CSV and Excel downloads, where a missing figure is an
  /// empty cell and a voorlopig one a plain number: the voorlopig ones are named.
  std::string download_noot;
  /// Same table, same downloads: serve keeps a workbook while its table stays (site/pipeline.h).
  bool operator==(const BenchmarkTable&) const = default;
};

/// The benchmark table of `gemeente`.
BenchmarkTable benchmark_table(const SiteData& site, const Gemeente& gemeente, const TableSpec& spec);

/// Registry columns (text facts) of the gemeente and its referentiegroep members.
BenchmarkTable kenmerken_table(const SiteData& site, const Gemeente& gemeente, const std::vector<std::string>& columns,
                               const std::string& titel, const std::string& bron);

/// The path of a gemeente's report page relative to the site root, or "" when it has none.
std::string report_link(const SiteData& site, const Gemeente& gemeente);

/// The path of an indicator's page relative to the site root: indicatoren/<id>/index.html.
std::string indicator_page_path(const std::string& id);

}  // namespace spiegel
