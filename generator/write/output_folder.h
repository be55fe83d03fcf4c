// Which folder a build may replace. Spiegel replaces only what it can show it
// made: a folder with its list of files (.spiegel-site) and nothing else in
// it, an empty folder, or none. Before this list, any folder with a
// sitemap.xml was taken for a site, and a user's folder with one lost its
// other files and its .git/.
#pragma once

#include <filesystem>
#include <map>
#include <set>
#include <string>

namespace spiegel {

/// The list of the files of a site, written into the site by write_site.
inline constexpr const char* kManifestName = ".spiegel-site";

/// The manifest for `files`: a comment saying what the folder is, then one
/// name per line, sorted, so the same site gives the same bytes.
std::string manifest_text(const std::map<std::string, std::string>& files);

/// The folder the output `out` stands for: absolute, with links followed, so
/// that a `site` that links to ../deploy/site updates ../deploy/site. Throws
/// spiegel::Error when `out` is a link to a folder that does not exist.
std::filesystem::path resolve_output(const std::filesystem::path& out);

/// Throws spiegel::Error when `real_out` (from resolve_output) is in, or is,
/// the project's content/ or templates/: the next build would read the site.
void refuse_output_in_project(const std::filesystem::path& real_out, const std::filesystem::path& project,
                              const std::string& shown);

/// Throws spiegel::Error unless `real_out` may be replaced: missing, empty, or
/// a site Spiegel made, with no file or link in it that is not in its manifest.
/// Returns the regular files of the old site (relative, '/'-separated), reached
/// without links, which write_site may hard-link into the new one. `shown` is
/// the output as the user named it.
std::set<std::string> check_replaceable(const std::filesystem::path& real_out, const std::string& shown);

/// A new, empty folder beside `out`: .site.spiegel-<what>-1234. Made with
/// mkdir, so it is ours even if something else picks names beside it.
std::filesystem::path make_sibling_folder(const std::filesystem::path& out, const char* what);

/// A private folder beside the output (.site.spiegel-pdf-1234) for work that
/// needs files (PDF renders, editions read from git), removed with this object.
class ScratchFolder {
 public:
  /// `real_out` as resolve_output gives it; its parent is made if missing.
  ScratchFolder(const std::filesystem::path& real_out, const char* what);
  ~ScratchFolder();
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace spiegel
