#include "check/site_checker.h"

#include <algorithm>

#include "check/html_scanner.h"
#include "check/link_checker.h"
#include "check/page_checker.h"

namespace spiegel {

CheckResult check_site(const SiteFiles& files, const std::string& basis_url) {
  // Two passes: the ids of every page must be known before any #fragment can be checked.
  SiteIndex index;
  index.basis_url = basis_url;
  std::map<std::string, std::vector<HtmlToken>> pages;
  for (const auto& [path, bytes] : files) {
    index.files.insert(path);
    if (path.ends_with(".html") || path.ends_with(".svg")) {
      std::vector<HtmlToken> tokens = scan_html(bytes);
      index.ids[path] = page_ids(tokens);
      if (path.ends_with(".html")) pages.emplace(path, std::move(tokens));
    }
  }
  CheckResult result;
  std::map<std::string, ExternalLink> external;
  for (const auto& [path, tokens] : pages) {
    check_page(path, tokens, result.problems);
    check_page_links(path, tokens, index, result.problems, external);
  }
  for (const auto& [path, bytes] : files)
    if (path.ends_with(".css")) check_css_links(path, bytes, index, result.problems, external);
  std::stable_sort(result.problems.begin(), result.problems.end());
  for (auto& [url, link] : external) result.external.push_back(std::move(link));
  return result;
}

}  // namespace spiegel
