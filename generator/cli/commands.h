// The subcommands, one thin file each: they wire the stages together and
// talk to the terminal; no stage knows about the command line.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "model/content.h"
#include "site/editions.h"

namespace spiegel {

/// Exit codes: 0 success, 1 errors in content or templates, 2 wrong usage.
enum ExitCode { kOk = 0, kContentError = 1, kUsageError = 2 };

/// `spiegel build [DIR] [--uitvoer OUT] [--strikt] [--concepten] [--zonder-zoeken] [--context PAGE]`
int run_build(const std::vector<std::string>& args);

/// `spiegel serve [DIR] [--poort N] [--adres ADDR] [--zonder-zoeken] [--edities]`: preview with live reload (with
/// every edition); returns on Ctrl-C.
int run_serve(const std::vector<std::string>& args);

/// `spiegel check [DIR] [--concepten] [--zonder-zoeken] [--edities]`: build in memory (with every edition), then
/// check links, anchors, assets, ids and text alternatives.
int run_check(const std::vector<std::string>& args);

/// `spiegel new gemeente <naam|code> [DIR] [--toevoegen]`: writes content/gemeenten/<slug>.md;
/// never overwrites. A gemeente only the national list knows: prints its
/// gemeenten.csv row, or with --toevoegen adds it first.
int run_new(const std::vector<std::string>& args);

/// `spiegel import STATLINE.csv --koppeling KOPPELING.yaml [--uitvoer BESTAND] [--project DIR]
/// [--indicatoren BESTAND]`: a CBS StatLine download in Spiegel's long format, to BESTAND or
/// standard output; names the columns it leaves out, and gives an indicatoren.yaml fragment for
/// the indicators DIR/content/indicatoren.yaml does not define yet.
int run_import(const std::vector<std::string>& args);

/// `spiegel pdf [DIR] [slug ...] [--bundel] [-j N] [--uitvoer OUT] [--strikt] [--concepten] [--zonder-zoeken]
/// [--edities]`: the build plus gemeenten/<slug>/rapport.pdf of each (chosen) report, with --bundel also
/// monitor.pdf, with --edities also of every report of every earlier edition.
int run_pdf(const std::vector<std::string>& args);

/// `spiegel diff VAN NAAR [DIR]`: per report, the indicators whose position beside Nederland
/// changed and the largest moves in rank between two editions (git tags editie-*, or `actueel`).
int run_diff(const std::vector<std::string>& args);

/// Prints "spiegel: <message>" and the hint to use --help; returns kUsageError.
int usage_error(const std::string& message);

/// Prints the warnings and errors, then "spiegel: 3 fouten; <consequence>"
/// ("de site is niet bijgewerkt"); returns kContentError.
int content_errors(const Diagnostics& diags, const std::string& consequence);

/// The option that leaves search out, for build, check, pdf and serve.
inline constexpr const char* kWithoutSearch = "--zonder-zoeken";

/// The Pagefind that makes the site's search index (search/pagefind.h), or
/// nullopt for a site without search: asked with --zonder-zoeken, or none
/// found, which it says once.
std::optional<std::filesystem::path> search_tool(const std::filesystem::path& project, bool without_search);

/// Says which texts marked `concept: true` the build left out, if any.
void note_concepts_left_out(const Content& content);

/// The site's files for build and pdf: with `editions` (--edities) the live site and
/// every git tag editie-<jaar> (site/editions.h), else the live site alone; nullopt
/// on errors, which are in `diags`. `out` is where the site goes.
std::optional<SiteFiles> site_files(const std::filesystem::path& dir, const Project& project,
                                    const std::filesystem::path& out, Diagnostics& diags, const BuildOptions& options,
                                    bool editions, EditionsOutcome& outcome);

/// Says which editions were built and which kept, or how to make one when there are none.
void note_editions(const EditionsOutcome& outcome);

}  // namespace spiegel
