#include "render/site_renderer.h"

#include <fmt/format.h>

#include <deque>
#include <set>

#include "assemble/pages.h"
#include "assemble/summary.h"
#include "base/parallel.h"
#include "load/settings.h"
#include "render/sitemap.h"
#include "render/text_renderer.h"

using nlohmann::json;

namespace spiegel {

namespace {

/// Every page's text, rendered once: overview pages need all reports' blocks.
/// A text lives in the cache when it came from there or went in, else in `own`.
struct Texts {
  std::map<const Document*, const RenderedText*> by_doc;
  std::deque<RenderedText> own;     ///< a deque keeps the texts in place for by_doc
  std::set<const Document*> fresh;  ///< the texts rendered this time, not taken from the cache

  const RenderedText& at(const Document* doc) const { return *by_doc.at(doc); }
};

Texts render_texts(const SiteData& site, const std::vector<PageSpec>& pages, const chart::MapGeometry* map,
                   Diagnostics& diags, RenderCache* cache = nullptr, bool mark_sources = false,
                   const EditionNav* editions = nullptr) {
  Texts texts;
  // The texts the cache does not hold, rendered side by side, each with its
  // own diagnostics; put together below in page order, as one by one.
  std::vector<const PageSpec*> todo;
  for (const PageSpec& page : pages) {
    if (!page.doc) continue;
    const bool report = page.kind == PageSpec::Kind::rapport;
    if (cache) {
      auto hit = cache->texts.find(page.doc->path);
      if (hit != cache->texts.end() && hit->second.gemeente == page.gemeente && hit->second.is_report == report &&
          hit->second.source == *page.doc) {
        texts.by_doc[page.doc] = &hit->second.text;
        continue;
      }
    }
    todo.push_back(&page);
  }
  std::vector<RenderedText> rendered(todo.size());
  std::vector<Diagnostics> found(todo.size());
  BuildShared shared;  // a kept text keeps its own: the cache holds it only while the figures are the same
  parallel_for(todo.size(), compute_threads(), [&](std::size_t k) {
    const PageSpec& page = *todo[k];
    rendered[k] =
        render_text(site, *page.doc, page.gemeente, page.kind == PageSpec::Kind::rapport, root_prefix(page.path), map,
                    found[k], mark_sources, &shared, editions ? &editions->figures : nullptr);
  });
  for (std::size_t k = 0; k < todo.size(); ++k) {
    const PageSpec& page = *todo[k];
    diags.merge(found[k]);
    texts.fresh.insert(page.doc);
    // A text with errors or warnings is rendered again next time, so that they are reported again.
    if (cache && found[k].count() == 0 && found[k].warning_count() == 0) {
      RenderCache::Text& kept = cache->texts[page.doc->path];
      kept = RenderCache::Text{*page.doc, page.gemeente, page.kind == PageSpec::Kind::rapport, std::move(rendered[k])};
      texts.by_doc[page.doc] = &kept.text;
    } else {
      if (cache) cache->texts.erase(page.doc->path);
      texts.by_doc[page.doc] = &texts.own.emplace_back(std::move(rendered[k]));
    }
  }
  return texts;
}

/// The overview of every report's aanbevelingen or conclusies, by gemeente.
Overview overview(const SiteData& site, const PageSpec& page, const std::vector<PageSpec>& pages, const Texts& texts) {
  Overview out;
  out.aanbevelingen = page.kind == PageSpec::Kind::aanbevelingen;
  const std::string kind = out.aanbevelingen ? "aanbeveling" : "conclusie";
  for (const PageSpec& p : pages) {
    if (p.kind != PageSpec::Kind::rapport || !p.doc) continue;
    const std::string url = root_prefix(page.path) + p.path;
    std::vector<BlockItem> items = overview_items(texts.at(p.doc).blocks, kind, url);
    if (!items.empty()) out.gemeenten.push_back({site.display_name(p.gemeente->code), url, std::move(items)});
  }
  return out;
}

/// The follow-up register over every report's aanbevelingen.
FollowUpRegister register_of(const SiteData& site, const PageSpec& page, const std::vector<PageSpec>& pages,
                             const Texts& texts) {
  std::vector<ReportAanbevelingen> reports;
  for (const PageSpec& p : pages) {
    if (p.kind != PageSpec::Kind::rapport || !p.doc) continue;
    reports.push_back(
        {site.display_name(p.gemeente->code), root_prefix(page.path) + p.path, p.doc, &texts.at(p.doc).blocks.blocks});
  }
  return follow_up_register(site.content, reports);
}

/// The page's view model: `view` from page_view, completed with its text and overview.
json full_context(PageView view, const SiteData& site, const PageSpec& page, const std::vector<PageSpec>& all,
                  const Texts& texts) {
  if (page.doc) {
    const RenderedText& text = texts.at(page.doc);
    set_text(view, page_text(text.html, text.headings, text.blocks));
  }
  if (auto* o = std::get_if<OverviewPage>(&view)) o->overzicht = overview(site, page, all, texts);
  if (auto* f = std::get_if<FollowUpPage>(&view)) f->opvolging = register_of(site, page, all, texts);
  return to_json(view);
}

}  // namespace

RenderedSite render_site(const SiteData& site, const Theme& theme, Diagnostics& diags, RenderCache* cache,
                         const PageOptions& options, std::map<std::string, SourceMap>* source_maps) {
  RenderedSite out;
  std::vector<PageSpec> pages = plan_pages(site, options);
  const chart::MapGeometry* map = theme.map.get();
  Texts texts = render_texts(site, pages, map, diags, cache, source_maps != nullptr, options.editions);
  if (cache) {
    cache->texts_rendered = static_cast<int>(texts.fresh.size());
    cache->texts_total = static_cast<int>(texts.by_doc.size());
  }
  // Each page's view model (kept in the cache when there is one), then its
  // template, side by side; the pages and any template errors go into the
  // site in page order, as one by one. With a cache, a page whose view and
  // text were kept is kept whole; an overview only while no text changed.
  auto kept_page = [&](const PageSpec& page) -> const std::string* {
    if (!cache) return nullptr;
    const bool overview = page.kind == PageSpec::Kind::aanbevelingen || page.kind == PageSpec::Kind::conclusies ||
                          page.kind == PageSpec::Kind::opvolging;
    if ((overview && !texts.fresh.empty()) || (page.doc && texts.fresh.count(page.doc))) return nullptr;
    auto it = cache->pages.find(page.path);
    return it == cache->pages.end() ? nullptr : &it->second;
  };
  std::vector<const std::string*> reused(pages.size(), nullptr);
  std::vector<std::size_t> todo;  // the pages to render
  std::vector<PageView> views(pages.size());
  std::vector<std::size_t> missing;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    if ((reused[i] = kept_page(pages[i]))) continue;
    todo.push_back(i);
    auto kept = cache ? cache->views.find(pages[i].path) : std::map<std::string, PageView>::iterator();
    if (cache && kept != cache->views.end())
      views[i] = kept->second;
    else
      missing.push_back(i);
  }
  parallel_for(missing.size(), compute_threads(),
               [&](std::size_t k) { views[missing[k]] = page_view(site, pages[missing[k]], pages, map, options); });
  if (cache)
    for (std::size_t i : missing) cache->views.emplace(pages[i].path, views[i]);
  std::vector<std::string> html(pages.size());
  std::vector<Diagnostics> template_errors(pages.size());
  std::vector<SourceMap*> marks(pages.size(), nullptr);
  if (source_maps)
    for (std::size_t i : todo) marks[i] = &(*source_maps)[pages[i].path];
  if (cache) cache->pages_rendered = static_cast<int>(todo.size());
  parallel_for(todo.size(), compute_threads(), [&](std::size_t k) {
    const std::size_t i = todo[k];
    const PageSpec& page = pages[i];
    json ctx = full_context(std::move(views[i]), site, page, pages, texts);
    try {
      if (marks[i])
        html[i] = strip_source_marks(theme.templates.render(page.template_name, ctx, true), marks[i]);
      else
        html[i] = theme.templates.render(page.template_name, ctx);
    } catch (const mustache::TemplateError& e) {
      template_errors[i].error({e.file, e.line, 0}, e.what());
    }
  });
  for (std::size_t i = 0; i < pages.size(); ++i) {
    if (reused[i]) {
      out.files[pages[i].path] = *reused[i];
    } else if (template_errors[i].has_errors()) {
      diags.merge(template_errors[i]);
      if (cache) cache->pages.erase(pages[i].path);
    } else {
      if (cache) cache->pages[pages[i].path] = html[i];
      out.files[pages[i].path] = std::move(html[i]);
    }
  }
  out.files["sitemap.xml"] = sitemap_xml(site.content.settings.basis_url, pages);
  for (const auto& [path, bytes] : theme.assets)
    if (options.search || path != kSearchScript)
      out.files[path] = bytes;  // no script for a search page that is not there
  for (const auto& [path, bytes] : site.content.files) out.files[path] = bytes;
  if (!site.content.logo.empty()) out.files[logo_site_path(site.content.settings)] = site.content.logo;
  for (const PageSpec& page : pages)
    if (page.doc) {
      const RenderedText& t = texts.at(page.doc);
      out.outlines.push_back({page.doc, page.url, page.gemeente, &t.headings, &t.blocks.blocks});
      out.sources[page.path] = page.doc;
      const std::string folder = page.path.substr(0, page.path.rfind('/') + 1);
      for (const TableDownload& d : t.downloads) out.downloads.push_back({folder + d.name, &d, page.doc});
      for (const SharedFile& f : t.shared_files)
        if (!out.files.count(f.path)) out.files[f.path] = *f.bytes;
    }
  out.own_texts = std::move(texts.own);  // a moved deque keeps its elements in place
  return out;
}

std::optional<json> page_view_model(const SiteData& site, const Theme& theme, const std::string& which,
                                    Diagnostics& diags, const PageOptions& options) {
  std::vector<PageSpec> pages = plan_pages(site, options);
  std::string wanted = which;
  while (!wanted.empty() && wanted.back() == '/') wanted.pop_back();
  for (const PageSpec& page : pages) {
    std::string url = page.url;
    if (!url.empty()) url.pop_back();
    std::string stem = page.doc ? page.doc->path.substr(0, page.doc->path.size() - 3) : "";
    if (wanted == page.path || wanted == url ||
        (page.doc && (wanted == page.doc->path || wanted == stem || wanted == "content/" + url)))
      return full_context(page_view(site, page, pages, theme.map.get(), options), site, page, pages,
                          render_texts(site, pages, theme.map.get(), diags));
  }
  return std::nullopt;
}

}  // namespace spiegel
