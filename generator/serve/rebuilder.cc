#include "serve/rebuilder.h"

#include <chrono>

#include <fmt/format.h>

#include "base/file_io.h"
#include "load/content_loader.h"
#include "load/document.h"
#include "serve/change_kind.h"
#include "validate/references.h"

namespace fs = std::filesystem;

namespace spiegel {

namespace {

double now_ms() {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

}  // namespace

Rebuilder::Rebuilder(fs::path project) : project_(std::move(project)) {}

std::string BuildOutcome::summary() const {
  if (texts_total == 0) return redone;
  return fmt::format("{} ({} van {} {} opnieuw)", redone, texts_rendered, texts_total,
                     texts_total == 1 ? "tekst" : "teksten");
}

bool Rebuilder::load_site(Diagnostics& diags) {
  // The cached texts and open data were made from the SiteData that goes now.
  cache_.clear();
  site_.reset();
  try {
    SiteData site = prepare_site(load_content(project_, diags), diags);
    if (diags.has_errors()) return false;
    site_ = std::move(site);
    return true;
  } catch (const Error& e) {
    diags.add(e.diagnostic);
  }
  return false;
}

bool Rebuilder::load_theme_checked(Diagnostics& diags) {
  theme_.reset();
  try {
    theme_ = load_theme(project_);
    return true;
  } catch (const Error& e) {
    diags.add(e.diagnostic);
  } catch (const mustache::TemplateError& e) {
    diags.error({e.file, e.line, 0}, e.what());
  }
  return false;
}

bool Rebuilder::patch_texts(const std::vector<std::string>& paths, Diagnostics& diags) {
  // Compute may read front matter (a report's own referentiegroep), never the
  // text below it; so a change below the front matter keeps every figure.
  // rebuilder_test checks that the result equals a full build.
  for (const std::string& path : paths) {
    fs::path file = project_ / path;
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
    Document doc = load_document(text, display_path(file, project_), file.stem().string(), doc_diags);
    if (doc_diags.has_errors()) return false;
    Document* old = nullptr;
    for (Report& r : site_->content.reports)
      if (r.doc.path == doc.path) old = &r.doc;
    for (Document& p : site_->content.pages)
      if (p.path == doc.path) old = &p;
    if (!old || old->front != doc.front) return false;
    *old = std::move(doc);
  }
  validate_references(site_->content, site_->groups, diags);
  return true;
}

BuildOutcome Rebuilder::finish(Diagnostics diags, std::string redone, double started_ms) {
  BuildOutcome out;
  out.redone = std::move(redone);
  if (site_) out.basis_url = site_->content.settings.basis_url;
  if (!diags.has_errors() && site_ && theme_) {
    SiteFiles files = render_site(*site_, *theme_, diags, &cache_);
    out.texts_rendered = cache_.texts_rendered;
    out.texts_total = cache_.texts_total;
    if (!diags.has_errors()) out.files = std::move(files);
  }
  out.diags = std::move(diags);
  out.milliseconds = now_ms() - started_ms;
  return out;
}

BuildOutcome Rebuilder::build_all() {
  double start = now_ms();
  Diagnostics diags;
  if (load_site(diags)) load_theme_checked(diags);
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
    if (only_modified_texts && patch_texts(texts, diags)) {
      redone = "tekst";
    } else {
      diags = Diagnostics{};
      redone = "alles";
      if (!load_site(diags)) return finish(std::move(diags), redone, start);
    }
  }
  if (templates) {
    redone = redone.empty() ? "sjablonen" : redone + " en sjablonen";
    if (!load_theme_checked(diags)) return finish(std::move(diags), redone, start);
  }
  return finish(std::move(diags), redone, start);
}

}  // namespace spiegel
