// How a block looks in place: a labelled box with its number, its judgement
// (norm) and its links to related blocks.
#pragma once

#include <string>

#include "render/blocks.h"

namespace spiegel {

/// The HTML of `block` in its report, with `inner` as its rendered Markdown.
std::string block_html(const Block& block, const BlockScan& all);

/// "Conclusie 3", "Aanbeveling 2", "Bestuurlijke reactie", "Kader: titel".
std::string block_title(const Block& block);

/// "conclusie 3" as a reference in running text.
std::string block_reference(const Block& block);

/// A norm's judgement in words and as a symbol (never colour alone).
struct NormJudgement {
  std::string word;    ///< "Voldoet", "Voldoet deels", "Voldoet niet"
  std::string symbol;  ///< ✔ ◐ ✘
};
NormJudgement judgement_of(const std::string& oordeel);

}  // namespace spiegel
