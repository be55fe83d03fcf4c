#include "serve/file_watcher.h"

#include "base/project_folder.h"

namespace fs = std::filesystem;

namespace spiegel {

FileWatcher::FileWatcher(fs::path project, std::vector<std::string> folders)
    : project_(std::move(project)), folders_(std::move(folders)), last_(scan()) {}

std::map<std::string, FileWatcher::Stamp> FileWatcher::scan() const {
  std::map<std::string, Stamp> out;
  for (const std::string& folder : folders_) {
    // The build's own listing: no link is followed, so a loop cannot stop the
    // server. A refused link is watched by its name alone, so adding or
    // removing one starts a build that shows or clears its error.
    FolderListing listing = list_project_folder(project_, folder);
    for (const std::string& path : listing.refused) out[path] = Stamp{};
    for (const std::string& path : listing.files) {
      // A file removed while we look is simply not seen this time.
      std::error_code ec;
      fs::path p = project_ / path;
      Stamp s{fs::last_write_time(p, ec), 0};
      if (!ec) s.size = fs::file_size(p, ec);
      if (!ec) out[path] = s;
    }
  }
  return out;
}

std::vector<FileChange> FileWatcher::poll() {
  std::map<std::string, Stamp> now = scan();
  std::vector<FileChange> changes;
  auto a = last_.begin(), b = now.begin();
  while (a != last_.end() || b != now.end()) {
    if (b == now.end() || (a != last_.end() && a->first < b->first)) {
      changes.push_back({a->first, FileChange::Type::removed});
      ++a;
    } else if (a == last_.end() || b->first < a->first) {
      changes.push_back({b->first, FileChange::Type::added});
      ++b;
    } else {
      if (!(a->second == b->second)) changes.push_back({b->first, FileChange::Type::modified});
      ++a;
      ++b;
    }
  }
  last_ = std::move(now);
  return changes;
}

}  // namespace spiegel
