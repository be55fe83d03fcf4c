// One build at a time per output. Two builds into one folder used to swap
// their halves in and out of each other's way, and now and then left a site
// with pages of both. The lock is a file beside the output (.site.spiegel-slot),
// held with flock(2): the kernel lets go when a build ends, also when it is
// killed, so a stale lock cannot block the next build.
#pragma once

#include <filesystem>
#include <functional>

namespace spiegel {

class OutputLock {
 public:
  /// Takes the lock of the output folder `real_out`, waiting for a build that
  /// holds it; `on_wait` is called once before waiting. Throws spiegel::Error
  /// when the lock file cannot be made.
  OutputLock(const std::filesystem::path& real_out, const std::function<void()>& on_wait);
  /// Removes the lock file and lets go.
  ~OutputLock();
  OutputLock(const OutputLock&) = delete;
  OutputLock& operator=(const OutputLock&) = delete;

  /// The lock file of `real_out`: .site.spiegel-slot beside site.
  static std::filesystem::path file_for(const std::filesystem::path& real_out);

 private:
  std::filesystem::path file_;
  int fd_ = -1;
};

}  // namespace spiegel
