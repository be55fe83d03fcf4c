#include "write/output_folder.h"

#include <fmt/format.h>

#include <algorithm>
#include <random>

#include "base/diagnostics.h"
#include "base/file_io.h"
#include "base/project_folder.h"

namespace fs = std::filesystem;

namespace spiegel {

namespace {

/// The first line of every manifest; a folder whose .spiegel-site starts
/// otherwise was not made by Spiegel.
constexpr std::string_view kManifestHeader =
    "# Gemaakt door Spiegel. Een volgende build vervangt deze map, zolang er niets anders in staat dan deze "
    "bestanden.\n";

[[noreturn]] void fail(const std::string& shown, const std::string& message) {
  Diagnostic d;
  d.loc.file = shown;
  d.message = message;
  throw Error{std::move(d)};
}

/// Whether `inner` is `outer` or below it; both absolute and without links.
bool is_within(const fs::path& inner, const fs::path& outer) {
  auto i = inner.begin();
  for (const fs::path& part : outer) {
    if (part.empty()) continue;  // the trailing "" of "a/b/"
    if (i == inner.end() || *i != part) return false;
    ++i;
  }
  return true;
}

}  // namespace

std::string manifest_text(const std::map<std::string, std::string>& files) {
  std::string out(kManifestHeader);
  for (const auto& [path, bytes] : files) out += path + "\n";
  return out;
}

fs::path resolve_output(const fs::path& out) {
  std::error_code ec;
  fs::path real = fs::weakly_canonical(fs::absolute(out), ec);
  if (ec) real = fs::absolute(out).lexically_normal();
  if (!real.has_filename()) real = real.parent_path();  // "site/"
  if (real == real.root_path()) fail(out.generic_string(), "de hoofdmap van de schijf kan geen uitvoermap zijn");
  // weakly_canonical stops at a link whose target is missing (or a loop).
  if (fs::symlink_status(real, ec).type() == fs::file_type::symlink)
    fail(out.generic_string(),
         fmt::format(
             "dit is een koppeling naar '{}', maar daar staat geen map; maak die map aan of haal de koppeling weg",
             fs::read_symlink(real, ec).generic_string()));
  return real;
}

void refuse_output_in_project(const fs::path& real_out, const fs::path& project, const std::string& shown) {
  std::error_code ec;
  fs::path root = fs::weakly_canonical(fs::absolute(project), ec);
  if (ec) root = fs::absolute(project).lexically_normal();
  for (const char* folder : {"content", "templates"})
    if (is_within(real_out, root / folder))
      fail(shown, fmt::format("de uitvoermap ligt in {0}/ van het project, dus de volgende build zou de site als "
                              "invoer lezen; kies een map buiten {0}/ met --uitvoer",
                              folder));
}

std::set<std::string> check_replaceable(const fs::path& real_out, const std::string& shown) {
  std::error_code ec;
  fs::file_type type = fs::symlink_status(real_out, ec).type();
  if (type == fs::file_type::not_found) return {};
  if (type != fs::file_type::directory)
    fail(shown, "de uitvoermap bestaat al, maar is geen map; kies een andere met --uitvoer");

  FolderListing old = list_project_folder(real_out.parent_path(), real_out.filename().string());
  if (old.files.empty() && old.problems.empty()) return {};  // empty, or only empty folders
  const std::size_t prefix = real_out.filename().string().size() + 1;
  auto inside = [&](const std::string& listed) { return listed.size() > prefix ? listed.substr(prefix) : ""; };
  auto shown_path = [&](const std::string& rel) { return rel.empty() ? shown : shown + "/" + rel; };
  std::set<std::string> files;
  for (const std::string& f : old.files) files.insert(inside(f));

  std::string manifest;
  if (files.count(kManifestName)) manifest = read_file(real_out / kManifestName, shown + "/" + kManifestName);
  if (!manifest.starts_with(kManifestHeader)) {
    if (files.count("sitemap.xml"))
      fail(shown,
           "deze map lijkt een site van een oudere Spiegel, maar zonder de lijst .spiegel-site kan Spiegel niet "
           "zien of alles erin van Spiegel is; kijk of er niets van u in staat, verwijder de map één keer en "
           "bouw opnieuw");
    fail(shown,
         "deze map is niet leeg en niet door Spiegel gemaakt (er staat geen .spiegel-site in); Spiegel vervangt "
         "alleen een map die het zelf maakte — kies een lege of nieuwe map met --uitvoer");
  }
  std::set<std::string> ours;
  for (std::size_t at = kManifestHeader.size(); at < manifest.size();) {
    std::size_t end = manifest.find('\n', at);
    if (end == std::string::npos) end = manifest.size();
    ours.insert(manifest.substr(at, end - at));
    at = end + 1;
  }
  const std::string not_ours =
      "Spiegel heeft dit niet gemaakt (het staat niet in .spiegel-site) en gooit het niet weg; haal het weg of kies "
      "een andere map met --uitvoer";
  // A link or a special file is never something Spiegel wrote.
  for (const Diagnostic& d : old.problems) {
    const bool refused = std::binary_search(old.refused.begin(), old.refused.end(), d.loc.file);
    fail(shown_path(inside(d.loc.file)), refused ? not_ours : d.message);
  }
  files.erase(kManifestName);
  for (const std::string& f : files)
    if (!ours.count(f)) fail(shown_path(f), not_ours);
  return files;
}

fs::path make_sibling_folder(const fs::path& out, const char* what) {
  std::random_device rd;
  for (;;) {
    fs::path p = out.parent_path() / fmt::format(".{}.spiegel-{}-{}", out.filename().string(), what, rd() % 1000000);
    if (fs::create_directory(p)) return p;
  }
}

ScratchFolder::ScratchFolder(const fs::path& real_out, const char* what) {
  fs::create_directories(real_out.parent_path());
  path_ = make_sibling_folder(real_out, what);
}

ScratchFolder::~ScratchFolder() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

}  // namespace spiegel
