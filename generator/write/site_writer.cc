#include "write/site_writer.h"

#include <fstream>
#include <random>

#include <fmt/format.h>

#include "base/diagnostics.h"

namespace fs = std::filesystem;

namespace spiegel {

namespace {

[[noreturn]] void fail(const fs::path& p, const std::string& message) {
  throw Error{{{p.generic_string(), 0, 0}, message, {}}};
}

bool same_bytes(const fs::path& p, const std::string& bytes) {
  std::error_code ec;
  if (!fs::is_regular_file(p, ec) || fs::file_size(p, ec) != bytes.size()) return false;
  std::ifstream in(p, std::ios::binary);
  std::string old(bytes.size(), '\0');
  in.read(old.data(), static_cast<std::streamsize>(old.size()));
  return in && old == bytes;
}

/// A sibling path that does not exist yet: .site.spiegel-nieuw-1234
fs::path sibling(const fs::path& out, const char* what) {
  std::random_device rd;
  for (;;) {
    fs::path p = out.parent_path() / fmt::format(".{}.spiegel-{}-{}", out.filename().string(), what, rd() % 1000000);
    if (!fs::exists(p)) return p;
  }
}

/// A site we made has our sitemap; anything else might be the user's own folder.
void refuse_foreign_folder(const fs::path& out) {
  std::error_code ec;
  if (!fs::exists(out, ec)) return;
  if (!fs::is_directory(out, ec)) fail(out, "de uitvoermap bestaat al als bestand");
  if (fs::is_empty(out, ec)) return;
  if (fs::exists(out / "content", ec))
    fail(out, "de uitvoermap bevat een map 'content' — dat is een project, geen gebouwde site");
  if (!fs::exists(out / "sitemap.xml", ec))
    fail(out, "de uitvoermap is niet leeg en is geen eerder gebouwde Spiegel-site; kies een andere map met --output");
}

}  // namespace

void write_site(const fs::path& out_in, const std::map<std::string, std::string>& files) {
  const fs::path out = fs::absolute(out_in).lexically_normal();
  fs::path target = out.has_filename() ? out : out.parent_path();
  refuse_foreign_folder(target);
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  const fs::path fresh = sibling(target, "nieuw");
  try {
    fs::create_directories(fresh);
    for (const auto& [rel, bytes] : files) {
      fs::path dest = fresh / rel;
      fs::create_directories(dest.parent_path());
      if (same_bytes(target / rel, bytes)) {
        fs::create_hard_link(target / rel, dest, ec);
        if (!ec) continue;
      }
      std::ofstream f(dest, std::ios::binary);
      f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
      if (!f.flush()) fail(dest, "schrijven mislukt (schijf vol?)");
    }
    if (fs::exists(target)) {
      const fs::path old = sibling(target, "oud");
      fs::rename(target, old);
      try {
        fs::rename(fresh, target);
      } catch (...) {
        fs::rename(old, target);  // put the old site back
        throw;
      }
      fs::remove_all(old, ec);
    } else {
      fs::rename(fresh, target);
    }
  } catch (const fs::filesystem_error& e) {
    fs::remove_all(fresh, ec);
    fail(target, fmt::format("de site kan niet geschreven worden: {}", e.code().message()));
  } catch (...) {
    fs::remove_all(fresh, ec);
    throw;
  }
}

}  // namespace spiegel
