// libFuzzer target for the HTML tokenizer and everything `check` runs on a
// page. Besides crashes and sanitizer reports it checks what the checks rely
// on: tag and attribute names are lower case, lines never go backwards or
// past the page's end, and checking a site made of the input never throws.
// Built with -DSPIEGEL_FUZZ=ON (clang): bench/fuzz.sh html_scanner_fuzz.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "check/html_scanner.h"
#include "check/link_resolver.h"
#include "check/site_checker.h"

namespace {

#define require(ok)                                                               \
  do {                                                                            \
    if (!(ok)) {                                                                  \
      std::fprintf(stderr, "html_scanner_fuzz.cc:%d: %s faalt\n", __LINE__, #ok); \
      std::abort();                                                               \
    }                                                                             \
  } while (0)

bool lower_case(const std::string& s) {
  return std::none_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string html(reinterpret_cast<const char*>(data), size);
  int lines = 1 + static_cast<int>(std::count(html.begin(), html.end(), '\n'));
  int last = 1;
  for (const spiegel::HtmlToken& t : spiegel::scan_html(html)) {
    require(t.line >= last && t.line <= lines);
    last = t.line;
    require(lower_case(t.name));
    for (const auto& [name, value] : t.attributes) require(lower_case(name));
    if (t.kind == spiegel::HtmlToken::Kind::text) require(t.name.empty());
  }
  // The input as a link from a nested page: an internal result never climbs out.
  spiegel::LinkTarget target = spiegel::resolve_link("a/b/index.html", html, "https://x.nl/m/");
  if (target.kind == spiegel::LinkTarget::Kind::internal) {
    require(!target.path.starts_with("/"));
    require(target.path != ".." && !target.path.starts_with("../") && target.path.find("/../") == std::string::npos);
  }
  spiegel::SiteFiles files = {{"index.html", html}, {"a/b/index.html", html}, {"spiegel.css", html}};
  spiegel::CheckResult r = spiegel::check_site(files, "https://x.nl/m/");
  for (const auto& p : r.problems) require(files.count(p.file));
  return 0;
}
