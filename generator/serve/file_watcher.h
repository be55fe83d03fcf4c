// Noticing saved files by polling modification times and sizes. Polling a
// few hundred files every 200 ms costs next to nothing, works the same on
// every file system (network shares and editors that replace files included)
// and needs no platform API.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace spiegel {

/// One file that appeared, changed or disappeared.
struct FileChange {
  enum class Type { added, modified, removed };
  std::string path;  ///< relative to the project, '/'-separated: content/gemeenten/deventer.md
  Type type = Type::modified;
};

/// Watches folders of a project (recursively) for changed files. It lists them
/// as the build does (base/project_folder.h): a link is reported by its name
/// when it comes or goes, and never followed.
class FileWatcher {
 public:
  /// Watches `folders` (relative to `project`, e.g. "content", "templates");
  /// a folder that does not exist yet is watched from when it appears.
  FileWatcher(std::filesystem::path project, std::vector<std::string> folders);

  /// Every change since the previous call (or since construction), sorted by path.
  std::vector<FileChange> poll();

 private:
  struct Stamp {
    std::filesystem::file_time_type mtime;
    std::uintmax_t size = 0;
    bool operator==(const Stamp&) const = default;
  };
  std::map<std::string, Stamp> scan() const;

  std::filesystem::path project_;
  std::vector<std::string> folders_;
  std::map<std::string, Stamp> last_;
};

}  // namespace spiegel
