#include "write/csv_format.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "model/enum_names.h"

namespace spiegel {

void append_number(std::string& out, double v) {
  if (!std::isfinite(v)) return;
  if (v == 0) v = 0;  // -0 reads as a different figure to some tools
  char buf[400];
  // Counts, ranks and many amounts are whole numbers: printing them as
  // integers gives the same text several times faster.
  if (std::fabs(v) < 9007199254740992.0 && v == static_cast<double>(static_cast<long long>(v))) {
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(v));
    out.append(buf, end);
    return;
  }
  // Fixed notation, the shortest digits that read back as the same double.
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
  if (ec == std::errc()) out.append(buf, end);
}

void append_integer(std::string& out, long long v) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, end);
}

std::optional<double> published_number(const std::optional<double>& waarde, Status status) {
  if (!waarde || !std::isfinite(*waarde) || status == Status::geheim) return std::nullopt;
  return waarde;
}

std::string plain_number(double v) {
  std::string out;
  append_number(out, v);
  return out;
}

void append_csv_field(std::string& out, std::string_view text, char delimiter) {
  // A plain loop: find_first_of searches the characters once per byte.
  bool quote = false;
  for (char c : text) quote |= c == delimiter || c == ',' || c == '"' || c == '\r' || c == '\n';
  if (!quote) {
    out += text;
    return;
  }
  out += '"';
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

std::string csv_field(std::string_view text, char delimiter) {
  std::string out;
  append_csv_field(out, text, delimiter);
  return out;
}

const std::string& PeriodKeys::operator()(const Period& p) {
  // Rows come sorted by period within an indicator: the next key is usually after the last one.
  for (std::size_t k = 0; k < keys_.size(); ++k) {
    std::size_t i = last_ + k < keys_.size() ? last_ + k : last_ + k - keys_.size();
    if (keys_[i].first == p) {
      last_ = i + 1 < keys_.size() ? i + 1 : 0;
      return keys_[i].second;
    }
  }
  keys_.emplace_back(p, p.key());
  return keys_.back().second;
}

std::string observations_csv(std::vector<Observation> rows) {
  std::sort(rows.begin(), rows.end(), [](const Observation& a, const Observation& b) {
    if (a.gemeente != b.gemeente) return a.gemeente < b.gemeente;
    if (a.indicator != b.indicator) return a.indicator < b.indicator;
    return a.periode < b.periode;
  });
  std::string out = "gemeente,indicator,periode,waarde,status\n";
  out.reserve(rows.size() * 48);
  PeriodKeys keys;
  for (const Observation& o : rows) {
    append_csv_field(out, o.gemeente);
    out += ',';
    append_csv_field(out, o.indicator);
    out += ',';
    out += keys(o.periode);
    out += ',';
    if (auto v = published_number(o.waarde, o.status)) append_number(out, *v);
    out += ',';
    out += name(o.status);
    out += '\n';
  }
  return out;
}

}  // namespace spiegel
