// Listing a folder of a project (content/, templates/) without following
// symbolic links. A link in a project can point anywhere: a template named
// after its target was written outside the site, a text linked to a system
// file was read and quoted in an error, and a loop of links aborted the
// build. Links are refused rather than resolved: a link that stays inside
// the project is one copy away from a real file, and refusing needs no rules
// about where "inside" ends. Build, serve and check all list through here.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "base/diagnostics.h"

namespace spiegel {

struct FolderListing {
  /// Regular files, relative to the project and '/'-separated ("content/gemeenten/aa.md"), sorted.
  std::vector<std::string> files;
  /// Entries that are not read: links and other non-files, in the same form, sorted.
  std::vector<std::string> refused;
  /// One per refused entry or unreadable folder, in path order.
  std::vector<Diagnostic> problems;
};

/// Lists `project/folder` recursively. Nothing is followed and nothing throws:
/// a link (also a broken one or a loop) or a special file is a problem with its
/// path; a missing folder is an empty listing. Emacs's lock links (".#name")
/// are left out. write/output_folder lists an old site with it too.
FolderListing list_project_folder(const std::filesystem::path& project, const std::string& folder);

}  // namespace spiegel
