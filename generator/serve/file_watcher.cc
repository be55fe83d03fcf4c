#include "serve/file_watcher.h"

namespace fs = std::filesystem;

namespace spiegel {

FileWatcher::FileWatcher(fs::path project, std::vector<std::string> folders)
    : project_(std::move(project)), folders_(std::move(folders)), last_(scan()) {}

std::map<std::string, FileWatcher::Stamp> FileWatcher::scan() const {
  std::map<std::string, Stamp> out;
  for (const std::string& folder : folders_) {
    std::error_code ec;
    fs::path root = project_ / folder;
    if (!fs::is_directory(root, ec)) continue;
    // A file removed while we walk is simply not seen this time; errors end
    // the walk of this folder rather than the server.
    for (fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end; it.increment(ec)) {
      std::error_code fec;
      if (!it->is_regular_file(fec)) continue;
      Stamp s{it->last_write_time(fec), it->file_size(fec)};
      if (fec) continue;
      out[folder + "/" + fs::relative(it->path(), root, fec).generic_string()] = s;
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
