// What `serve` answers to a request, decided without any network code, so
// that path handling is tested directly: only files of the in-memory site can
// be answered, and every HTML page gets the live-reload script.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "render/site_renderer.h"

namespace spiegel {

/// The site as `serve` currently shows it.
struct ServedSite {
  SiteFiles files;               ///< the last site that built; kept while a build fails, for its assets
  std::string error_html;        ///< the error page while the last build failed, else empty
  std::uint64_t generation = 1;  ///< version number for live reload
  /// The path of basis_url ("/monitor/"): 404.html links from there, so a
  /// request below it that is not found is tried again without it.
  std::string base_path = "/";
};

/// One answer: status, type and body, and for a redirect the Location.
struct SiteReply {
  int status = 200;
  std::string content_type;
  std::string body;
  std::string location;  ///< set for 301
};

/// The answer to a GET of `target` (the request target as sent: path and query),
/// from `site` or else from `search`, the search index (pagefind/…), which
/// serve makes after the pages and keeps apart from them.
/// Unknown and unsafe paths get the site's 404.html with status 404; a folder
/// without its slash is redirected so relative links work; while a build
/// fails, pages are the error page with status 500.
SiteReply answer_request(const ServedSite& site, std::string_view target, const SiteFiles* search = nullptr);

}  // namespace spiegel
