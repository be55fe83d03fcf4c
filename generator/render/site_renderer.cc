#include "render/site_renderer.h"

#include <fmt/format.h>

#include "assemble/pages.h"
#include "render/markdown.h"
#include "render/shortcodes.h"
#include "render/sitemap.h"

using nlohmann::json;

namespace spiegel {

namespace {

/// Adds the rendered text of the page (if it has one) to its view model.
void add_text(const SiteData& site, const PageSpec& page, json& ctx, Diagnostics& diags) {
  if (!page.doc) return;
  ShortcodeScan scan = scan_shortcodes(page.doc->body, page.doc->path, page.doc->body_line, diags);
  std::vector<Fragment> fragments = evaluate_shortcodes(scan.calls, ShortcodeContext{site, page.gemeente}, diags);
  MarkdownOptions options;
  options.allow_html = site.content.settings.markdown_html;
  options.number_headings = page.kind == PageSpec::Kind::rapport;
  // Ids the templates use themselves; a heading must not take them.
  std::vector<std::string> taken = {"inhoud", "hoofdinhoud", "kerncijfers", "navigatie", "top"};
  RenderedMarkdown md = render_markdown(scan.text, fragments, options, taken);
  ctx["inhoud"] = md.html;
  json toc = json::array();
  for (const Heading& h : md.headings)
    if (h.level <= 3)
      toc.push_back({{"tekst", h.text}, {"id", h.id}, {"nummer", h.number}, {"niveau", h.level},
                     {"sub", h.level > md.headings.front().level}});
  ctx["heeft_toc"] = toc.size() >= 2;
  ctx["toc"] = toc;
}

json full_context(const SiteData& site, const PageSpec& page, const std::vector<PageSpec>& all,
                  Diagnostics& diags) {
  json ctx = page_context(site, page, all);
  add_text(site, page, ctx, diags);
  return ctx;
}

}  // namespace

SiteFiles render_site(const SiteData& site, const Theme& theme, Diagnostics& diags) {
  SiteFiles files;
  std::vector<PageSpec> pages = plan_pages(site);
  for (const PageSpec& page : pages) {
    json ctx = full_context(site, page, pages, diags);
    try {
      files[page.path] = theme.templates.render(page.template_name, ctx);
    } catch (const mustache::TemplateError& e) {
      diags.error({e.file, e.line, 0}, e.what());
    }
  }
  files["sitemap.xml"] = sitemap_xml(site.content.settings.basis_url, pages);
  for (const auto& [path, bytes] : theme.assets) files[path] = bytes;
  return files;
}

std::optional<json> page_view_model(const SiteData& site, const std::string& which, Diagnostics& diags) {
  std::vector<PageSpec> pages = plan_pages(site);
  std::string wanted = which;
  while (!wanted.empty() && wanted.back() == '/') wanted.pop_back();
  for (const PageSpec& page : pages) {
    std::string url = page.url;
    if (!url.empty()) url.pop_back();
    std::string stem = page.doc ? page.doc->path.substr(0, page.doc->path.size() - 3) : "";
    if (wanted == page.path || wanted == url || (page.doc && (wanted == page.doc->path || wanted == stem ||
                                                                  wanted == "content/" + url)))
      return full_context(site, page, pages, diags);
  }
  return std::nullopt;
}

}  // namespace spiegel
