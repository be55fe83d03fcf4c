// The compute stage in order: teller/noemer indicators, group aggregates (the
// source's group figures win), then the derived figures per gemeente.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <unordered_map>

#include "base/diagnostics.h"
#include "compute/derived.h"
#include "model/period.h"

namespace spiegel {

struct SiteData;
struct Group;

/// What compute adds to SiteData besides the figures in its Dataset.
struct Benchmark {
  std::unordered_map<std::string, std::size_t> group_index;      ///< group id → index in SiteData::groups
  std::unordered_map<std::string, std::size_t> reference_group;  ///< gemeente code → its referentiegroep's index
  std::string national;  ///< the Nederland group: id `nederland`, else the first `alle` group; "" when none
  std::map<std::string, Period> current;  ///< indicator id → the period it is shown for by default
  DerivedFigures derived;
};

/// Runs the benchmark on a site whose groups and observations are loaded.
void compute_benchmark(SiteData& site, Diagnostics& diags);

/// The indicator's latest period that ends no later than the peilperiode (an
/// annual 2019 figure for peilperiode 2020-H1); its first period when all are
/// later; the peilperiode when it has no figures.
Period current_period(const SiteData& site, const std::string& indicator);

/// The Nederland group, or nullptr.
const Group* national_group(const SiteData& site);

/// The referentiegroep of a gemeente as a group, or nullptr when it has none.
const Group* reference_group(const SiteData& site, const std::string& code);

/// A gemeente's (or group's) figure beside a group's in one period: the difference (percentage
/// points for procent, else absolute and relative) and where it stands; nullopt when either
/// figure is missing or geheim.
std::optional<Comparison> compare_with(const SiteData& site, const std::string& unit, const Indicator& indicator,
                                       const Period& period, const Group& group);

/// The month after a period's last month, counted like Period::start_month.
int period_end_month(const Period& p);

}  // namespace spiegel
