// The renderers `spiegel pdf` runs as child processes: WeasyPrint for a page,
// poppler's pdfunite to bind the reports into one monitor. Found on PATH
// (find_program) before anything is built, so a missing tool costs the user no build.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/program_path.h"

namespace spiegel {

/// The arguments after the program for rendering a page, given on standard
/// input, into `output`, styled with `stylesheet` (the site's spiegel.css):
/// PDF/UA-1 (tagged, with the title shown and the language), which WeasyPrint
/// 57.2 makes from Spiegel's pages without complaint but an "experimental"
/// warning. The page comes on standard input without a base address
/// (`--base-url ""`) so that its links stay as they are on the site
/// (../../indicatoren/…): a PDF viewer follows them from the PDF beside the
/// page. From a file, WeasyPrint would make each one a file:// address in the
/// folder the page was rendered in, which is gone afterwards. The price: the
/// page's own <link> to the stylesheet and a relative <img> are not loaded;
/// the stylesheet comes with --stylesheet instead.
std::vector<std::string> weasyprint_arguments(const std::filesystem::path& stylesheet,
                                              const std::filesystem::path& output);

/// What to tell a user without WeasyPrint, with the command that installs it.
std::string weasyprint_missing_message();

/// The same for pdfunite, which --bundel needs.
std::string pdfunite_missing_message();

}  // namespace spiegel
