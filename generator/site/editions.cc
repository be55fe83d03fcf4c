#include "site/editions.h"

#include <fmt/format.h>

#include <map>
#include <set>

#include "base/file_io.h"
#include "base/fingerprint.h"
#include "load/git_editions.h"
#include "write/output_folder.h"

namespace fs = std::filesystem;

namespace spiegel {

namespace {

/// What an edition in the site was made from: its mark file.
struct Mark {
  std::string source;  ///< tag commit, theme, Spiegel version, options
  std::string nav;     ///< the list of editions and their pages
  std::set<std::string> pages;
  std::vector<std::string> aanbevelingen;  ///< rapport#id, which the live follow-up register may name
};

std::string mark_text(const Mark& m) {
  std::string out =
      "# Waaruit Spiegel deze editie bouwde; een volgende build met --edities houdt haar zolang dit klopt.\n";
  out += "bron " + m.source + "\n";
  out += "edities " + m.nav + "\n";
  for (const std::string& p : m.pages) out += "pagina " + p + "\n";
  for (const std::string& a : m.aanbevelingen) out += "aanbeveling " + a + "\n";
  return out;
}

Mark parse_mark(const std::string& text) {
  Mark m;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(at, end - at);
    if (line.starts_with("bron ")) m.source = line.substr(5);
    if (line.starts_with("edities ")) m.nav = line.substr(8);
    if (line.starts_with("pagina ")) m.pages.insert(line.substr(7));
    if (line.starts_with("aanbeveling ")) m.aanbevelingen.push_back(line.substr(12));
    at = end + 1;
  }
  return m;
}

std::string source_key(const EditionTag& tag, const Theme& theme, const BuildOptions& options) {
  return fmt::format("{} thema-{} spiegel-{}{}{}", tag.commit, theme.fingerprint, SPIEGEL_VERSION,
                     options.pagefind ? " zoeken" : "", options.concepts ? " concepten" : "");
}

std::string nav_key(const EditionNav& nav) {
  Fingerprint f;
  for (const EditionNav::Edition& e : nav.editions) {
    f.add(e.jaar);
    f.add(e.prefix);
    for (const std::string& p : e.pages) f.add(p);
  }
  return f.hex();
}

std::set<std::string> page_paths(const SiteData& site, const BuildOptions& options) {
  std::set<std::string> out;
  for (const PageSpec& p : plan_pages(site, {nullptr, options.pagefind.has_value()})) out.insert(p.path);
  return out;
}

/// An edition's diagnostics, its tag before each file: editie-2023:content/gemeenten/aa.md:12.
void add_from_edition(Diagnostics& into, const Diagnostics& from, const std::string& tag) {
  for (const auto* list : {&from.all(), &from.warnings()})
    for (Diagnostic d : *list) {
      d.loc.file = d.loc.file.empty() ? tag : tag + ":" + d.loc.file;
      into.add(std::move(d));
    }
}

/// Whether a text asks for a figure of another edition ({{< waarde … editie=2023 >}}): only
/// then are the editions kept from the site loaded as well.
bool asks_for_editions(const SiteData& site) {
  for (const Report& r : site.content.reports)
    if (r.doc.body.find("editie=") != std::string::npos) return true;
  for (const Document& d : site.content.pages)
    if (d.body.find("editie=") != std::string::npos) return true;
  return false;
}

/// One tag as this build sees it.
struct Edition {
  EditionTag tag;
  std::string prefix;            ///< edities/2023/
  std::optional<Mark> old;       ///< what made it in the site as it is, if it is there
  std::optional<SiteData> site;  ///< loaded when it is built, or its figures are asked for
};

}  // namespace

std::optional<SiteData> load_edition(const fs::path& project, const EditionTag& tag, const fs::path& scratch,
                                     Diagnostics& diags, const BuildOptions& options) {
  const fs::path tree = scratch / tag.jaar;
  Diagnostics found;
  std::optional<SiteData> site;
  try {
    extract_edition(project, tag, tree, scratch);
    site = load_site(tree, found, options);
  } catch (const Error& error) {
    found.add(error.diagnostic);
  }
  add_from_edition(diags, found, tag.tag);
  return site;
}

