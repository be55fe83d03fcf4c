// Figures on today's boundaries for the periods before a merger of gemeenten
// (content/herindelingen.csv): the new gemeente's count is the sum of the
// counts of the gemeenten it was made of. Only counts add up, so only the
// indicators that are one are recomputed: those with `aggregatie: som` and
// every teller and noemer; the percentages computed from those follow. Of the
// others (a percentage or decile from the source) the old gemeenten's figures
// say nothing about the new one.
#pragma once

#include <string>
#include <vector>

#include "compute/dataset.h"
#include "model/content.h"

namespace spiegel {

/// The rows of `mergers` (by date and new code) of one merger each: one new gemeente on one date.
std::vector<std::vector<const Merger*>> merger_groups(const std::vector<Merger>& mergers);

/// Whether `indicator` is a count that may be summed over gemeenten.
bool summable(const Indicator& indicator, const std::vector<Indicator>& all);

/// For every merger in `content.herindelingen`, oldest first, and every period
/// that ends before its date: the new gemeente's figure of each summable
/// indicator is the sum of the old gemeenten's figures (marked `herberekend`;
/// voorlopig when one of them is, geheim when one is), if every old gemeente
/// has one. A figure the data give for the new gemeente itself is kept: the
/// source has recomputed it already. A gemeente that took in others under
/// its own code lists itself as an old one; its own figures of before are
/// its old boundaries, so they are replaced by the sum, or left out where
/// there is none.
void recompute_mergers(const Content& content, Dataset& data);

}  // namespace spiegel
