// `spiegel build --edities`: the live site and every earlier edition in one
// site. An edition is a git tag editie-<jaar> (load/git_editions.h); its
// content is built through the same pipeline, with the project's current
// theme, into edities/<jaar>/. The current theme, because every page of every
// edition must carry the list of editions and an earlier one its band: the
// old templates know nothing of either, and one look for all editions is what
// a reader expects of one site.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "assemble/print_pages.h"
#include "load/git_editions.h"
#include "site/pipeline.h"

namespace spiegel {

/// Which editions were built and which were taken over from the site as it was.
struct EditionsOutcome {
  std::vector<std::string> built, kept;  ///< by jaar
  /// With `pdf_reports`: every report of the editions built (not kept), to print;
  /// its path below edities/<jaar>/ and its name with the edition: "Aa (editie 2023)".
  std::vector<PrintPage> to_print;
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

/// The earlier editions as the live build joins them.
struct EditionHistory {
  SiteFiles files;  ///< every earlier edition's files, below edities/<jaar>/
  EditionNav nav;   ///< the live edition first; `previous` and `figures` point into `sites`
  std::vector<std::string> earlier_aanbevelingen;  ///< rapport#id of every earlier edition's aanbevelingen
  std::vector<std::unique_ptr<SiteData>> sites;    ///< the editions loaded for their figures
  /// `options` for the live build: the list of editions on its pages (when there is
  /// more than one), the changes since the previous one, the register's earlier
  /// aanbevelingen. They point into this history, which must outlive that build.
  BuildOptions live_options(BuildOptions options) const;
};

/// The earlier editions of `live` (the project at `project`, with `theme`),
/// built or kept as build_with_editions says; nullopt when there are errors.
/// An edition is built without --strikt: it is published, frozen in its tag.
/// Keep its warnings apart from a strict live build's `diags`, which would make
/// them errors. `all_figures`: every edition's figures are loaded, not only
/// when a live text asks for one (serve, where a text may start to ask).
std::optional<EditionHistory> build_history(const std::filesystem::path& project, const SiteData& live,
                                            const Theme& theme, const std::filesystem::path& real_out,
                                            Diagnostics& diags, const BuildOptions& options,
                                            EditionsOutcome* outcome = nullptr, bool all_figures = false);

/// Builds `live` (the project at `project`) and the editions into one site.
/// An edition whose tag commit, theme, Spiegel version, options and list of
/// editions are what made the one in the site at `real_out` (as resolve_output
/// gives it) is taken from there unchanged. Problems go to `diags`, those of
/// an edition with its tag before the file ("editie-2023:content/…");
/// nullopt when there are errors. With `options.pdf_reports` (spiegel pdf) the
/// live reports named there link their PDF, and every report of an earlier
/// edition does: a kept edition keeps its PDFs, a built one lists its reports
/// in `outcome->to_print`.
std::optional<SiteFiles> build_with_editions(const std::filesystem::path& project, const Project& live,
                                             const std::filesystem::path& real_out, Diagnostics& diags,
                                             const BuildOptions& options, EditionsOutcome* outcome = nullptr);

}  // namespace spiegel
