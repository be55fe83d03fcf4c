#include "serve/site_response.h"

#include "base/percent_encode.h"
#include "serve/live_reload.h"
#include "serve/request_path.h"

namespace spiegel {

namespace {

constexpr std::string_view kHtml = "text/html; charset=utf-8";

SiteReply html_reply(int status, std::string_view html, const ServedSite& site) {
  return {status, std::string(kHtml), inject_reload_script(html, site.generation), {}};
}

SiteReply not_found(const ServedSite& site) {
  auto it = site.files.find("404.html");
  if (it != site.files.end()) return html_reply(404, it->second, site);
  return html_reply(
      404, "<!DOCTYPE html><html lang=\"nl\"><title>Niet gevonden</title><h1>Pagina niet gevonden</h1></html>", site);
}

/// "/<path>/", encoded: where a request for a folder without its slash is sent.
/// Appended piece by piece: "/" + std::string made GCC 12 warn about an
/// overlapping memcpy (-Wrestrict, a false positive).
std::string folder_location(std::string_view path) {
  std::string out(1, '/');
  out += percent_encode_path(path);
  out += '/';
  return out;
}

}  // namespace

namespace {

SiteReply answer_in_site(const ServedSite& site, std::string_view target, const SiteFiles* search) {
  std::optional<std::string> path = site_path_for(target);
  bool failing = !site.error_html.empty();
  if (!path) return failing ? html_reply(500, site.error_html, site) : not_found(site);
  bool is_html = path->ends_with(".html");
  if (failing && is_html) return html_reply(500, site.error_html, site);

  auto it = site.files.find(*path);
  if (it != site.files.end()) {
    if (is_html) return html_reply(200, it->second, site);
    return {200, content_type_for(*path), it->second, {}};
  }
  if (search)
    if (auto found = search->find(*path); found != search->end())
      return {200, content_type_for(*path), found->second, {}};
  // "/gemeenten/deventer" is the folder "/gemeenten/deventer/": without the
  // slash the page's relative links would point one level too high.
  if (site.files.count(*path + "/index.html")) return {301, std::string(kHtml), {}, folder_location(*path)};
  return failing ? html_reply(500, site.error_html, site) : not_found(site);
}

}  // namespace

SiteReply answer_request(const ServedSite& site, std::string_view target, const SiteFiles* search) {
  SiteReply reply = answer_in_site(site, target, search);
  if (reply.status == 404 && site.base_path.size() > 1 && target.starts_with(site.base_path))
    return answer_in_site(site, target.substr(site.base_path.size() - 1), search);
  return reply;
}

}  // namespace spiegel