std::optional<SiteFiles> build_with_editions(const fs::path& project, const Project& live, const fs::path& real_out,
                                             Diagnostics& diags, const BuildOptions& options,
                                             EditionsOutcome* outcome) {
  ScratchFolder scratch(real_out, "edities");
  std::vector<Edition> editions;
  try {
    for (EditionTag& tag : edition_tags(project, scratch.path())) editions.push_back({std::move(tag), "", {}, {}});
  } catch (const Error& e) {
    diags.add(e.diagnostic);
    return std::nullopt;
  }
  // The site as it is: what each edition in it was made from. check_replaceable
  // refuses a folder that is not Spiegel's, as writing it would.
  std::set<std::string> old_files;
  try {
    old_files = check_replaceable(real_out, real_out.generic_string());
  } catch (const Error& e) {
    diags.add(e.diagnostic);
    return std::nullopt;
  }
  // An edition's content read from its tag and loaded, once; false (with the errors in diags) when it cannot be.
  auto load = [&](Edition& e) {
    if (!e.site) e.site = load_edition(project, e.tag, scratch.path(), diags, options);
    return e.site.has_value();
  };
  EditionNav nav;
  nav.editions.push_back({live.site.content.settings.editie.empty() ? "actueel" : live.site.content.settings.editie, "",
                          page_paths(live.site, options)});
  // Newest first, as a reader looks for them.
  for (auto e = editions.rbegin(); e != editions.rend(); ++e) {
    e->prefix = "edities/" + e->tag.jaar + "/";
    const std::string mark = e->prefix + kEditionMark;
    if (old_files.count(mark)) e->old = parse_mark(read_file(real_out / mark, mark));
    std::set<std::string> pages;
    if (e->old && e->old->source == source_key(e->tag, live.theme, options)) {
      pages = e->old->pages;
    } else {
      // Its pages are known only once its content is loaded.
      if (!load(*e)) continue;
      pages = page_paths(*e->site, options);
    }
    nav.editions.push_back({e->tag.jaar, e->prefix, std::move(pages)});
  }
  if (diags.has_errors()) return std::nullopt;
  const std::string nav_hash = nav_key(nav);
  // Every edition's figures, when a text that is built asks for one.
  auto load_all_figures = [&] {
    for (Edition& e : editions) {
      if (!load(e)) return false;
      nav.figures[e.tag.jaar] = &*e.site;
    }
    return true;
  };

  SiteFiles files;
  std::vector<std::string> earlier_aanbevelingen;
  for (std::size_t i = 1; i < nav.editions.size(); ++i) {
    Edition& e = editions[editions.size() - i];
    const std::string source = source_key(e.tag, live.theme, options);
    if (e.old && e.old->source == source && e.old->nav == nav_hash) {
      for (auto it = old_files.lower_bound(e.prefix); it != old_files.end() && it->starts_with(e.prefix); ++it)
        files[*it] = read_file(real_out / *it, *it);
      earlier_aanbevelingen.insert(earlier_aanbevelingen.end(), e.old->aanbevelingen.begin(),
                                   e.old->aanbevelingen.end());
      if (outcome) outcome->kept.push_back(e.tag.jaar);
      continue;
    }
    if (!load(e)) return std::nullopt;
    if (asks_for_editions(*e.site) && nav.figures.empty() && !load_all_figures()) return std::nullopt;
    // Its own address below the live one, so that its canonical links and sitemap point at its pages.
    std::string& basis = e.site->content.settings.basis_url;
    if (!live.site.content.settings.basis_url.empty()) basis = live.site.content.settings.basis_url + e.prefix;
    BuildOptions edition_options = options;
    nav.current = i;
    edition_options.editions = &nav;
    std::vector<std::string> aanbevelingen;
    edition_options.aanbevelingen = &aanbevelingen;
    Diagnostics found;
    SiteFiles built = build_site(*e.site, live.theme, found, nullptr, edition_options);
    add_from_edition(diags, found, e.tag.tag);
    if (found.has_errors()) return std::nullopt;
    for (auto& [path, bytes] : built) files[e.prefix + path] = std::move(bytes);
    files[e.prefix + kEditionMark] = mark_text({source, nav_hash, nav.editions[i].pages, aanbevelingen});
    earlier_aanbevelingen.insert(earlier_aanbevelingen.end(), aanbevelingen.begin(), aanbevelingen.end());
    if (outcome) outcome->built.push_back(e.tag.jaar);
  }
  // The live reports say what changed since the newest earlier edition.
  if (!editions.empty()) {
    if (!load(editions.back())) return std::nullopt;
    nav.previous = &*editions.back().site;
  }
  if (asks_for_editions(live.site) && nav.figures.empty() && !load_all_figures()) return std::nullopt;
  BuildOptions live_options = options;
  nav.current = 0;
  // Without a tag there is one edition: no list of one on every page.
  if (!editions.empty()) live_options.editions = &nav;
  live_options.earlier_aanbevelingen = std::move(earlier_aanbevelingen);
  for (auto& [path, bytes] : build_site(live.site, live.theme, diags, nullptr, live_options))
    files[path] = std::move(bytes);
  if (diags.has_errors()) return std::nullopt;
  return files;
}

}  // namespace spiegel
