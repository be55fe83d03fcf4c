#include "write/site_writer.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <stdio.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <set>
#include <vector>

#include "base/diagnostics.h"
#include "base/parallel.h"
#include "write/output_folder.h"
#include "write/output_lock.h"

namespace fs = std::filesystem;

namespace spiegel {

namespace {

[[noreturn]] void fail(const std::string& shown, const std::string& message) {
  Diagnostic d;
  d.loc.file = shown;
  d.message = message;
  throw Error{std::move(d)};
}

/// A name of the site must stay inside it however it is joined: the names
/// come from the theme and the content, and a name with ".." once wrote
/// outside the site. A name must also fit on one line of the manifest.
void check_name(const std::string& name) {
  if (name == kManifestName)
    fail(name,
         "deze naam gebruikt Spiegel zelf voor de lijst van de site; geef het bestand in templates/ een andere "
         "naam");
  if (name.find_first_of(std::string("\n\0", 2)) != std::string::npos)
    fail(name, "een naam met een regeleinde kan niet in de site; geef het bestand een andere naam");
  bool plain = !name.empty();
  for (std::size_t at = 0; plain && at <= name.size();) {
    std::size_t end = std::min(name.find('/', at), name.size());
    std::string_view part(name.data() + at, end - at);
    plain = !part.empty() && part != "." && part != "..";
    at = end + 1;
  }
  if (!plain)
    fail(name,
         "Spiegel schrijft alleen bestanden binnen de site, en deze naam zou erbuiten komen; meld dit als fout "
         "in Spiegel");
}

bool same_bytes(const fs::path& p, const std::string& bytes) {
  std::error_code ec;
  if (fs::file_size(p, ec) != bytes.size() || ec) return false;
  std::ifstream in(p, std::ios::binary);
  std::string old(bytes.size(), '\0');
  in.read(old.data(), static_cast<std::streamsize>(old.size()));
  return in && old == bytes;
}

/// Makes the folders of `name` below `root`, which holds only what we made;
/// a part that exists must be a real folder, not a link or a file.
void make_parents(const fs::path& root, const std::string& name) {
  fs::path dir = root;
  for (std::size_t at = 0, end; (end = name.find('/', at)) != std::string::npos; at = end + 1) {
    dir /= name.substr(at, end - at);
    if (!fs::create_directory(dir) && fs::symlink_status(dir).type() != fs::file_type::directory)
      fail(name, fmt::format("'{}' is in de site al een bestand, dus er kan geen map van die naam komen",
                             name.substr(0, end)));
  }
}

/// Writes a file that must not exist yet: O_EXCL|O_NOFOLLOW, so nothing that
/// turned up under this name, a link least of all, is written through.
void write_new_file(const fs::path& p, const std::string& bytes) {
  int fd = open(p.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
  if (fd < 0) throw fs::filesystem_error("open", p, std::error_code(errno, std::generic_category()));
  const char* data = bytes.data();
  std::size_t left = bytes.size();
  while (left > 0) {
    ssize_t n = write(fd, data, left);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = errno;
      close(fd);
      throw fs::filesystem_error("write", p, std::error_code(err, std::generic_category()));
    }
    data += n;
    left -= static_cast<std::size_t>(n);
  }
  if (close(fd) != 0) throw fs::filesystem_error("close", p, std::error_code(errno, std::generic_category()));
}

/// Puts `fresh` in the place of `out`. An existing `out` is swapped in one
/// step where the file system can (renameat2), so a web server reading the
/// folder never finds it missing; the old site then sits at `fresh` to be removed.
void swap_in(const fs::path& fresh, const fs::path& out) {
  if (fs::symlink_status(out).type() == fs::file_type::not_found) {
    fs::rename(fresh, out);
    return;
  }
  if (renameat2(AT_FDCWD, fresh.c_str(), AT_FDCWD, out.c_str(), RENAME_EXCHANGE) == 0) return;
  if (errno != EINVAL && errno != ENOSYS)
    throw fs::filesystem_error("renameat2", fresh, out, std::error_code(errno, std::generic_category()));
  // A file system without the exchange: two renames, and the old site put back if the second fails.
  fs::path old = make_sibling_folder(out, "oud");
  fs::remove(old);
  fs::rename(out, old);
  try {
    fs::rename(fresh, out);
  } catch (...) {
    fs::rename(old, out);
    throw;
  }
  fs::rename(old, fresh);
}

}  // namespace

void write_site(const fs::path& out_in, const std::map<std::string, std::string>& files, const WriteOptions& options) {
  const std::string shown = out_in.generic_string();
  for (const auto& [name, bytes] : files) check_name(name);
  const fs::path out = resolve_output(out_in);
  if (!options.project.empty()) refuse_output_in_project(out, options.project, shown);
  std::error_code ec;
  fs::create_directories(out.parent_path(), ec);
  OutputLock lock(out, options.on_wait);
  // Decided under the lock, so no other build changes the folder in between.
  const std::set<std::string> old_files = check_replaceable(out, shown);
  fs::path fresh;
  try {
    fresh = make_sibling_folder(out, "nieuw");
    // The folders first, in order, so that a name's parents exist before any
    // worker writes into them; the files then on a few threads, since on a
    // national monitor writing them is as much work as making them.
    std::vector<const std::pair<const std::string, std::string>*> entries;
    entries.reserve(files.size());
    for (const auto& entry : files) {
      make_parents(fresh, entry.first);
      entries.push_back(&entry);
    }
    parallel_for(entries.size(), compute_threads(), [&](std::size_t i) {
      const auto& [name, bytes] = *entries[i];
      // Only a regular file of the old site, reached without links
      // (check_replaceable), is linked: never a link or what it points to.
      std::error_code link_error;
      if (old_files.count(name) && same_bytes(out / name, bytes)) {
        fs::create_hard_link(out / name, fresh / name, link_error);
        if (!link_error) return;
      }
      write_new_file(fresh / name, bytes);
    });
    write_new_file(fresh / kManifestName, manifest_text(files));
    swap_in(fresh, out);
  } catch (const fs::filesystem_error& e) {
    if (!fresh.empty()) fs::remove_all(fresh, ec);
    fail(shown, fmt::format("de site kan niet geschreven worden: {}", e.code().message()));
  } catch (...) {
    if (!fresh.empty()) fs::remove_all(fresh, ec);
    throw;
  }
  // Now the old site, or nothing.
  fs::remove_all(fresh, ec);
}

}  // namespace spiegel
