// How a block looks in place: a labelled box with its number, its judgement
// (norm) and its links to related blocks.
#pragma once

#include <string>

#include "text/blocks.h"

namespace spiegel {

/// The HTML of `block` in its report, with `inner` as its rendered Markdown.
std::string block_html(const Block& block, const BlockScan& all);

}  // namespace spiegel
