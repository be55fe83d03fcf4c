// With `anonimiseren: true` no page may give away which gemeente it is about:
// the real name or code of an anonymised gemeente in any output file fails the
// build. The check reads each file as a reader or a search engine would
// (base/text_normalise.h): "DEVENTER", "Dev<em>en</em>ter", "Deven&shy;ter",
// a name broken over two lines and https://www.deventer.nl all count. It runs
// at the end of render_site, so build, check and serve all do it.
#pragma once

#include <map>
#include <string>

#include "base/diagnostics.h"
#include "compute/site_data.h"
#include "model/content.h"

namespace spiegel {

/// Reports, per output file (path → bytes) and anonymised gemeente, the first
/// place where its name, a common variant of it ('s-Hertogenbosch, Den Bosch,
/// Hertogenbosch), its code or its web address occurs, with the words around
/// it. `sources` gives the text an output file comes from, if any, so that the
/// message can point there too.
void check_anonymity(const SiteData& site, const std::map<std::string, std::string>& files,
                     const std::map<std::string, const Document*>& sources, Diagnostics& diags);

}  // namespace spiegel
