#include "load/content_loader.h"

#include <fmt/format.h>

#include <algorithm>

#include "base/file_io.h"
#include "base/project_folder.h"
#include "base/utf8.h"
#include "load/document.h"
#include "load/follow_up.h"
#include "load/git_revision.h"
#include "load/groups.h"
#include "load/indicators.h"
#include "load/mergers.h"
#include "load/observations.h"
#include "load/registry.h"
#include "load/settings.h"

namespace fs = std::filesystem;

namespace spiegel {

namespace {

/// The files directly in `folder` ("content/data") with extension `ext`, in
/// the listing's order, so builds are reproducible.
std::vector<std::string> files_in(const FolderListing& listing, const std::string& folder, const std::string& ext) {
  std::vector<std::string> out;
  for (const std::string& f : listing.files)
    if (f.starts_with(folder + "/") && f.find('/', folder.size() + 1) == std::string::npos &&
        fs::path(f).extension() == ext)
      out.push_back(f);
  return out;
}

constexpr std::string_view kFilesFolder = "content/bestanden/";

bool listed(const std::vector<std::string>& sorted, const std::string& path) {
  return std::binary_search(sorted.begin(), sorted.end(), path);
}

}  // namespace

Content load_content(const fs::path& dir, Diagnostics& diags) {
  Content c;
  c.root = dir;
  c.revision = git_revision(dir);
  const fs::path content = dir / "content";
  if (!fs::is_directory(content)) {
    diags.error({display_path(content, dir), 0, 0},
                fmt::format("geen map 'content' gevonden in '{}' — is dit de map van een Spiegel-project?",
                            dir.generic_string()));
    return c;
  }
  // Only what the listing saw as a regular file is read: a link is an error
  // of its own and never opened.
  const FolderListing listing = list_project_folder(dir, "content");
  for (const Diagnostic& d : listing.problems) diags.add(d);
  // A required file that is missing is one error; the others are still read.
  auto read = [&](const std::string& rel, bool required) -> std::optional<std::string> {
    if (!listed(listing.files, rel)) {
      if (required && !listed(listing.refused, rel)) diags.error({rel, 0, 0}, "bestand ontbreekt");
      return std::nullopt;
    }
    std::string bytes;
    try {
      bytes = read_file(dir / rel, rel);
    } catch (const Error& e) {
      diags.add(e.diagnostic);
      return std::nullopt;
    }
    // A text that is not UTF-8 would put its bytes on the pages as they are. CSV
    // and YAML files are checked as they are read (csv_reader.h, yaml_reader.h).
    if (rel.ends_with(".md"))
      if (std::optional<Diagnostic> bad = utf8_error(bytes, rel)) {
        diags.add(std::move(*bad));
        return std::nullopt;
      }
    return bytes;
  };

  if (auto t = read("content/spiegel.yaml", true)) c.settings = load_settings(*t, "content/spiegel.yaml", diags);
  // The files beside the texts, byte for byte, at the same path below the site.
  for (const std::string& p : listing.files)
    if (p.starts_with(kFilesFolder))
      if (auto bytes = read(p, true)) c.files.emplace(p.substr(std::string_view("content/").size()), std::move(*bytes));
  if (!c.settings.logo.empty()) {
    // Only a regular file the listing found below content/ is copied: never a link, never anything outside it.
    const std::string rel = "content/" + c.settings.logo;
    if (listed(listing.files, rel)) {
      if (auto bytes = read(rel, true)) c.logo = std::move(*bytes);
    } else if (!listed(listing.refused, rel)) {
      diags.error(c.settings.logo_loc,
                  fmt::format("logo '{}' niet gevonden: zet de afbeelding in de map content/ en geef het pad vanaf "
                              "die map",
                              c.settings.logo));
    } else {
      diags.error(c.settings.logo_loc,
                  fmt::format("logo '{}' is geen gewoon bestand (een link?): Spiegel kopieert alleen bestanden "
                              "die echt in content/ staan",
                              c.settings.logo));
    }
  }
  if (auto t = read("content/gemeenten.csv", true)) c.registry = load_registry(*t, "content/gemeenten.csv", diags);
  if (auto t = read("content/groepen.yaml", false)) load_groups(*t, "content/groepen.yaml", c, diags);
  if (auto t = read("content/indicatoren.yaml", true))
    c.indicators = load_indicators(*t, "content/indicatoren.yaml", diags);
  for (const std::string& p : files_in(listing, "content/data", ".csv"))
    if (auto t = read(p, true)) load_observations(*t, p, c.observations, diags);
  check_duplicates(c.observations, diags);
  for (const std::string& p : files_in(listing, "content/gemeenten", ".md"))
    if (auto t = read(p, true))
      c.reports.push_back(read_report(load_document(*t, p, fs::path(p).stem().string(), diags), diags));
  for (const std::string& p : files_in(listing, "content/paginas", ".md"))
    if (auto t = read(p, true))
      c.pages.push_back(read_page(load_document(*t, p, fs::path(p).stem().string(), diags), diags));
  if (auto t = read("content/opvolging.csv", false)) c.opvolging = load_follow_up(*t, "content/opvolging.csv", diags);
  if (auto t = read("content/herindelingen.csv", false))
    c.herindelingen = load_mergers(*t, "content/herindelingen.csv", diags);
  return c;
}

void leave_out_concepts(Content& content) {
  std::erase_if(content.reports, [&](Report& r) {
    if (!r.doc.front.is_concept) return false;
    content.concepts_left_out.push_back(std::move(r.doc));
    return true;
  });
  std::erase_if(content.pages, [&](Document& d) {
    if (!d.front.is_concept) return false;
    content.concepts_left_out.push_back(std::move(d));
    return true;
  });
}

}  // namespace spiegel
