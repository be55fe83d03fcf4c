// Reading the user's files: one place that turns an unreadable file into a Dutch error.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace spiegel {

/// The largest file Spiegel reads: far above a national monitor's data (10 MB a
/// year), and a bound on memory for an endless input such as /dev/zero.
inline constexpr std::size_t kMaxFileBytes = std::size_t{256} << 20;

/// Reads a whole file, up to kMaxFileBytes; throws spiegel::Error naming `shown`
/// (the path as the user knows it).
std::string read_file(const std::filesystem::path& path, const std::string& shown);

/// Writes `text` as the whole of `path`: first beside it (path + ".tmp"),
/// then renamed over it, so an interrupted write never leaves half a file.
/// Refuses a `path` that is a symbolic link: Spiegel writes nothing through a
/// link. Throws spiegel::Error naming `shown`.
void replace_file(const std::filesystem::path& path, std::string_view text, const std::string& shown);

/// Writes `text` to `path` only if nothing is there yet (not even a link),
/// also when two run at once: Spiegel never overwrites what a researcher
/// wrote. Throws spiegel::Error naming `shown` ("bestaat al; …" when it exists).
void create_new_file(const std::filesystem::path& path, std::string_view text, const std::string& shown);

/// The path as shown in messages: relative to `root` when below it, else as given.
std::string display_path(const std::filesystem::path& path, const std::filesystem::path& root);

}  // namespace spiegel
