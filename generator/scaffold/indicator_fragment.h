// After `spiegel import`, the indicators of the koppeling that indicatoren.yaml
// does not define yet: a fragment to paste, so the next build does not stop
// at an unknown indicator without saying what to add.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "load/content_keys.h"

namespace spiegel {

using content_keys::kFillIn;

/// indicatoren.yaml entries for `indicators` (StatLine column, indicator id),
/// each with every key the contract requires (id, naam, eenheid) and the ones
/// a reader sees (thema, bron, definitie, aggregatie). What Spiegel cannot know
/// is a quoted placeholder starting with kFillIn; `eenheid` and `aggregatie`
/// left so make the build fail, naming the line. Valid YAML as it stands.
std::string indicator_fragment(const std::vector<std::pair<std::string, std::string>>& indicators,
                               std::string_view source_file);

}  // namespace spiegel
