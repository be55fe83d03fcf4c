// The write stage: the site appears whole or not at all, and only where it
// belongs. Files are written into a fresh folder beside the output, which then
// takes its place; files whose bytes did not change are hard links to the old
// ones, so their modification times stay as they were. What may be replaced is
// decided in output_folder.h; one build at a time is output_lock.h.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <string>

namespace spiegel {

struct WriteOptions {
  /// The project whose content/ and templates/ the output may not be in; empty: not checked.
  std::filesystem::path project;
  /// Called once when another build is writing the same output and this one waits.
  std::function<void()> on_wait;
};

/// Replaces `out` with exactly `files` (relative path → bytes) and the manifest
/// .spiegel-site. Every name must be a plain relative path ("a/b.html": no "..",
/// ".", empty or absolute parts); nothing is written through a link. A link as
/// `out` is followed: its target is updated. Throws spiegel::Error when `out`
/// cannot be written or is not a folder Spiegel may replace (output_folder.h).
/// On any failure `out` is left as it was.
void write_site(const std::filesystem::path& out, const std::map<std::string, std::string>& files,
                const WriteOptions& options = {});

}  // namespace spiegel
