// How a block looks in place: a labelled box with its number, its judgement
// (norm) and its links to related blocks.
#pragma once

#include <string>
#include <vector>

#include "model/content.h"
#include "text/blocks.h"

namespace spiegel {

/// The HTML of `block` in its report, with `inner` as its rendered Markdown;
/// for an aanbeveling, `history` is what the follow-up register says of it,
/// oldest first (the latest stands out, the rest behind "Verloop").
std::string block_html(const Block& block, const BlockScan& all, const std::vector<const FollowUp*>& history = {});

}  // namespace spiegel
