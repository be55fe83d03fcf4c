// Reading the user's files: one place that turns an unreadable file into a Dutch error.
#pragma once

#include <filesystem>
#include <string>

namespace spiegel {

/// Reads a whole file; throws spiegel::Error naming `shown` (the path as the user knows it).
std::string read_file(const std::filesystem::path& path, const std::string& shown);

/// The path as shown in messages: relative to `root` when below it, else as given.
std::string display_path(const std::filesystem::path& path, const std::filesystem::path& root);

}  // namespace spiegel
