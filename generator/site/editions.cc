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
  return fmt::format("{} thema-{} spiegel-{}{}{}{}", tag.commit, theme.fingerprint, SPIEGEL_VERSION,
                     options.pagefind ? " zoeken" : "", options.concepts ? " concepten" : "",
                     options.pdf_reports ? " pdf" : "");
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
  std::string prefix;              ///< edities/2023/
  std::optional<Mark> old;         ///< what made it in the site as it is, if it is there
  std::unique_ptr<SiteData> site;  ///< loaded when it is built, or its figures are asked for; EditionNav points to it
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

std::optional<EditionHistory> build_history(const fs::path& project, const SiteData& live, const Theme& theme,
                                            const fs::path& real_out, Diagnostics& diags, const BuildOptions& options,
                                            EditionsOutcome* outcome, bool all_figures) {
  // A published edition is frozen in its tag: its warnings stay warnings, whatever --strikt says.
  ScratchFolder scratch(real_out, "edities");
  std::vector<Edition> editions;
  try {
    for (EditionTag& tag : edition_tags(project, scratch.path())) editions.push_back({std::move(tag), "", {}, nullptr});
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
  BuildOptions frozen = options;
  frozen.strict = false;
  frozen.source_maps = nullptr;  // the check's map is by the live pages' paths
  // An edition's content read from its tag and loaded, once; false (with the errors in diags) when it cannot be.
  auto load = [&](Edition& e) {
    if (!e.site)
      if (std::optional<SiteData> site = load_edition(project, e.tag, scratch.path(), diags, frozen))
        e.site = std::make_unique<SiteData>(std::move(*site));
    return e.site != nullptr;
  };
  EditionHistory out;
  EditionNav& nav = out.nav;
  nav.editions.push_back(
      {live.content.settings.editie.empty() ? "actueel" : live.content.settings.editie, "", page_paths(live, options)});
  // Newest first, as a reader looks for them.
  for (auto e = editions.rbegin(); e != editions.rend(); ++e) {
    e->prefix = kEditionsFolder + e->tag.jaar + "/";
    const std::string mark = e->prefix + kEditionMark;
    if (old_files.count(mark)) e->old = parse_mark(read_file(real_out / mark, mark));
    std::set<std::string> pages;
    if (e->old && e->old->source == source_key(e->tag, theme, options)) {
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

  SiteFiles& files = out.files;
  std::vector<std::string>& earlier_aanbevelingen = out.earlier_aanbevelingen;
  for (std::size_t i = 1; i < nav.editions.size(); ++i) {
    Edition& e = editions[editions.size() - i];
    const std::string source = source_key(e.tag, theme, options);
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
    if (!live.content.settings.basis_url.empty()) basis = live.content.settings.basis_url + e.prefix;
    BuildOptions edition_options = frozen;
    std::vector<PrintPage> reports = report_print_pages(*e.site);
    if (options.pdf_reports) {
      // An earlier edition is printed whole: which reports the command named is about the live one.
      edition_options.pdf_reports.emplace();
      for (const PrintPage& r : reports) edition_options.pdf_reports->insert(r.slug);
    }
    nav.current = i;
    edition_options.editions = &nav;
    std::vector<std::string> aanbevelingen;
    edition_options.aanbevelingen = &aanbevelingen;
    Diagnostics found;
    SiteFiles built = build_site(*e.site, theme, found, nullptr, edition_options);
    add_from_edition(diags, found, e.tag.tag);
    if (found.has_errors()) return std::nullopt;
    for (auto& [path, bytes] : built) files[e.prefix + path] = std::move(bytes);
    files[e.prefix + kEditionMark] = mark_text({source, nav_hash, nav.editions[i].pages, aanbevelingen});
    earlier_aanbevelingen.insert(earlier_aanbevelingen.end(), aanbevelingen.begin(), aanbevelingen.end());
    if (outcome) {
      outcome->built.push_back(e.tag.jaar);
      if (options.pdf_reports)
        for (PrintPage& r : reports)
          outcome->to_print.push_back({r.slug, fmt::format("{} (editie {})", r.name, e.tag.jaar), e.prefix + r.path});
    }
  }
  // The live reports say what changed since the newest earlier edition.
  if (!editions.empty()) {
    if (!load(editions.back())) return std::nullopt;
    nav.previous = &*editions.back().site;
  }
  if ((all_figures || asks_for_editions(live)) && nav.figures.empty() && !load_all_figures()) return std::nullopt;
  nav.current = 0;
  for (Edition& e : editions)
    if (e.site) out.sites.push_back(std::move(e.site));
  return out;
}

BuildOptions EditionHistory::live_options(BuildOptions options) const {
  // Without a tag there is one edition: no list of one on every page.
  if (nav.editions.size() > 1) options.editions = &nav;
  options.earlier_aanbevelingen = earlier_aanbevelingen;
  return options;
}

std::optional<SiteFiles> build_with_editions(const fs::path& project, const Project& live, const fs::path& real_out,
                                             Diagnostics& diags, const BuildOptions& options,
                                             EditionsOutcome* outcome) {
  // The editions' problems join after the live build, whose --strikt they escape.
  Diagnostics earlier;
  std::optional<EditionHistory> history =
      build_history(project, live.site, live.theme, real_out, earlier, options, outcome);
  std::optional<SiteFiles> files;
  if (history) files = build_site(live.site, live.theme, diags, nullptr, history->live_options(options));
  diags.merge(earlier);
  if (!files || diags.has_errors()) return std::nullopt;
  files->merge(history->files);  // the live site's paths and the editions' (below edities/) do not meet
  return files;
}

}  // namespace spiegel
