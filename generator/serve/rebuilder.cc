#include "serve/rebuilder.h"

#include <fmt/format.h>

#include <chrono>

#include "serve/change_kind.h"
#include "write/output_folder.h"

namespace fs = std::filesystem;

namespace spiegel {

namespace {

double now_ms() {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

}  // namespace

Rebuilder::Rebuilder(fs::path project, std::optional<fs::path> pagefind, bool editions)
    : project_(std::move(project)), pagefind_(std::move(pagefind)), editions_(editions) {}

std::string BuildOutcome::summary() const {
  if (texts_total == 0) return redone;
  return fmt::format("{} ({} van {} {} opnieuw)", redone, texts_rendered, texts_total,
                     texts_total == 1 ? "tekst" : "teksten");
}

bool Rebuilder::reload_site(Diagnostics& diags) {
  // The cached texts and open data were made from the SiteData that goes now.
  cache_.clear();
  // The writer previews everything, concepts too (with their band).
  site_ = spiegel::load_site(project_, diags, BuildOptions{.concepts = true});
  return site_.has_value();
}

bool Rebuilder::reload_theme(Diagnostics& diags) {
  std::optional<Theme> theme = load_project_theme(project_, diags);
  // Texts (`kaart`) and page views (the front page's and indicator pages'
  // maps) are drawn with the theme's maps: new maps, nothing kept.
  if (!theme || !theme_ || theme->maps != theme_->maps) cache_.render.clear();
  cache_.render.clear_pages();  // every page went through the templates that changed
  theme_ = std::move(theme);
  return theme_.has_value();
}

bool Rebuilder::reload_history(Diagnostics& diags) {
  history_.reset();
  if (!editions_ || !site_ || !theme_) return true;
  try {
    // As `build --edities` makes them, so that the editions in its site are kept from there.
    history_ = build_history(project_, *site_, *theme_, resolve_output(project_ / "site"), diags,
                             BuildOptions{.pagefind = pagefind_}, nullptr, true);
  } catch (const Error& e) {
    diags.add(e.diagnostic);
  }
  return history_.has_value();
}

BuildOutcome Rebuilder::finish(Diagnostics diags, std::string redone, double started_ms) {
  BuildOutcome out;
  out.redone = std::move(redone);
  if (site_) {
    out.basis_url = site_->content.settings.basis_url;
    out.taal = site_->content.settings.taal;
  }
  if (!diags.has_errors() && site_ && theme_) {
    BuildOptions options{.pagefind = pagefind_, .deferred_search = &out.search_records};
    if (history_) options = history_->live_options(options);
    SiteFiles files = build_site(*site_, *theme_, diags, &cache_, options);
    if (history_) files.insert(history_->files.begin(), history_->files.end());
    out.texts_rendered = cache_.render.texts_rendered;
    out.texts_total = cache_.render.texts_total;
    if (!diags.has_errors()) out.files = std::move(files);
  }
  out.diags = std::move(diags);
  out.milliseconds = now_ms() - started_ms;
  return out;
}

BuildOutcome Rebuilder::build_all() {
  double start = now_ms();
  Diagnostics diags;
  if (reload_site(diags) && reload_theme(diags)) reload_history(diags);
  return finish(std::move(diags), "alles", start);
}

BuildOutcome Rebuilder::rebuild(const std::vector<FileChange>& changes) {
  double start = now_ms();
  bool content = false, templates = false, only_modified_texts = true;
  std::vector<std::string> texts;
  for (const FileChange& c : changes) {
    ChangeKind kind = classify_change(c.path);
    if (kind == ChangeKind::none) continue;
    if (kind == ChangeKind::templates) {
      templates = true;
      continue;
    }
    content = true;
    if (kind == ChangeKind::text && c.type == FileChange::Type::modified)
      texts.push_back(c.path);
    else
      only_modified_texts = false;
  }
  if (!content && !templates) return finish(Diagnostics{}, "niets", start);
  // After a failed build nothing is kept that could be reused.
  if (!site_ || !theme_) return build_all();

  Diagnostics diags;
  std::string redone;
  if (content) {
    if (only_modified_texts && reload_texts(*site_, project_, texts, diags)) {
      redone = "tekst";
    } else {
      diags = Diagnostics{};
      redone = "alles";
      if (!reload_site(diags)) return finish(std::move(diags), redone, start);
    }
  }
  if (templates) {
    redone = redone.empty() ? "sjablonen" : redone + " en sjablonen";
    if (!reload_theme(diags)) return finish(std::move(diags), redone, start);
  }
  // The editions have the theme's look and list the live edition's pages.
  if ((templates || redone.starts_with("alles")) && !reload_history(diags))
    return finish(std::move(diags), redone, start);
  return finish(std::move(diags), redone, start);
}

}  // namespace spiegel
