// Finding a program Spiegel runs as a child process (WeasyPrint, pdfunite,
// Pagefind) the way the shell would.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace spiegel {

/// The program `name` as the shell would find it: a name with a '/' as it is,
/// else the first executable file of that name in the folders of `path_env`
/// (PATH); nullopt when there is none.
std::optional<std::filesystem::path> find_program(const std::string& name, const char* path_env);

}  // namespace spiegel
