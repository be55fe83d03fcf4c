#include "write/csv_format.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace spiegel {

std::string plain_number(double v) {
  if (!std::isfinite(v)) return "";
  if (v == 0) v = 0;  // -0 reads as a different figure to some tools
  char buf[400];
  // Fixed notation, the shortest digits that read back as the same double.
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
  return ec == std::errc() ? std::string(buf, end) : std::string();
}

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string status_text(Status s) {
  switch (s) {
    case Status::none: return "";
    case Status::voorlopig: return "voorlopig";
    case Status::geheim: return "geheim";
  }
  return "";
}

std::string observations_csv(std::vector<Observation> rows) {
  std::sort(rows.begin(), rows.end(), [](const Observation& a, const Observation& b) {
    if (a.gemeente != b.gemeente) return a.gemeente < b.gemeente;
    if (a.indicator != b.indicator) return a.indicator < b.indicator;
    return a.periode < b.periode;
  });
  std::string out = "gemeente,indicator,periode,waarde,status\n";
  out.reserve(rows.size() * 48);
  for (const Observation& o : rows) {
    out += csv_field(o.gemeente);
    out += ',';
    out += csv_field(o.indicator);
    out += ',';
    out += o.periode.key();
    out += ',';
    if (o.waarde && o.status != Status::geheim) out += plain_number(*o.waarde);
    out += ',';
    out += status_text(o.status);
    out += '\n';
  }
  return out;
}

}  // namespace spiegel
