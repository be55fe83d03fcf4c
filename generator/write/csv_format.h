// The open-data CSV format: ',' between cells, '.' decimals at full
// precision, RFC 4180 quoting, LF line ends, rows sorted.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/content.h"

namespace spiegel {

/// A number at full precision in plain decimal notation: 8.1, 10143, 75.64102564102564
/// (never an exponent, never "-0"); "" for NaN or infinity.
std::string plain_number(double v);

/// plain_number(v) appended to `out`, without a temporary string.
void append_number(std::string& out, double v);

/// A count or rank in decimal digits, appended to `out`: 0, 12, -3.
void append_integer(std::string& out, long long v);

/// The number open data publish for a figure: none when it is missing, not
/// finite, or geheim (a geheim figure's number must never leave the build).
/// Every open-data file (the CSV files, monitor.json) asks this.
std::optional<double> published_number(const std::optional<double>& waarde, Status status);

/// One cell, quoted when it holds the delimiter (',' in open data, ';' in a
/// download for Dutch Excel), ',', '"', CR or LF: a ';' file quotes a comma
/// too, so a program that guesses the delimiter guesses right.
std::string csv_field(std::string_view text, char delimiter = ',');
/// csv_field(text, delimiter) appended to `out`.
void append_csv_field(std::string& out, std::string_view text, char delimiter = ',');

/// Period keys ("2020-H1") made once per distinct period: open data writes
/// hundreds of thousands of rows over a dozen periods.
class PeriodKeys {
 public:
  const std::string& operator()(const Period& p);

 private:
  std::vector<std::pair<Period, std::string>> keys_;
  std::size_t last_ = 0;  ///< where to look first
};

/// The long format of data/*.csv (gemeente,indicator,periode,waarde,status),
/// sorted by gemeente, indicator and period: what `spiegel import` writes and
/// what site/data/observaties.csv holds.
std::string observations_csv(std::vector<Observation> rows);

}  // namespace spiegel
