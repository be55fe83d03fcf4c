// The write stage: the site appears whole or not at all. Files are written
// into a fresh folder beside the output, which then takes its place; files
// whose bytes did not change are hard links to the old ones, so their
// modification times stay as they were.
#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace spiegel {

/// Replaces `out` with exactly `files` (relative path → bytes). Throws spiegel::Error
/// when `out` cannot be written or looks like something other than a Spiegel site.
/// On any failure `out` is left as it was.
void write_site(const std::filesystem::path& out, const std::map<std::string, std::string>& files);

}  // namespace spiegel
