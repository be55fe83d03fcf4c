#include "write/output_lock.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "base/diagnostics.h"

namespace fs = std::filesystem;

namespace spiegel {

namespace {

[[noreturn]] void fail(const fs::path& file, int err) {
  Diagnostic d;
  d.loc.file = file.generic_string();
  d.message = fmt::format("het slot dat twee builds tegelijk in dezelfde map voorkomt, kan niet gemaakt worden: {}",
                          std::strerror(err));
  throw Error{std::move(d)};
}

int lock(int fd, int how) {
  int rc;
  do rc = flock(fd, how);
  while (rc != 0 && errno == EINTR);
  return rc;
}

}  // namespace

fs::path OutputLock::file_for(const fs::path& real_out) {
  return real_out.parent_path() / fmt::format(".{}.spiegel-slot", real_out.filename().string());
}

OutputLock::OutputLock(const fs::path& real_out, const std::function<void()>& on_wait) : file_(file_for(real_out)) {
  bool told = false;
  for (;;) {
    // O_NOFOLLOW: a link planted under this name must not make us create or
    // lock a file elsewhere.
    fd_ = open(file_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0666);
    if (fd_ < 0) fail(file_, errno);
    if (lock(fd_, LOCK_EX | LOCK_NB) != 0) {
      if (errno != EWOULDBLOCK) {
        int err = errno;
        close(fd_);
        fail(file_, err);
      }
      if (!told && on_wait) on_wait();
      told = true;
      if (lock(fd_, LOCK_EX) != 0) {
        int err = errno;
        close(fd_);
        fail(file_, err);
      }
    }
    // The build before us removed the file as it let go; a lock on a removed
    // file keeps out nobody, so we hold it only if the name is still this file.
    struct stat held, named;
    if (fstat(fd_, &held) == 0 && lstat(file_.c_str(), &named) == 0 && held.st_dev == named.st_dev &&
        held.st_ino == named.st_ino)
      return;
    close(fd_);
  }
}

OutputLock::~OutputLock() {
  // Removed while still held, so that no file is left beside the site and a
  // waiting build notices (above) that it must take a new one.
  unlink(file_.c_str());
  close(fd_);
}

}  // namespace spiegel
