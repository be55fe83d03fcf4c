#include "render/site_renderer.h"

#include <fmt/format.h>

#include <deque>

#include "assemble/pages.h"
#include "assemble/summary.h"
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
  std::deque<RenderedText> own;  ///< a deque keeps the texts in place for by_doc
  int rendered = 0;

  const RenderedText& at(const Document* doc) const { return *by_doc.at(doc); }
};

Texts render_texts(const SiteData& site, const std::vector<PageSpec>& pages, const chart::MapGeometry* map,
                   Diagnostics& diags, RenderCache* cache = nullptr, bool mark_sources = false) {
  Texts texts;
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
    const std::size_t errors_before = diags.count(), warnings_before = diags.warning_count();
    RenderedText text =
        render_text(site, *page.doc, page.gemeente, report, root_prefix(page.path), map, diags, mark_sources);
    ++texts.rendered;
    // A text with errors or warnings is rendered again next time, so that they are reported again.
    if (cache && diags.count() == errors_before && diags.warning_count() == warnings_before) {
      RenderCache::Text& kept = cache->texts[page.doc->path];
      kept = RenderCache::Text{*page.doc, page.gemeente, report, std::move(text)};
      texts.by_doc[page.doc] = &kept.text;
    } else {
      if (cache) cache->texts.erase(page.doc->path);
      texts.by_doc[page.doc] = &texts.own.emplace_back(std::move(text));
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

/// The page's view model: `view` from page_view, completed with its text and overview.
json full_context(PageView view, const SiteData& site, const PageSpec& page, const std::vector<PageSpec>& all,
                  const Texts& texts) {
  if (page.doc) {
    const RenderedText& text = texts.at(page.doc);
    set_text(view, page_text(text.html, text.headings, text.blocks));
  }
  if (auto* o = std::get_if<OverviewPage>(&view)) o->overzicht = overview(site, page, all, texts);
  return to_json(view);
}

}  // namespace

RenderedSite render_site(const SiteData& site, const Theme& theme, Diagnostics& diags, RenderCache* cache,
                         const PageOptions& options, std::map<std::string, SourceMap>* source_maps) {
  RenderedSite out;
  std::vector<PageSpec> pages = plan_pages(site, options);
  const chart::MapGeometry* map = theme.map.get();
  Texts texts = render_texts(site, pages, map, diags, cache, source_maps != nullptr);
  if (cache) {
    cache->texts_rendered = texts.rendered;
    cache->texts_total = static_cast<int>(texts.by_doc.size());
  }
  for (const PageSpec& page : pages) {
    PageView base;
    if (cache) {
      auto kept = cache->views.find(page.path);
      if (kept == cache->views.end())
        kept = cache->views.emplace(page.path, page_view(site, page, pages, map, options)).first;
      base = kept->second;
    } else {
      base = page_view(site, page, pages, map, options);
    }
    json ctx = full_context(std::move(base), site, page, pages, texts);
    try {
      if (source_maps) {
        std::string marked = theme.templates.render(page.template_name, ctx, true);
        out.files[page.path] = strip_source_marks(marked, &(*source_maps)[page.path]);
      } else {
        out.files[page.path] = theme.templates.render(page.template_name, ctx);
      }
    } catch (const mustache::TemplateError& e) {
      diags.error({e.file, e.line, 0}, e.what());
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
