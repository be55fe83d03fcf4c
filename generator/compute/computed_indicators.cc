#include "compute/computed_indicators.h"

#include <fmt/format.h>

#include <cmath>
#include <map>

#include "base/text.h"

namespace spiegel {

std::vector<const Indicator*> computation_order(const std::vector<Indicator>& indicators, Diagnostics& diags) {
  std::map<std::string, const Indicator*> by_id;
  for (const Indicator& i : indicators) by_id[i.id] = &i;
  enum class Mark { none, visiting, done, broken };
  std::map<std::string, Mark> mark;
  std::vector<const Indicator*> order;
  // Depth-first: an indicator goes into the order after its teller and noemer.
  auto visit = [&](auto& self, const Indicator& ind) -> bool {
    Mark& m = mark[ind.id];
    if (m == Mark::done) return true;
    if (m == Mark::broken) return false;
    if (m == Mark::visiting) {
      diags.error(ind.loc, fmt::format("indicator '{}' wordt (via teller of noemer) uit zichzelf berekend", ind.id));
      m = Mark::broken;
      return false;
    }
    m = Mark::visiting;
    bool ok = true;
    for (const std::string* part : {&ind.teller, &ind.noemer}) {
      auto it = by_id.find(*part);
      if (it != by_id.end() && !it->second->teller.empty()) ok = self(self, *it->second) && ok;
    }
    if (m == Mark::broken) return false;  // a cycle through this indicator was reported below
    m = ok ? Mark::done : Mark::broken;
    if (ok) order.push_back(&ind);
    return ok;
  };
  for (const Indicator& i : indicators)
    if (!i.teller.empty() && !i.noemer.empty()) visit(visit, i);
  return order;
}

std::optional<Value> compute_ratio(const Indicator& indicator, const Value* teller, const Value* noemer) {
  if (!teller || !noemer) return std::nullopt;
  Value out;
  out.origin = Origin::computed;
  if (teller->status == Status::geheim || noemer->status == Status::geheim) {
    out.status = Status::geheim;  // shown as x: the source withholds an input
    return out;
  }
  if (!teller->waarde || !noemer->waarde || std::abs(*noemer->waarde) < kSmallestNoemer) return std::nullopt;
  out.waarde = *teller->waarde / *noemer->waarde * indicator.factor;
  if (teller->status == Status::voorlopig || noemer->status == Status::voorlopig) out.status = Status::voorlopig;
  out.herberekend = teller->herberekend || noemer->herberekend;
  return out;
}

void add_computed_indicators(const std::vector<Indicator>& indicators, const std::vector<std::string>& units,
                             Dataset& data, Diagnostics& diags) {
  for (const Indicator* ind : computation_order(indicators, diags)) {
    std::size_t zero = 0;
    std::string first_zero;
    for (const std::string& unit : units) {
      const Dataset::Series* teller = data.series(unit, ind->teller);
      const Dataset::Series* noemer = data.series(unit, ind->noemer);
      if (!teller || !noemer) continue;
      Dataset::Writer out = data.writer(unit, ind->id);
      for (const auto& [period, t] : *teller) {
        auto n = noemer->find(period);
        if (n == noemer->end()) continue;
        if (n->second.usable() && t.usable() && std::abs(*n->second.waarde) < kSmallestNoemer && zero++ == 0)
          first_zero = fmt::format(
              "{} {}{}", unit, period.key(),
              n->second.source ? fmt::format(", {}:{}", n->second.source->loc.file, n->second.source->loc.line) : "");
        // add() keeps a figure given as data for the indicator itself.
        if (std::optional<Value> v = compute_ratio(*ind, &t, &n->second)) out.add(period, *v);
      }
    }
    if (zero > 0)
      diags.warning(ind->loc,
                    fmt::format("indicator '{}': de noemer '{}' is 0 bij {} (eerst bij {}); daar is geen "
                                "cijfer en staat –",
                                ind->id, ind->noemer, plural(zero, "waarneming", "waarnemingen"), first_zero));
  }
}

}  // namespace spiegel
