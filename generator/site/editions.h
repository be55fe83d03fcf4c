// `spiegel build --edities`: the live site and every earlier edition in one
// site. An edition is a git tag editie-<jaar> (load/git_editions.h); its
// content is built through the same pipeline, with the project's current
// theme, into edities/<jaar>/. The current theme, because every page of every
// edition must carry the list of editions and an earlier one its band: the
// old templates know nothing of either, and one look for all editions is what
// a reader expects of one site.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "load/git_editions.h"
#include "site/pipeline.h"

namespace spiegel {

/// Which editions were built and which were taken over from the site as it was.
struct EditionsOutcome {
  std::vector<std::string> built, kept;  ///< by jaar
};

/// The file in each edition's folder that says what it was built from, so
/// that the next build can keep an edition that would come out the same.
inline constexpr const char* kEditionMark = ".spiegel-editie";

/// The content of `tag` (editie-2023, one of the project's editions), read
/// from git into `scratch` and loaded as a build would; nullopt when that
/// fails (the errors, the tag before each file, in `diags`).
std::optional<SiteData> load_edition(const std::filesystem::path& project, const EditionTag& tag,
                                     const std::filesystem::path& scratch, Diagnostics& diags,
                                     const BuildOptions& options = {});

/// Builds `live` (the project at `project`) and the editions into one site.
/// An edition whose tag commit, theme, Spiegel version, options and list of
/// editions are what made the one in the site at `real_out` (as resolve_output
/// gives it) is taken from there unchanged. Problems go to `diags`, those of
/// an edition with its tag before the file ("editie-2023:content/…");
/// nullopt when there are errors.
std::optional<SiteFiles> build_with_editions(const std::filesystem::path& project, const Project& live,
                                             const std::filesystem::path& real_out, Diagnostics& diags,
                                             const BuildOptions& options, EditionsOutcome* outcome = nullptr);

}  // namespace spiegel
