// Which file of the site a request names. `serve` answers only from the
// in-memory site, and only with a path this function made: a request cannot
// name anything outside the site, however it is encoded.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace spiegel {

/// The site path (relative, '/'-separated, as in SiteFiles) that a request
/// target such as "/gemeenten/deventer/?x=1" names: query and fragment dropped,
/// percent escapes decoded once, empty and '.' segments dropped, and
/// "index.html" added for a directory ("/" and paths ending in '/').
/// nullopt for a target that is not a path ("http://…", "*"), a bad escape,
/// a NUL or backslash, or any '..' segment: those are answered 404, never
/// resolved, so "/a/../b" does not quietly become "/b".
std::optional<std::string> site_path_for(std::string_view target);

/// The Content-Type for a site path, by extension; text types carry charset=utf-8.
std::string content_type_for(std::string_view path);

}  // namespace spiegel
