#include "site/pipeline.h"

#include <future>

#include "base/file_io.h"
#include "base/parallel.h"
#include "load/content_loader.h"
#include "load/document.h"
#include "validate/follow_up.h"
#include "validate/mergers.h"
#include "validate/references.h"
#include "write/table_download.h"

namespace fs = std::filesystem;

namespace spiegel {

SiteData prepare_site(Content content, Diagnostics& diags) {
  SiteData site = site_with_groups(std::move(content), diags);
  validate_references(site.content, site.groups, diags);
  validate_mergers(site.content, diags);
  compute_figures(site, diags);
  return site;
}

std::optional<SiteData> load_site(const fs::path& dir, Diagnostics& diags, const BuildOptions& options) {
  try {
    Content content = load_content(dir, diags);
    if (!options.concepts) leave_out_concepts(content);
    SiteData site = prepare_site(std::move(content), diags);
    if (!diags.has_errors()) return site;
  } catch (const Error& e) {
    diags.add(e.diagnostic);
  }
  return std::nullopt;
}

std::optional<Theme> load_project_theme(const fs::path& dir, Diagnostics& diags) {
  try {
    return load_theme(dir);
  } catch (const Error& e) {
    diags.add(e.diagnostic);
  } catch (const mustache::TemplateError& e) {
    diags.error({e.file, e.line, 0}, e.what());
  }
  return std::nullopt;
}

std::optional<Project> load_project(const fs::path& dir, Diagnostics& diags, const BuildOptions& options) {
  std::optional<SiteData> site = load_site(dir, diags, options);
  if (!site) return std::nullopt;
  std::optional<Theme> theme = load_project_theme(dir, diags);
  if (!theme) return std::nullopt;
  return Project{std::move(*site), std::move(*theme)};
}

bool reload_texts(SiteData& site, const fs::path& dir, const std::vector<std::string>& paths, Diagnostics& diags) {
  for (const std::string& path : paths) {
    fs::path file = dir / path;
    // A text replaced by a link is "modified" to the watcher; only a full
    // load reports the link, and the link is never read.
    std::error_code ec;
    if (fs::symlink_status(file, ec).type() != fs::file_type::regular) return false;
    std::string text;
    try {
      text = read_file(file, path);
    } catch (const Error&) {
      return false;
    }
    Diagnostics doc_diags;
    Document doc = load_document(text, display_path(file, dir), file.stem().string(), doc_diags);
    if (doc_diags.has_errors()) return false;
    Document* old = nullptr;
    for (Report& r : site.content.reports)
      if (r.doc.path == doc.path) old = &r.doc;
    for (Document& p : site.content.pages)
      if (p.path == doc.path) old = &p;
    if (!old || old->front != doc.front) return false;
    *old = std::move(doc);
  }
  validate_references(site.content, site.groups, diags);
  return true;
}

namespace {

/// The memo's workbook of a download whose table has not changed since, else nullptr.
const Workbook* kept_workbook(const WorkbookMemo* memo, const PageDownload& d) {
  if (!memo) return nullptr;
  auto it = memo->find(d.path);
  if (it == memo->end() || it->second.first.sheet != d.table->sheet || it->second.first.table != d.table->table)
    return nullptr;
  return &it->second.second;
}

/// The workbook of every download, in order. A workbook takes milliseconds
/// (libxlsxwriter writes through files), so they are made on up to four
/// threads, and with a memo only for the tables that changed since it was filled.
std::vector<Workbook> table_workbooks(const std::vector<PageDownload>& downloads, Diagnostics& diags,
                                      WorkbookMemo* memo) {
  std::vector<Workbook> out(downloads.size());
  std::vector<std::optional<Diagnostic>> problems(downloads.size());
  parallel_for(downloads.size(), compute_threads(), [&](std::size_t k) {
    try {
      const Workbook* kept = kept_workbook(memo, downloads[k]);  // the memo is only read while the workers run
      out[k] = kept ? *kept : table_xlsx(downloads[k].table->table, downloads[k].table->sheet);
    } catch (const Error& e) {
      problems[k] = e.diagnostic;
    }
  });
  for (auto& p : problems)
    if (p) diags.add(std::move(*p));
  if (memo) {
    memo->clear();
    for (std::size_t k = 0; k < downloads.size(); ++k)
      if (!problems[k]) memo->emplace(downloads[k].path, std::pair(*downloads[k].table, out[k]));
  }
  return out;
}

}  // namespace

SiteFiles build_site(const SiteData& site, const Theme& theme, Diagnostics& diags, BuildCache* cache,
                     BuildOptions options) {
  // The open data's figures need no rendered text: on a national monitor they
  // are as much work as all pages, so they are made beside them.
  std::future<OpenDataFigures> figures;
  if (!cache || !cache->open_data)
    figures = std::async(std::launch::async, [&site] { return open_data_figures(site); });
  const PageOptions pages{options.pdf_reports ? &*options.pdf_reports : nullptr, options.pagefind.has_value(),
                          options.editions};
  RenderedSite rendered = render_site(site, theme, diags, cache ? &cache->render : nullptr, pages, options.source_maps);
  validate_follow_up(site.content, rendered.outlines, options.earlier_aanbevelingen, diags);
  if (options.aanbevelingen) *options.aanbevelingen = report_aanbevelingen(rendered.outlines);
  SiteFiles files = std::move(rendered.files);
  std::map<std::string, std::string> open_data;
  if (!cache) {
    open_data = complete_open_data(figures.get(), site, rendered.outlines);
  } else {
    if (figures.valid()) cache->open_data = figures.get();
    open_data = complete_open_data(*cache->open_data, site, rendered.outlines);  // a copy: the cache keeps its own
  }
  for (auto& [path, bytes] : open_data) files[path] = std::move(bytes);
  // Each table as CSV and Excel beside its page. The anonymity check reads a
  // workbook as the strings written into it, since its zip would hide a name
  // from any search; the bytes take their place after the check.
  std::vector<Workbook> workbooks = table_workbooks(rendered.downloads, diags, cache ? &cache->workbooks : nullptr);
  for (std::size_t i = 0; i < workbooks.size(); ++i) {
    const PageDownload& d = rendered.downloads[i];
    files[d.path + ".csv"] = table_csv(d.table->table);
    files[d.path + ".xlsx"] = std::move(workbooks[i].text);
    rendered.sources[d.path + ".csv"] = rendered.sources[d.path + ".xlsx"] = d.source;
  }
  // On the finished site, so that every file the reader gets is searched.
  if (site.content.settings.anonimiseren)
    check_anonymity(site, files, rendered.sources, diags, cache ? &cache->anonymity : nullptr);
  for (std::size_t i = 0; i < workbooks.size(); ++i)
    files[rendered.downloads[i].path + ".xlsx"] = std::move(workbooks[i].bytes);
  // Last, so that every warning of every stage is in: the writer sees them all at once.
  if (options.strict) diags.promote_warnings();
  if (options.pagefind && !diags.has_errors()) {
    // From the pages as checked, so the index holds nothing the reader could not find on them.
    std::vector<SearchRecord> records = search_records(site, rendered.outlines);
    if (options.deferred_search) {
      *options.deferred_search = std::move(records);
    } else {
      try {
        for (auto& [path, bytes] :
             search_index(*options.pagefind, search_pages(files), records, site.content.settings.taal))
          files[path] = std::move(bytes);
      } catch (const Error& e) {
        diags.add(e.diagnostic);
      }
    }
  }
  return files;
}

std::optional<SiteFiles> build_in_memory(const fs::path& dir, Diagnostics& diags, BuildOptions options) {
  std::optional<Project> project = load_project(dir, diags, options);
  if (!project) return std::nullopt;
  SiteFiles files = build_site(project->site, project->theme, diags, nullptr, options);
  if (diags.has_errors()) return std::nullopt;
  return files;
}

}  // namespace spiegel
