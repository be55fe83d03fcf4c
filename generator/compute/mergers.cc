#include "compute/mergers.h"

#include <algorithm>
#include <set>

namespace spiegel {

std::vector<std::vector<const Merger*>> merger_groups(const std::vector<Merger>& mergers) {
  std::vector<std::vector<const Merger*>> out;
  for (const Merger& m : mergers) {
    if (out.empty() || out.back().front()->per != m.per || out.back().front()->nieuw != m.nieuw) out.emplace_back();
    out.back().push_back(&m);
  }
  return out;
}

bool summable(const Indicator& indicator, const std::vector<Indicator>& all) {
  if (indicator.aggregatie == Aggregation::som) return true;
  return std::any_of(all.begin(), all.end(),
                     [&](const Indicator& i) { return i.teller == indicator.id || i.noemer == indicator.id; });
}

namespace {

/// The sum of the old gemeenten's figures in `period`; nullopt when one has none.
std::optional<Value> sum_of(const std::vector<const Merger*>& olds, const std::string& indicator, const Period& period,
                            const Dataset& data) {
  Value out;
  out.herberekend = true;
  double sum = 0;
  for (const Merger* m : olds) {
    const Value* v = data.get(m->oud, indicator, period);
    if (!v) return std::nullopt;
    if (v->status == Status::geheim) {
      out.status = Status::geheim;
      continue;
    }
    if (!v->waarde) return std::nullopt;
    sum += *v->waarde;
    if (v->status == Status::voorlopig && out.status == Status::none) out.status = Status::voorlopig;
  }
  if (out.status != Status::geheim) out.waarde = sum;
  return out;
}

}  // namespace

void recompute_mergers(const Content& content, Dataset& data) {
  for (const std::vector<const Merger*>& olds : merger_groups(content.herindelingen)) {
    const std::string& nieuw = olds.front()->nieuw;
    // The new gemeente keeps its code and took in the others.
    const bool continues = std::any_of(olds.begin(), olds.end(), [](const Merger* m) { return m->oud == m->nieuw; });
    const int before = olds.front()->per.month_index();  // a period counts when it ends before this month
    for (const Indicator& ind : content.indicators) {
      std::set<Period> periods;
      for (const Merger* m : olds)
        if (const Dataset::Series* s = data.series(m->oud, ind.id))
          for (const auto& [p, v] : *s)
            if (p.end_month() <= before) periods.insert(p);
      if (periods.empty()) continue;
      const bool counts = summable(ind, content.indicators);
      if (!counts && !continues) continue;  // nothing to add, nothing to take away
      Dataset::Writer out = data.writer(nieuw, ind.id);
      for (const Period& p : periods) {
        std::optional<Value> v = counts ? sum_of(olds, ind.id, p, data) : std::nullopt;
        if (v)
          continues ? out.set(p, *v) : (void)out.add(p, *v);
        else if (continues)
          out.erase(p);  // its old boundaries' figure is not today's
      }
    }
  }
}

}  // namespace spiegel
