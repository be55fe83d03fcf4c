// Whom a gemeente is set beside, the same in its benchmark tables and its
// charts: the members of its referentiegroep, and its groups with Nederland last.
#pragma once

#include <string>
#include <vector>

#include "compute/site_data.h"

namespace spiegel {

/// The members of the gemeente's referentiegroep, by name as a reader looks it up.
std::vector<const Gemeente*> peers_of(const SiteData& site, const Gemeente& gemeente);

/// The referentiegroep, the gemeente's other groups (groepen.yaml order), Nederland last.
std::vector<const Group*> default_groups(const SiteData& site, const Gemeente& gemeente);

/// "Referentiegroep" for a gemeente's referentiegroep, else the group's name as shown.
std::string group_label(const SiteData& site, const Group& g);

/// The same inside a sentence: "de referentiegroep", "Nederland".
std::string group_in_sentence(const SiteData& site, const Group& g);

}  // namespace spiegel
