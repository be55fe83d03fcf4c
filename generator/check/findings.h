// What `check` finds: problems (which fail the check) and external links
// (which are listed, never fetched: a check must not depend on the network).
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.h"

namespace spiegel {

/// One problem in one file of the built site.
struct CheckProblem {
  std::string file;     ///< site path: gemeenten/deventer/index.html
  int line = 0;         ///< 1-based, 0 when unknown
  std::string message;  ///< Dutch
  SourceLoc source;     ///< the text or template line the HTML comes from; file empty when unknown

  bool operator<(const CheckProblem& o) const {
    return file != o.file ? file < o.file : line != o.line ? line < o.line : message < o.message;
  }
};

/// A link that leaves the site (http, https, mailto…), where it first occurs.
struct ExternalLink {
  std::string url;
  std::string file;
  int line = 0;
  int count = 1;     ///< how often the site links to it
  SourceLoc source;  ///< the text or template line of the first link; file empty when unknown
};

/// Everything `check` found in a site.
struct CheckResult {
  std::vector<CheckProblem> problems;  ///< sorted by file and line
  std::vector<ExternalLink> external;  ///< sorted by url, one entry per url
};

}  // namespace spiegel
