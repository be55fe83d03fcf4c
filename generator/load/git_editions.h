// The monitor's earlier editions: git tags editie-<jaar> in the project's
// history, read with git itself (it must be installed for `--edities`).
// git archive hands over a tagged tree without touching the user's working
// tree, index or branches, and needs no library Debian would have to add;
// a tree is read into a scratch folder of Spiegel's own.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace spiegel {

/// One edition: a tag editie-<jaar>.
struct EditionTag {
  std::string jaar;    ///< what follows "editie-": "2023"; only letters, digits, '.', '_' and '-'
  std::string tag;     ///< "editie-2023"
  std::string commit;  ///< the commit the tag names (an annotated tag peeled)
};

/// The tags editie-* of the repository `project` is in, oldest name first.
/// Throws spiegel::Error (in Dutch) when git is not installed, `project` is
/// not in a git repository, or a tag's name cannot be a folder name.
/// `scratch` is a folder of the caller's own for git's output.
std::vector<EditionTag> edition_tags(const std::filesystem::path& project, const std::filesystem::path& scratch);

/// The project folder as it was in `tag`'s commit, written into `into` (made
/// if missing). Throws spiegel::Error when git or tar fails.
void extract_edition(const std::filesystem::path& project, const EditionTag& tag, const std::filesystem::path& into,
                     const std::filesystem::path& scratch);

}  // namespace spiegel
