// Where a link in a page of the site points, resolved as a browser would.
#pragma once

#include <string>
#include <string_view>

namespace spiegel {

/// What an href or src names.
struct LinkTarget {
  enum class Kind {
    internal,  ///< a file of the site: `path`, maybe with `fragment`
    external,  ///< http, https, mailto, tel, //host… : listed, not fetched
    ignored,   ///< data: and blob: URLs carry their content
    outside,   ///< a relative path that climbs above the site's root
  };
  Kind kind = Kind::internal;
  std::string path;      ///< internal: site path ('/'-separated); a folder ends in index.html
  std::string fragment;  ///< after '#', percent-decoded; empty when none
  std::string url;       ///< external: the link as written
};

/// Resolves `href` as found in site page `from` (e.g. gemeenten/deventer/index.html).
/// An absolute link that starts with `basis_url` (spiegel.yaml) is a link into
/// the site, like the canonical link of each page.
LinkTarget resolve_link(std::string_view from, std::string_view href, std::string_view basis_url = {});

}  // namespace spiegel
