#include "base/project_folder.h"

#include <fmt/format.h>

#include <algorithm>

namespace fs = std::filesystem;

namespace spiegel {

namespace {

Diagnostic problem(const std::string& rel, std::string message) {
  Diagnostic d;
  d.loc.file = rel;
  d.message = std::move(message);
  return d;
}

void refuse(FolderListing& out, const fs::path& p, const std::string& rel, fs::file_type type) {
  std::string message;
  if (type == fs::file_type::symlink) {
    std::error_code ec;
    fs::path target = fs::read_symlink(p, ec);
    message = fmt::format(
        "dit is een symbolische koppeling{}; Spiegel volgt geen koppelingen — zet het bestand of de map zelf hier neer",
        ec ? "" : fmt::format(" (naar '{}')", target.generic_string()));
  } else if (type == fs::file_type::regular) {
    message = "dit is een bestand; Spiegel verwacht hier een map";
  } else {
    message = "dit is geen gewoon bestand of map; Spiegel leest alleen gewone bestanden — haal het weg";
  }
  out.refused.push_back(rel);
  out.problems.push_back(problem(rel, std::move(message)));
}

void walk(FolderListing& out, const fs::path& dir, const std::string& rel) {
  std::error_code ec;
  std::vector<fs::directory_entry> entries;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) entries.push_back(*it);
  if (ec) {
    out.problems.push_back(problem(rel, fmt::format("de map kan niet gelezen worden: {}", ec.message())));
    return;
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });
  for (const fs::directory_entry& e : entries) {
    const std::string name = e.path().filename().string();
    const std::string child = rel + "/" + name;
    // symlink_status never follows, so a loop of links is just a link here.
    fs::file_type type = e.symlink_status(ec).type();
    // Emacs marks a file being edited with a broken link ".#name"; it is never
    // content, and refusing it would fail every build in `serve` while editing.
    if (type == fs::file_type::symlink && name.starts_with(".#")) continue;
    if (type == fs::file_type::regular)
      out.files.push_back(child);
    else if (type == fs::file_type::directory)
      walk(out, e.path(), child);
    else if (type != fs::file_type::not_found)  // removed while we looked: not there
      refuse(out, e.path(), child, type);
  }
}

}  // namespace

FolderListing list_project_folder(const fs::path& project, const std::string& folder) {
  FolderListing out;
  const fs::path root = project / folder;
  std::error_code ec;
  fs::file_type type = fs::symlink_status(root, ec).type();
  if (type == fs::file_type::directory)
    walk(out, root, folder);
  else if (type != fs::file_type::not_found && type != fs::file_type::none)
    refuse(out, root, folder, type);
  // Sorted as strings, as callers compare and merge them; the walk sorted per folder.
  std::sort(out.files.begin(), out.files.end());
  std::sort(out.refused.begin(), out.refused.end());
  return out;
}

}  // namespace spiegel
