// The git revision of the project folder, read from .git itself: Spiegel runs
// no git (it may not be installed where sites are built) and needs only the
// commit HEAD names, for the colofon.
#pragma once

#include <filesystem>
#include <string>

namespace spiegel {

/// The commit HEAD of `project` names, abbreviated to 7 characters: from
/// .git/HEAD, a loose ref or packed-refs, also in a worktree (.git a file with
/// "gitdir: …"). "" when `project` is not the top of a git checkout or the
/// revision cannot be read (a new repository without commits).
std::string git_revision(const std::filesystem::path& project);

}  // namespace spiegel
