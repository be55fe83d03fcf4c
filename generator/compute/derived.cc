#include "compute/derived.h"

#include <algorithm>
#include <cmath>

namespace spiegel {

namespace {

const Value* find(const Dataset::Series* s, const Period& p) {
  if (!s) return nullptr;
  auto it = s->find(p);
  return it == s->end() ? nullptr : &it->second;
}

using Bucket = std::vector<std::pair<double, Derived*>>;

/// The bucket of period `p`, looked for from `cursor` on (the caller walks its
/// periods in order); made when missing.
Bucket& bucket_for(PeriodMap<Bucket>& buckets, std::size_t& cursor, const Period& p) {
  auto it = buckets.begin() + static_cast<std::ptrdiff_t>(std::min(cursor, buckets.size()));
  if (it != buckets.end() && it->first == p) {
    cursor = static_cast<std::size_t>(it - buckets.begin()) + 1;
    return it->second;
  }
  auto [pos, fresh] = buckets.try_emplace(p, Bucket{});
  (void)fresh;
  cursor = static_cast<std::size_t>(pos - buckets.begin()) + 1;
  return pos->second;
}

/// Assigns rank and decile to every entry of one indicator and period.
void rank_bucket(const Indicator& ind, std::vector<std::pair<double, Derived*>>& bucket) {
  std::sort(bucket.begin(), bucket.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  const int n = static_cast<int>(bucket.size());
  for (int i = 0; i < n;) {
    int j = i;
    while (j < n && bucket[j].first == bucket[i].first) ++j;
    for (int k = i; k < j; ++k) {
      bucket[k].second->rang = i + 1;
      bucket[k].second->met_waarde = n;
      if (ind.eenheid == Unit::deciel)
        // Already a decile, over the population the source ranked; re-ranking the monitor's
        // subset would give Deventer's 2 a 3.
        bucket[k].second->deciel = own_decile(bucket[k].first);
      else if (n >= kMinGemeentenForDecile)
        bucket[k].second->deciel = decile(n - j, j - i, n);
    }
    i = j;
  }
}

}  // namespace

std::optional<int> own_decile(double value) {
  const double r = std::round(value);
  if (r < 1 || r > 10 || std::abs(value - r) > 1e-9) return std::nullopt;
  return static_cast<int>(r);
}

std::optional<double> index_of(const Value* value, const Value* base) {
  if (!usable(value) || !usable(base) || *base->waarde == 0) return std::nullopt;
  return 100.0 * *value->waarde / *base->waarde;
}

std::vector<int> competition_ranks(const std::vector<double>& values) {
  std::vector<std::size_t> order(values.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] > values[b]; });
  std::vector<int> ranks(values.size());
  for (std::size_t i = 0; i < order.size(); ++i)
    ranks[order[i]] =
        (i > 0 && values[order[i]] == values[order[i - 1]]) ? ranks[order[i - 1]] : static_cast<int>(i) + 1;
  return ranks;
}

int decile(int below, int equal, int n) {
  if (n <= 0) return 0;
  // Position from the bottom, 1-based, taking the middle of a block of ties.
  double position = below + (equal + 1) / 2.0;
  int d = static_cast<int>(std::ceil(10.0 * position / n - 1e-9));
  return std::clamp(d, 1, 10);
}

DerivedFigures::DerivedFigures(const Content& content) : gemeente_index_(content.registry.by_code) {
  for (std::size_t i = 0; i < content.indicators.size(); ++i) indicator_index_[content.indicators[i].id] = i;
  table_.resize(content.registry.gemeenten.size() * content.indicators.size());
}

DerivedSeries& DerivedFigures::slot(std::size_t gemeente, std::size_t indicator) {
  return table_[gemeente * indicator_index_.size() + indicator];
}

const DerivedSeries* DerivedFigures::series(const std::string& code, const std::string& indicator) const {
  auto g = gemeente_index_.find(code);
  auto i = indicator_index_.find(indicator);
  if (g == gemeente_index_.end() || i == indicator_index_.end()) return nullptr;
  const auto& s = table_[g->second * indicator_index_.size() + i->second];
  return s.empty() ? nullptr : &s;
}

const Derived* DerivedFigures::get(const std::string& code, const std::string& indicator, const Period& period) const {
  const DerivedSeries* s = series(code, indicator);
  if (!s) return nullptr;
  auto it = s->find(period);
  return it == s->end() ? nullptr : &it->second;
}

DerivedFigures derive_figures(const Content& content, const Dataset& data, const std::optional<Period>& basis,
                              const std::string& national) {
  DerivedFigures out(content);
  const auto& gemeenten = content.registry.gemeenten;
  for (std::size_t ii = 0; ii < content.indicators.size(); ++ii) {
    const Indicator& ind = content.indicators[ii];
    const Dataset::Series* nl = national.empty() ? nullptr : data.series(national, ind.id);
    // Per period the gemeenten with a value, for ranking; each series is walked in
    // period order, so a cursor finds the bucket (and Nederland's figure) without a search.
    PeriodMap<std::vector<std::pair<double, Derived*>>> buckets;
    for (std::size_t gi = 0; gi < gemeenten.size(); ++gi) {
      const Dataset::Series* series = data.series(gemeenten[gi].code, ind.id);
      if (!series) continue;
      DerivedSeries& slot = out.slot(gi, ii);
      slot.reserve(series->size());  // the buckets below keep pointers into it
      const Value* base = basis ? find(series, *basis) : nullptr;
      const Value* prev_value = nullptr;
      Period prev_period;
      std::size_t bucket = 0;
      auto nl_at = nl ? nl->begin() : Dataset::Series::const_iterator{};
      for (const auto& [p, v] : *series) {
        Derived& d = slot.try_emplace(p, Derived{}).first->second;
        // The series is in period order: the previous period, if present, is the element before.
        const Value* prev = prev_value && prev_period == p.previous() ? prev_value : find(series, p.previous());
        prev_value = &v;
        prev_period = p;
        if (!usable(&v)) continue;
        const double x = *v.waarde;
        bucket_for(buckets, bucket, p).emplace_back(x, &d);
        d.index = index_of(&v, base);
        if (usable(base)) d.verandering_basis = x - *base->waarde;
        if (usable(prev)) d.verandering_vorige = x - *prev->waarde;
        const Value* n = nullptr;
        if (nl) {
          while (nl_at != nl->end() && !(nl_at->first == p) && nl_at->first < p) ++nl_at;
          if (nl_at != nl->end() && nl_at->first == p) n = &nl_at->second;
        }
        if (usable(n)) {
          if (*n->waarde != 0) d.nederland_100 = 100.0 * x / *n->waarde;
          d.nederland = compare(ind, x, *n->waarde);
        }
      }
    }
    for (auto& [p, bucket] : buckets) rank_bucket(ind, bucket);
  }
  return out;
}

}  // namespace spiegel
