// Checks that every link and asset reference of the site resolves: the file
// exists in the site, and a #fragment names an id in the target page.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "check/findings.h"
#include "check/html_scanner.h"

namespace spiegel {

/// What links can point at: every file of the site, and the ids of each page.
struct SiteIndex {
  std::set<std::string> files;
  std::map<std::string, std::set<std::string>> ids;  ///< by site path, for .html and .svg files
  std::string basis_url;  ///< from spiegel.yaml: absolute links below it are links into the site
};

/// Checks the links (href, src, srcset, poster, data) of page `file`.
/// External links are added to `external` (url → where first seen, count).
void check_page_links(const std::string& file, const std::vector<HtmlToken>& tokens, const SiteIndex& index,
                      std::vector<CheckProblem>& problems, std::map<std::string, ExternalLink>& external);

/// Checks url(…) and @import references of stylesheet `file`.
void check_css_links(const std::string& file, const std::string& css, const SiteIndex& index,
                     std::vector<CheckProblem>& problems, std::map<std::string, ExternalLink>& external);

}  // namespace spiegel
