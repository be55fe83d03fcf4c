// content/opvolging.csv, the follow-up register (contract): per aanbeveling
// and peildatum what became of it.
//
//   aanbeveling,peildatum,status,toelichting
//   deventer#a-onderbouwing,2022-03-01,in_uitvoering,De raad vroeg om een plan.
//
// An aanbeveling is named as rapport#id: the report's file name without .md
// and the id of its block, as in the address of its page (gemeenten/deventer/#a-onderbouwing).
// Whether that aanbeveling exists is checked once the reports are read
// (validate/follow_up.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "model/content.h"

namespace spiegel {

/// The rows of `text` (the file `file`), sorted by rapport, aanbeveling and
/// peildatum. A row with an error is left out; the errors, with file:line:column
/// and a suggestion where one is close, go to `diags`.
std::vector<FollowUp> load_follow_up(std::string_view text, const std::string& file, Diagnostics& diags);

}  // namespace spiegel
