// With `anonimiseren: true` no page may give away which gemeente it is about:
// the real name or code of an anonymised gemeente in any output file fails the
// build. The check reads each file as a reader or a search engine would
// (base/text_normalise.h): "DEVENTER", "Dev<em>en</em>ter", "Deven&shy;ter",
// a name broken over two lines and https://www.deventer.nl all count. It runs
// at the end of the pipeline (site/pipeline.h build_site), so build, check and
// serve all do it.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "compute/site_data.h"
#include "model/content.h"

namespace spiegel {

/// One leak found in an output file.
struct AnonymityFinding {
  std::size_t gemeente = 0;  ///< which anonymised gemeente: its place among them by code
  std::string path;          ///< the output file
  int line = 0;
  std::string message;
};

/// For `spiegel serve`: what the last check found in each output file without a
/// source text (open data, sitemap, overviews), with a hash of the file's bytes.
/// While the SiteData stays the same, a file with the same hash is not read
/// again: after a text edit on a national monitor that skips the open data,
/// about 90 of 115 MB. Its owner clears it with the SiteData (site/pipeline.h BuildCache).
struct AnonymityMemo {
  struct File {
    std::size_t hash = 0;
    std::vector<AnonymityFinding> found;
  };
  std::map<std::string, File> files;
};

/// Reports, per output file (path → bytes) and anonymised gemeente, the first
/// place where its name, a common variant of it ('s-Hertogenbosch, Den Bosch,
/// Hertogenbosch), its code or its web address occurs, with the words around
/// it. `sources` gives the text an output file comes from, if any, so that the
/// message can point there too.
void check_anonymity(const SiteData& site, const std::map<std::string, std::string>& files,
                     const std::map<std::string, const Document*>& sources, Diagnostics& diags,
                     AnonymityMemo* memo = nullptr);

}  // namespace spiegel
