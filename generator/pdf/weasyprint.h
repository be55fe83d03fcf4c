// The renderers `spiegel pdf` runs as child processes: WeasyPrint for a page,
// poppler's pdfunite to bind the reports into one monitor. Found on PATH
// before anything is built, so a missing tool costs the user no build.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace spiegel {

/// The program `name` as the shell would find it: a name with a '/' as it is,
/// else the first executable file of that name in the folders of `path_env`
/// (PATH); nullopt when there is none.
std::optional<std::filesystem::path> find_program(const std::string& name, const char* path_env);

/// The arguments after the program for rendering the page `input` into `output`:
/// PDF/UA-1 (tagged, with the title shown and the language), which WeasyPrint
/// 57.2 makes from Spiegel's pages without complaint but an "experimental" warning.
std::vector<std::string> weasyprint_arguments(const std::filesystem::path& input, const std::filesystem::path& output);

/// What to tell a user without WeasyPrint, with the command that installs it.
std::string weasyprint_missing_message();

/// The same for pdfunite, which --bundel needs.
std::string pdfunite_missing_message();

}  // namespace spiegel
