#include "check/site_checker.h"

#include <algorithm>

#include "check/html_scanner.h"
#include "check/link_checker.h"
#include "check/page_checker.h"

namespace spiegel {

CheckResult check_site(const SiteFiles& files, const std::string& basis_url,
                       const std::map<std::string, SourceMap>* source_maps) {
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
    const SourceMap* map = nullptr;
    if (source_maps)
      if (auto it = source_maps->find(path); it != source_maps->end()) map = &it->second;
    const std::size_t first = result.problems.size();
    check_page(path, tokens, result.problems, map);
    check_page_links(path, tokens, index, result.problems, external);
    if (!map) continue;
    for (std::size_t i = first; i < result.problems.size(); ++i)
      if (auto loc = map->find(result.problems[i].line)) result.problems[i].source = std::move(*loc);
    for (auto& [url, link] : external)
      if (link.file == path && link.source.file.empty())
        if (auto loc = map->find(link.line)) link.source = std::move(*loc);
  }
  for (const auto& [path, bytes] : files)
    if (path.ends_with(".css")) check_css_links(path, bytes, index, result.problems, external);
  std::stable_sort(result.problems.begin(), result.problems.end());
  for (auto& [url, link] : external) result.external.push_back(std::move(link));
  return result;
}

}  // namespace spiegel
