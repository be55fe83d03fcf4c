#include "check/link_resolver.h"

#include <vector>

#include "base/basis_path.h"
#include "base/link_policy.h"
#include "base/text.h"

namespace spiegel {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// %XX decoded; a malformed escape is kept as written.
std::string percent_decode(std::string_view s) {
  auto hex = [](char c) {
    return is_digit(c) ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
  };
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
      out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

}  // namespace

LinkTarget resolve_link(std::string_view from, std::string_view href, std::string_view basis_url) {
  href = trim(href);
  LinkTarget t;
  std::string rooted;
  // `rooted` is appended to, not made as "/" + std::string(…): that made GCC 12
  // warn about an overlapping memcpy (-Wrestrict, a false positive).
  if (!basis_url.empty() && href.starts_with(basis_url)) {
    rooted += '/';
    rooted += href.substr(basis_url.size());
    href = rooted;
  } else if (!basis_url.empty() && href.starts_with("/") && !href.starts_with("//")) {
    // A root-absolute link is inside the site only below basis_url's path
    // (/monitor/ for https://rekenkamer.example.nl/monitor/); elsewhere on
    // the host it is somebody else's page.
    std::string base = basis_path(basis_url);
    if (!href.starts_with(base)) {
      t.kind = LinkTarget::Kind::external;
      t.url = std::string(href);
      return t;
    }
    rooted += '/';
    rooted += href.substr(base.size());
    href = rooted;
  }
  std::string scheme = link_scheme(href);
  if (scheme == "data" || scheme == "blob") {
    t.kind = LinkTarget::Kind::ignored;
    return t;
  }
  if (!scheme.empty() || href.starts_with("//")) {
    t.kind = LinkTarget::Kind::external;
    t.url = std::string(href);
    return t;
  }
  std::string_view path = href;
  if (std::size_t hash = path.find('#'); hash != std::string_view::npos) {
    t.fragment = percent_decode(path.substr(hash + 1));
    path = path.substr(0, hash);
  }
  if (std::size_t q = path.find('?'); q != std::string_view::npos) path = path.substr(0, q);
  std::string decoded = percent_decode(path);
  if (decoded.empty()) {
    t.path = std::string(from);
    return t;
  }

  std::vector<std::string> segments;
  if (decoded.front() != '/') {
    std::string_view dir = from.substr(0, from.rfind('/') == std::string_view::npos ? 0 : from.rfind('/'));
    std::size_t pos = 0;
    while (!dir.empty() && pos <= dir.size()) {
      std::size_t slash = dir.find('/', pos);
      if (slash == std::string_view::npos) slash = dir.size();
      segments.emplace_back(dir.substr(pos, slash - pos));
      pos = slash + 1;
    }
  }
  bool folder = false;
  std::size_t pos = 0;
  while (pos <= decoded.size()) {
    std::size_t slash = decoded.find('/', pos);
    if (slash == std::string::npos) slash = decoded.size();
    std::string segment = decoded.substr(pos, slash - pos);
    pos = slash + 1;
    folder = segment.empty() || segment == "." || segment == "..";
    if (segment.empty() || segment == ".") continue;
    if (segment == "..") {
      if (segments.empty()) {
        t.kind = LinkTarget::Kind::outside;
        return t;
      }
      segments.pop_back();
      continue;
    }
    segments.push_back(std::move(segment));
  }
  for (const std::string& s : segments) t.path += (t.path.empty() ? "" : "/") + s;
  if (folder || segments.empty()) t.path += t.path.empty() ? "index.html" : "/index.html";
  return t;
}

}  // namespace spiegel
