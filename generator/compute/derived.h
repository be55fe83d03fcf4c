// The figures derived per gemeente, indicator and period: index against the
// basisperiode, rank and decile among the gemeenten of gemeenten.csv with a
// value, the change since the previous and the base period, and the comparison
// with Nederland.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "compute/compare.h"
#include "compute/dataset.h"
#include "compute/period_map.h"
#include "model/content.h"

namespace spiegel {

/// 100 × value / value in the basisperiode: the index of benchmark.csv, the
/// tables and `waarde als=index`, for gemeenten and groups alike. Empty when
/// either is missing or geheim, or the base is 0.
std::optional<double> index_of(const Value* value, const Value* base);

/// A decile is computed only when at least this many gemeenten have a figure in
/// the period: among 28 gemeenten "deciel 10" would name the best three, and
/// among two it would say nothing at all. Below it the rank stands alone.
inline constexpr int kMinGemeentenForDecile = 30;

/// The derived figures of one gemeente's value; empty where not defined (geheim, missing, no base).
struct Derived {
  std::optional<double> index;  ///< 100 × value / value in the basisperiode
  std::optional<int> rang;      ///< 1 for the highest value in this period
  int met_waarde = 0;           ///< gemeenten ranked in this period
  /// 1–10, 10 holding the highest values; empty below kMinGemeentenForDecile gemeenten with a
  /// figure. For an indicator in `eenheid: deciel` the value itself, as the source computed it.
  std::optional<int> deciel;
  std::optional<double> verandering_vorige;  ///< value − value in the previous period
  std::optional<double> verandering_basis;   ///< value − value in the basisperiode
  std::optional<double> nederland_100;       ///< 100 × value / Nederland's value (Nederland = 100)
  std::optional<Comparison> nederland;       ///< the value beside Nederland's, with the judgement
};

/// Competition ranks, 1 for the highest: equal values share the best rank (1, 2, 2, 4).
std::vector<int> competition_ranks(const std::vector<double>& values);

/// The decile (1–10, 10 highest) of a value with `below` values under it and
/// `equal` values (itself included) the same, among `n`. Ties take the decile
/// of their middle position, so a block of equal values is not pushed to either end.
int decile(int below, int equal, int n);

/// The value of an indicator in `eenheid: deciel` as its decile: 1–10; empty for anything else (7,5 or 0).
std::optional<int> own_decile(double value);

/// The derived figures of one gemeente's indicator, by period.
using DerivedSeries = PeriodMap<Derived>;

/// Derived figures for every gemeente of the registry, keyed by code, indicator and period.
class DerivedFigures {
 public:
  DerivedFigures() = default;
  DerivedFigures(const Content& content);
  /// nullptr when the gemeente has no figure for that indicator and period.
  const Derived* get(const std::string& code, const std::string& indicator, const Period& period) const;
  /// Every period of one gemeente's indicator; nullptr when none.
  const DerivedSeries* series(const std::string& code, const std::string& indicator) const;
  DerivedSeries& slot(std::size_t gemeente, std::size_t indicator);

 private:
  // Own copies of the indexes: SiteData (which holds the Content) moves after computing.
  std::unordered_map<std::string, std::size_t> gemeente_index_;
  std::unordered_map<std::string, std::size_t> indicator_index_;
  std::vector<DerivedSeries> table_;  ///< gemeente × indicator
};

/// Computes the derived figures. `national` is the id of the Nederland group
/// ("" when there is none); `basis` the basisperiode, if set.
DerivedFigures derive_figures(const Content& content, const Dataset& data, const std::optional<Period>& basis,
                              const std::string& national);

}  // namespace spiegel
