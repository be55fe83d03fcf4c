// Which link targets a page may carry. Texts and templates are written by
// many hands and the site is published under a municipality's name: a
// javascript:, vbscript: or data: link runs code in the reader's browser. So
// only web, mail and phone links and links within the site are allowed; the
// Markdown renderer makes anything else an error, and `spiegel check` a
// problem.
#pragma once

#include <string>
#include <string_view>

namespace spiegel {

/// The scheme of `url` as a browser reads it, in lower case: leading and
/// trailing spaces and control characters ignored and tabs and newlines
/// inside removed, as the URL standard does (so " java\tscript:" is
/// javascript). "" for a link without a scheme: x.pdf, ../x/index.html,
/// #anker, //host/x, and also %20javascript:… (percent-escapes are not undone
/// before the scheme, so that is a relative path).
std::string link_scheme(std::string_view url);

/// Whether a page may link to `url`: http, https, mailto, tel or no scheme.
bool is_allowed_link(std::string_view url);

/// The Dutch message for a link that is not allowed; control characters in
/// `url` are shown as %XX so that the message shows what is there.
std::string disallowed_link_message(std::string_view url);

}  // namespace spiegel
