#include "cli/pipeline.h"

#include "load/content_loader.h"

namespace spiegel {

std::optional<Project> load_project(const std::filesystem::path& dir, Diagnostics& diags) {
  try {
    Content content = load_content(dir, diags);
    SiteData site = prepare_site(std::move(content), diags);
    if (diags.has_errors()) return std::nullopt;
    return Project{std::move(site), load_theme(dir)};
  } catch (const Error& e) {
    diags.add(e.diagnostic);
  } catch (const mustache::TemplateError& e) {
    diags.error({e.file, e.line, 0}, e.what());
  }
  return std::nullopt;
}

std::optional<SiteFiles> build_in_memory(const std::filesystem::path& dir, Diagnostics& diags) {
  std::optional<Project> project = load_project(dir, diags);
  if (!project) return std::nullopt;
  SiteFiles files = render_site(project->site, project->theme, diags);
  if (diags.has_errors()) return std::nullopt;
  return files;
}

}  // namespace spiegel
