#include "compute/dataset.h"

#include <set>

namespace spiegel {

std::string Dataset::key(const std::string& unit, const std::string& indicator) {
  std::string k;
  k.reserve(unit.size() + indicator.size() + 1);
  k += unit;
  k += '\x1f';  // cannot occur in codes or ids
  k += indicator;
  return k;
}

void Dataset::set(const std::string& unit, const std::string& indicator, const Period& period, Value value) {
  series_[key(unit, indicator)][period] = value;
  periods_[indicator][period] += 1;
}

const Value* Dataset::get(const std::string& unit, const std::string& indicator, const Period& period) const {
  const Series* s = series(unit, indicator);
  if (!s) return nullptr;
  auto it = s->find(period);
  return it == s->end() ? nullptr : &it->second;
}

const Dataset::Series* Dataset::series(const std::string& unit, const std::string& indicator) const {
  auto it = series_.find(key(unit, indicator));
  return it == series_.end() ? nullptr : &it->second;
}

std::vector<Period> Dataset::periods(const std::string& indicator) const {
  std::vector<Period> out;
  auto it = periods_.find(indicator);
  if (it != periods_.end())
    for (const auto& [p, n] : it->second) out.push_back(p);
  return out;
}

std::vector<Period> Dataset::all_periods() const {
  std::set<Period> all;
  for (const auto& [ind, ps] : periods_)
    for (const auto& [p, n] : ps) all.insert(p);
  return {all.begin(), all.end()};
}

Dataset dataset_from(const std::vector<Observation>& observations) {
  Dataset d;
  for (const Observation& o : observations) {
    Value v;
    v.waarde = o.waarde;
    v.status = o.status;
    v.source = &o;
    d.set(o.gemeente, o.indicator, o.periode, v);
  }
  return d;
}

}  // namespace spiegel
