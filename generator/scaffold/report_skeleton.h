// `spiegel new gemeente`: the first version of a report, so a researcher
// starts from the sections every rekenkamer report has instead of a blank file.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/content.h"

namespace spiegel {

/// The gemeente of the registry `wanted` names: a CBS code (GM0150, gm0150,
/// 0150, 150), a name or slug (case, accents and punctuation do not count), or
/// a common name from the national list (Den Haag for 's-Gravenhage).
/// nullptr when none matches.
const Gemeente* find_gemeente(const Registry& registry, std::string_view wanted);

/// The closest name or code to `wanted` in the registry or the national list,
/// for "bedoelt u …?"; "" when none is close.
std::string suggest_gemeente(const Registry& registry, std::string_view wanted);

/// The report title for a monitor titled `monitor_title`: "Monitor jeugdhulp:
/// vijf gemeenten vergeleken" gives "Jeugdhulp in Deventer".
std::string report_title(std::string_view monitor_title, const std::string& naam);

/// The whole file: front matter (gemeente, titel, and the referentiegroep from
/// groepen.yaml when it has one, names in a comment) and the standard sections
/// as headings, each with a hint in an HTML comment, which the site does not show.
std::string report_skeleton(const Content& content, const Gemeente& gemeente);

}  // namespace spiegel
