// Expanding groepen.yaml into concrete groups with members: one group for
// `alle`, `bereik` and `leden`, one per distinct value for `per_kolom`.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "model/content.h"

namespace spiegel {

/// A concrete group of gemeenten.
struct Group {
  std::string id;      ///< `nederland`, or `jeugdregio:IJsselland` for a per_kolom group
  std::string naam;    ///< display name, {waarde} filled in
  std::string def_id;  ///< the groepen.yaml entry it comes from
  std::string waarde;  ///< the column value, for per_kolom groups; the gemeente's code for a referentiegroep
  std::vector<std::size_t> members;  ///< indexes into registry.gemeenten, in registry order
  bool berekenen = true;             ///< compute aggregates over the members (else only figures given as data)
};

/// The def_id of every gemeente's referentiegroep; its id is `referentiegroep:GM0150`.
inline constexpr const char* kReferentiegroep = "referentiegroep";

/// Expands every GroupDef; unknown columns and member codes are errors at the groepen.yaml line.
std::vector<Group> expand_groups(const Content& content, Diagnostics& diags);

/// One group per gemeente that has a referentiegroep: from its report's front matter, else
/// from groepen.yaml `referentiegroepen:`. Codes not in the registry are left out (validate reports them).
std::vector<Group> reference_groups(const Content& content);

/// The groups a gemeente belongs to, in groepen.yaml order (its own per_kolom values etc.).
std::vector<const Group*> groups_of(const std::vector<Group>& groups, std::size_t gemeente);

}  // namespace spiegel
