// A small map from period to value, kept as a sorted vector: a series holds a
// handful to a few dozen periods and is mostly filled in period order, so a
// vector beats a tree on lookups, iteration and memory. The interface is the
// part of std::map that Spiegel uses. Inserting may move the elements:
// do not keep pointers into a series while adding to it.
#pragma once

#include <algorithm>
#include <utility>
#include <vector>

#include "model/period.h"

namespace spiegel {

template <typename V>
class PeriodMap {
 public:
  using value_type = std::pair<Period, V>;
  using iterator = typename std::vector<value_type>::iterator;
  using const_iterator = typename std::vector<value_type>::const_iterator;

  iterator begin() { return items_.begin(); }
  iterator end() { return items_.end(); }
  const_iterator begin() const { return items_.begin(); }
  const_iterator end() const { return items_.end(); }
  bool empty() const { return items_.empty(); }
  std::size_t size() const { return items_.size(); }
  void reserve(std::size_t n) { items_.reserve(n); }

  const_iterator find(const Period& p) const {
    auto it = lower_bound(p);
    return it != items_.end() && it->first == p ? it : items_.end();
  }
  iterator find(const Period& p) {
    auto it = lower_bound(p);
    return it != items_.end() && it->first == p ? it : items_.end();
  }
  std::size_t count(const Period& p) const { return find(p) != end() ? 1 : 0; }
  /// The value at `p`, which must be there.
  const V& at(const Period& p) const { return find(p)->second; }
  const_iterator upper_bound(const Period& p) const {
    return std::upper_bound(items_.begin(), items_.end(), p,
                            [](const Period& q, const value_type& e) { return q < e.first; });
  }

  /// Inserts unless `p` is there; appending in period order costs no search.
  std::pair<iterator, bool> try_emplace(const Period& p, V v) {
    if (items_.empty() || items_.back().first < p) {
      items_.emplace_back(p, std::move(v));
      return {items_.end() - 1, true};
    }
    auto it = lower_bound(p);
    if (it != items_.end() && it->first == p) return {it, false};
    return {items_.insert(it, value_type(p, std::move(v))), true};
  }
  /// Removes the value at `p`, if any; 1 when there was one.
  std::size_t erase(const Period& p) {
    auto it = find(p);
    if (it == items_.end()) return 0;
    items_.erase(it);
    return 1;
  }
  std::pair<iterator, bool> insert_or_assign(const Period& p, V v) {
    auto [it, fresh] = try_emplace(p, v);
    if (!fresh) it->second = std::move(v);
    return {it, fresh};
  }

 private:
  const_iterator lower_bound(const Period& p) const {
    return std::lower_bound(items_.begin(), items_.end(), p,
                            [](const value_type& e, const Period& q) { return e.first < q; });
  }
  iterator lower_bound(const Period& p) {
    return std::lower_bound(items_.begin(), items_.end(), p,
                            [](const value_type& e, const Period& q) { return e.first < q; });
  }
  std::vector<value_type> items_;
};

}  // namespace spiegel
