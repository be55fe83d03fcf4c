#include "compute/dataset.h"

#include <algorithm>
#include <functional>
#include <set>
#include <string_view>

namespace spiegel {

namespace {

constexpr char kSeparator = '\x1f';  // cannot occur in codes or ids

/// Both halves hashed on their own and combined, so that the joined key and
/// its parts hash alike (std::hash reads eight bytes at a time).
std::size_t combine(std::string_view unit, std::string_view indicator) {
  std::size_t a = std::hash<std::string_view>{}(unit), b = std::hash<std::string_view>{}(indicator);
  return a ^ (b + 0x9e3779b97f4a7c15ull + (a << 6) + (a >> 2));
}

}  // namespace

std::size_t Dataset::Hash::operator()(std::string_view joined) const {
  std::size_t sep = joined.find(kSeparator);
  return combine(joined.substr(0, sep), joined.substr(sep + 1));
}

std::size_t Dataset::Hash::operator()(const Parts& p) const { return combine(p.unit, p.indicator); }

bool Dataset::Equal::operator()(const Parts& p, std::string_view k) const {
  return k.size() == p.unit.size() + 1 + p.indicator.size() && k.substr(0, p.unit.size()) == p.unit &&
         k[p.unit.size()] == kSeparator && k.substr(p.unit.size() + 1) == p.indicator;
}

Dataset::Dataset(const Dataset& other) { *this = other; }

Dataset& Dataset::operator=(const Dataset& other) {
  if (this == &other) return *this;
  series_ = other.series_;
  periods_ = other.periods_;
  for (auto& [key, entry] : series_) entry.periods = &periods_[key.substr(key.find(kSeparator) + 1)];
  return *this;
}

void Dataset::Entry::note(const Period& p) {
  // Few distinct periods per indicator: a scan of a short vector beats a set per insert.
  // Figures mostly come in period order, so the scan starts after the last period found.
  std::vector<Period>& ps = *periods;
  const std::size_t n = ps.size();
  for (std::size_t k = 0; k < n; ++k) {
    std::size_t i = hint + k < n ? hint + k : hint + k - n;
    if (ps[i] == p) {
      hint = i + 1;
      return;
    }
  }
  ps.push_back(p);
  hint = ps.size();
}

Dataset::Writer Dataset::writer(const std::string& unit, const std::string& indicator) {
  auto it = series_.find(Parts{unit, indicator});
  if (it == series_.end()) {
    std::string key;
    key.reserve(unit.size() + 1 + indicator.size());
    key += unit;
    key += kSeparator;
    key += indicator;
    it = series_.emplace(std::move(key), Entry{}).first;
    it->second.periods = &periods_[indicator];
  }
  Writer w;
  w.entry_ = &it->second;
  return w;
}

bool Dataset::Writer::add(const Period& period, Value value) {
  auto [pos, fresh] = entry_->series.try_emplace(period, std::move(value));
  (void)pos;
  if (fresh) entry_->note(period);
  return fresh;
}

void Dataset::Writer::set(const Period& period, Value value) {
  auto [pos, fresh] = entry_->series.insert_or_assign(period, std::move(value));
  (void)pos;
  if (fresh) entry_->note(period);
}

void Dataset::Writer::erase(const Period& period) { entry_->series.erase(period); }

const Dataset::Series& Dataset::Writer::series() const { return entry_->series; }

void Dataset::set(const std::string& unit, const std::string& indicator, const Period& period, Value value) {
  writer(unit, indicator).set(period, std::move(value));
}

const Value* Dataset::get(std::string_view unit, std::string_view indicator, const Period& period) const {
  const Series* s = series(unit, indicator);
  if (!s) return nullptr;
  auto it = s->find(period);
  return it == s->end() ? nullptr : &it->second;
}

const Dataset::Series* Dataset::series(std::string_view unit, std::string_view indicator) const {
  auto it = series_.find(Parts{unit, indicator});
  // A writer may have made a series that got nothing: that is no series.
  return it == series_.end() || it->second.series.empty() ? nullptr : &it->second.series;
}

std::vector<Period> Dataset::periods(const std::string& indicator) const {
  auto it = periods_.find(indicator);
  if (it == periods_.end()) return {};
  std::vector<Period> out = it->second;
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<Period> Dataset::all_periods() const {
  std::set<Period> all;
  for (const auto& [ind, ps] : periods_) all.insert(ps.begin(), ps.end());
  return {all.begin(), all.end()};
}

Dataset dataset_from(const std::vector<Observation>& observations) {
  Dataset d;
  // Data files mostly list one gemeente's indicator over its periods in a row: reuse its writer.
  const Observation* last = nullptr;
  Dataset::Writer w;
  for (const Observation& o : observations) {
    if (!last || o.gemeente != last->gemeente || o.indicator != last->indicator) w = d.writer(o.gemeente, o.indicator);
    last = &o;
    Value v;
    v.waarde = o.waarde;
    v.status = o.status;
    v.source = &o;
    w.set(o.periode, v);
  }
  return d;
}

}  // namespace spiegel
