#include "check/link_checker.h"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>

#include "base/link_policy.h"
#include "check/link_resolver.h"

namespace spiegel {

namespace {

/// The attributes that hold a URL, per tag. srcset holds a list.
bool is_url_attribute(const std::string& tag, const std::string& attr) {
  static const std::pair<std::string_view, std::string_view> kPairs[] = {
      {"a", "href"},     {"area", "href"},      {"link", "href"},  {"img", "src"},          {"img", "srcset"},
      {"source", "src"}, {"source", "srcset"},  {"script", "src"}, {"iframe", "src"},       {"embed", "src"},
      {"video", "src"},  {"video", "poster"},   {"audio", "src"},  {"track", "src"},        {"object", "data"},
      {"use", "href"},   {"use", "xlink:href"}, {"image", "href"}, {"image", "xlink:href"}, {"input", "src"}};
  return std::any_of(std::begin(kPairs), std::end(kPairs),
                     [&](const auto& p) { return p.first == tag && p.second == attr; });
}

/// The URLs of a srcset value: "a.png 1x, b.png 2x" → a.png, b.png.
std::vector<std::string> srcset_urls(const std::string& value) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos < value.size()) {
    std::size_t comma = value.find(',', pos);
    if (comma == std::string::npos) comma = value.size();
    std::string item = value.substr(pos, comma - pos);
    std::size_t b = item.find_first_not_of(" \t\n");
    if (b != std::string::npos) {
      std::size_t e = item.find_first_of(" \t\n", b);
      out.push_back(item.substr(b, e == std::string::npos ? std::string::npos : e - b));
    }
    pos = comma + 1;
  }
  return out;
}

/// Checks one URL found at `file`:`line`; `is_image` when it can only be
/// shown as a picture (img, a stylesheet's url()).
void check_url(const std::string& file, int line, const std::string& url, bool is_page_link, bool is_image,
               const SiteIndex& index, std::vector<CheckProblem>& problems,
               std::map<std::string, ExternalLink>& external) {
  // Texts are held to link_policy when they are rendered, but a project's own
  // templates can hold any link. A picture may carry itself as data: — an
  // image never runs script.
  if (!is_allowed_link(url) && !(is_image && link_scheme(url) == "data")) {
    problems.push_back({file, line, disallowed_link_message(url), {}});
    return;
  }
  LinkTarget target = resolve_link(file, url, index.basis_url);
  switch (target.kind) {
    case LinkTarget::Kind::ignored:
      return;
    case LinkTarget::Kind::external: {
      auto [it, fresh] = external.try_emplace(target.url, ExternalLink{target.url, file, line, 0, {}});
      ++it->second.count;
      return;
    }
    case LinkTarget::Kind::outside:
      problems.push_back({file, line, fmt::format("'{}' wijst naar een plek boven de map van de site", url), {}});
      return;
    case LinkTarget::Kind::internal:
      break;
  }
  std::string path = target.path;
  if (!index.files.count(path) && index.files.count(path + "/index.html")) path += "/index.html";
  if (!index.files.count(path)) {
    problems.push_back({file,
                        line,
                        is_page_link ? fmt::format("de link '{}' wijst naar {}, dat niet in de site staat", url, path)
                                     : fmt::format("het bestand '{}' ({}) ontbreekt in de site", url, path),
                        {}});
    return;
  }
  if (target.fragment.empty() || target.fragment == "top") return;
  auto ids = index.ids.find(path);
  if (ids == index.ids.end()) return;  // a fragment of a CSV or image: nothing to check
  if (!ids->second.count(target.fragment))
    problems.push_back({file,
                        line,
                        path == file ? fmt::format("het anker '#{}' bestaat niet in deze pagina", target.fragment)
                                     : fmt::format("het anker '#{}' bestaat niet in {}", target.fragment, path),
                        {}});
}

}  // namespace

void check_page_links(const std::string& file, const std::vector<HtmlToken>& tokens, const SiteIndex& index,
                      std::vector<CheckProblem>& problems, std::map<std::string, ExternalLink>& external) {
  for (const HtmlToken& t : tokens) {
    if (t.kind != HtmlToken::Kind::start_tag) continue;
    for (const auto& [attr, value] : t.attributes) {
      if (!is_url_attribute(t.name, attr)) continue;
      bool page_link = t.name == "a" || t.name == "area" ||
                       (t.name == "link" && t.attribute("rel") && *t.attribute("rel") != "stylesheet" &&
                        *t.attribute("rel") != "icon");
      bool image = t.name == "img" || t.name == "image" || t.name == "source" || attr == "poster" ||
                   (t.name == "input" && attr == "src");
      if (attr == "srcset") {
        for (const std::string& url : srcset_urls(value))
          check_url(file, t.line, url, false, image, index, problems, external);
      } else {
        check_url(file, t.line, value, page_link, image, index, problems, external);
      }
    }
  }
}

void check_css_links(const std::string& file, const std::string& css, const SiteIndex& index,
                     std::vector<CheckProblem>& problems, std::map<std::string, ExternalLink>& external) {
  auto line_at = [&](std::size_t pos) {
    return 1 + static_cast<int>(std::count(css.begin(), css.begin() + static_cast<std::ptrdiff_t>(pos), '\n'));
  };
  // Comments could hold url( examples; they are blanked first, keeping newlines.
  std::string text = css;
  for (std::size_t a = text.find("/*"); a != std::string::npos; a = text.find("/*", a)) {
    std::size_t b = text.find("*/", a + 2);
    b = b == std::string::npos ? text.size() : b + 2;
    for (std::size_t i = a; i < b; ++i)
      if (text[i] != '\n') text[i] = ' ';
    a = b;
  }
  for (std::size_t at = text.find("url("); at != std::string::npos; at = text.find("url(", at + 4)) {
    std::size_t from = at + 4, to = text.find(')', from);
    if (to == std::string::npos) break;
    std::string url = text.substr(from, to - from);
    url.erase(0, url.find_first_not_of(" \t\n\"'"));
    url.erase(url.find_last_not_of(" \t\n\"'") + 1);
    if (!url.empty() && url.front() != '#') check_url(file, line_at(at), url, false, true, index, problems, external);
  }
  for (std::size_t at = text.find("@import"); at != std::string::npos; at = text.find("@import", at + 7)) {
    std::size_t q = text.find_first_of("\"'", at);
    if (q == std::string::npos || text.find(';', at) < q) continue;  // @import url(…) was handled above
    std::size_t e = text.find(text[q], q + 1);
    if (e == std::string::npos) break;
    check_url(file, line_at(at), text.substr(q + 1, e - q - 1), false, true, index, problems, external);
  }
}

}  // namespace spiegel
