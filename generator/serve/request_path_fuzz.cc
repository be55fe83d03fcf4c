// libFuzzer target for what `serve` does with a request target: the input is
// the target as a browser (or anything else on the network) sends it. It
// checks the promise of request_path.h, that a path it makes can only name a
// file of the in-memory site, and that every answer is one of the four kinds
// site_response.h describes. Built with -DSPIEGEL_FUZZ=ON (clang):
// bench/fuzz.sh request_path_fuzz.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "serve/request_path.h"
#include "serve/site_response.h"

namespace {

#define require(ok)                                                               \
  do {                                                                            \
    if (!(ok)) {                                                                  \
      std::fprintf(stderr, "request_path_fuzz.cc:%d: %s faalt\n", __LINE__, #ok); \
      std::abort();                                                               \
    }                                                                             \
  } while (0)

/// Whether `path` is relative, without '..', '.' or empty segments, NUL or backslash.
bool inside_site(std::string_view path) {
  if (path.empty() || path.front() == '/' || path.find('\0') != std::string_view::npos ||
      path.find('\\') != std::string_view::npos)
    return false;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    std::string_view segment = path.substr(start, end - start);
    if (segment.empty() || segment == "." || segment == "..") return false;
    start = end + 1;
  }
  return true;
}

spiegel::ServedSite make_site() {
  spiegel::ServedSite site;
  site.files = {{"index.html", "<!doctype html><html><body>Voorpagina</body></html>"},
                {"404.html", "<!doctype html><html><body>Niet gevonden</body></html>"},
                {"gemeenten/aa/index.html", "<!doctype html><html><body>Aa</body></html>"},
                {"gemeenten/aa/rapport.pdf", "%PDF-1.7"},
                {"spiegel.css", "body{}"}};
  site.base_path = "/monitor/";
  return site;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const spiegel::ServedSite site = make_site();
  static const spiegel::SiteFiles search = {{"pagefind/pagefind.js", "export {}"}};
  std::string_view target(reinterpret_cast<const char*>(data), size);

  if (std::optional<std::string> path = spiegel::site_path_for(target)) {
    require(inside_site(*path));
    require(!spiegel::content_type_for(*path).empty());
  }
  spiegel::SiteReply reply = spiegel::answer_request(site, target, &search);
  require(reply.status == 200 || reply.status == 301 || reply.status == 404);
  require(!reply.content_type.empty());
  // "//host/…" would send the browser to another site.
  if (reply.status == 301) require(reply.location.starts_with('/') && !reply.location.starts_with("//"));
  if (reply.status == 200 && !reply.content_type.starts_with("text/html")) {
    bool known = false;
    for (const auto& file : site.files) known = known || file.second == reply.body;
    for (const auto& file : search) known = known || file.second == reply.body;
    require(known);  // only the site's own files, byte for byte
  }
  if (reply.status == 404) require(reply.body.find("Niet gevonden") != std::string::npos);
  return 0;
}
