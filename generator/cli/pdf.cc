// spiegel pdf: the build plus a PDF of each report page (and with --bundel
// monitor.pdf), on the one pipeline: the PDFs join the site's files and are
// written with them, so an error or Ctrl-C leaves the old site as it was.
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <thread>

#include "base/edit_distance.h"
#include "base/text.h"
#include "cli/arguments.h"
#include "cli/commands.h"
#include "pdf/pdf_site.h"
#include "pdf/weasyprint.h"
#include "site/pipeline.h"
#include "write/output_folder.h"
#include "write/site_writer.h"

namespace fs = std::filesystem;

namespace spiegel {

namespace {

volatile std::sig_atomic_t g_stop = 0;
extern "C" void on_pdf_stop_signal(int) { g_stop = 1; }

/// While the renders run, Ctrl-C stops them and removes what they made
/// instead of killing Spiegel halfway with its folder beside the site.
class StopOnSignal {
 public:
  StopOnSignal() {
    g_stop = 0;
    old_int_ = std::signal(SIGINT, on_pdf_stop_signal);
    old_term_ = std::signal(SIGTERM, on_pdf_stop_signal);
  }
  ~StopOnSignal() {
    std::signal(SIGINT, old_int_);
    std::signal(SIGTERM, old_term_);
  }

 private:
  void (*old_int_)(int);
  void (*old_term_)(int);
};

std::string seconds_left(double s) {
  if (s < 0) return "";
  if (s < 60) return fmt::format(" — nog ongeveer {:.0f} s", s + 0.5);
  return fmt::format(" — nog ongeveer {:.0f} min", s / 60 + 0.5);
}

}  // namespace

int run_pdf(const std::vector<std::string>& args) {
  constexpr const char* kJobsNeeded = "--tegelijk (-j) vraagt om een aantal, zoals -j 2";
  ParseResult parsed = parse_arguments(args,
                                       {{"--uitvoer", "-o", true, "--uitvoer vraagt om een map", {"--output"}},
                                        {"--bundel", "", false, "", {"--bundle"}},
                                        {"--tegelijk", "-j", true, kJobsNeeded, {"--jobs"}},
                                        {"--strikt", "", false, "", {"--strict"}},
                                        {"--concepten", "", false, "", {"--concepts"}},
                                        {kWithoutSearch, "", false, "", {"--no-search"}},
                                        {"--edities", "", false, "", {"--editions"}}},
                                       1000);
  if (!parsed.error.empty()) return usage_error(parsed.error);
  const Arguments& a = parsed.arguments;
  // MAP is the first argument when it is a project (a folder with content/); the others are slugs.
  std::vector<std::string> slugs = a.positional;
  fs::path dir = ".";
  if (!slugs.empty() && fs::is_directory(fs::path(slugs.front()) / "content")) {
    dir = slugs.front();
    slugs.erase(slugs.begin());
  }
  int parallel = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  if (auto j = a.value("--tegelijk")) {
    try {
      std::size_t used = 0;
      parallel = std::stoi(*j, &used);
      if (used != j->size() || parallel < 1) return usage_error(kJobsNeeded);
    } catch (const std::exception&) {
      return usage_error(kJobsNeeded);
    }
  }
  const bool bundle = a.has("--bundel");

  // Before building: without the renderer the build would be for nothing.
  const char* path_env = std::getenv("PATH");
  std::optional<fs::path> weasyprint = find_program("weasyprint", path_env);
  if (!weasyprint) {
    std::fprintf(stderr, "spiegel: %s\n", weasyprint_missing_message().c_str());
    return kContentError;
  }
  std::optional<fs::path> pdfunite;
  if (bundle && !(pdfunite = find_program("pdfunite", path_env))) {
    std::fprintf(stderr, "spiegel: %s\n", pdfunite_missing_message().c_str());
    return kContentError;
  }

  auto start = std::chrono::steady_clock::now();
  Diagnostics diags;
  std::optional<Project> project = load_project(dir, diags, BuildOptions{.concepts = a.has("--concepten")});
  if (!project) return content_errors(diags, "de site is niet bijgewerkt");
  std::vector<PrintPage> all = report_print_pages(project->site);
  std::vector<PrintPage> reports;
  if (slugs.empty()) reports = all;
  std::vector<std::string> known;
  for (const PrintPage& r : all) known.push_back(r.slug);
  for (const std::string& slug : slugs) {
    auto it = std::find_if(all.begin(), all.end(), [&](const PrintPage& r) { return r.slug == slug; });
    if (it == all.end()) {
      std::string s = suggest(slug, known);
      return usage_error(fmt::format(
          "geen rapport met de naam '{}' in de site{}", slug,
          s.empty() ? fmt::format(" (er zijn {} rapporten)", all.size()) : fmt::format(" — bedoelt u '{}'?", s)));
    }
    if (std::none_of(reports.begin(), reports.end(), [&](const PrintPage& r) { return r.slug == slug; }))
      reports.push_back(*it);
  }
  BuildOptions options{.strict = a.has("--strikt"),
                       .pdf_reports = std::set<std::string>{},
                       .concepts = a.has("--concepten"),
                       .pagefind = search_tool(dir, a.has(kWithoutSearch))};
  for (const PrintPage& r : reports) options.pdf_reports->insert(r.slug);
  const fs::path out = a.value("--uitvoer") ? fs::path(*a.value("--uitvoer")) : dir / "site";
  EditionsOutcome editions;
  std::optional<SiteFiles> built = site_files(dir, *project, out, diags, options, a.has("--edities"), editions);
  if (!built) return content_errors(diags, "de site is niet bijgewerkt");
  SiteFiles& files = *built;
  const std::size_t live_reports = reports.size();
  // The reports of the earlier editions that were built; a kept edition keeps its PDFs.
  reports.insert(reports.end(), editions.to_print.begin(), editions.to_print.end());

  const std::string shown = out.generic_string();
  const bool terminal = isatty(fileno(stderr));
  try {
    // The pages are rendered beside the output, never in the project's content/.
    const fs::path real_out = resolve_output(out);
    refuse_output_in_project(real_out, dir, shown);
    std::optional<PdfFailure> failure;
    {
      ScratchFolder folder(real_out, "pdf");
      StopOnSignal stop_on_signal;
      PdfBuildOptions pdf{*weasyprint, pdfunite.value_or(fs::path()), live_reports, {}};
      pdf.run.parallel = parallel;
      pdf.run.stop = &g_stop;
      pdf.run.on_progress = [&](const PdfProgress& p) {
        std::string line = fmt::format("PDF {} van {}: {}", p.done, p.total, p.name);
        if (terminal)
          std::fprintf(stderr, "\r\033[K%s%s", line.c_str(),
                       p.done < p.total ? seconds_left(p.seconds_left).c_str() : "");
        else
          std::fprintf(stderr, "spiegel: %s\n", line.c_str());
        std::fflush(stderr);
      };
      std::vector<PrintPage> common = bundle ? common_print_pages(project->site) : std::vector<PrintPage>{};
      // The first render takes seconds: say at once what is going on.
      if (terminal) std::fprintf(stderr, "PDF 0 van %zu…", reports.size() + common.size());
      failure = add_pdfs(files, reports, common, folder, pdf);
      if (terminal) std::fputs("\r\033[K", stderr);
    }
    if (failure) {
      std::fputs(diags.warnings_str().c_str(), stderr);
      if (failure->interrupted)
        std::fprintf(stderr, "spiegel: onderbroken; de site is niet bijgewerkt\n");
      else
        std::fprintf(stderr, "spiegel: de PDF van %s is niet gemaakt: %s %s%s%s; de site is niet bijgewerkt\n",
                     failure->name.c_str(), failure->name == kBundlePath ? "pdfunite" : "WeasyPrint",
                     failure->message.c_str(), failure->stderr_tail.empty() ? "" : ". Het schreef als laatste:\n",
                     failure->stderr_tail.c_str());
      return kContentError;
    }
    WriteOptions write;
    write.project = dir;
    write.on_wait = [&] {
      std::fprintf(stderr, "spiegel: een andere build schrijft nu naar %s; deze wacht tot die klaar is\n",
                   shown.c_str());
    };
    write_site(out, files, write);
  } catch (const Error& e) {
    diags.add(e.diagnostic);
    return content_errors(diags, "de site is niet bijgewerkt");
  } catch (const fs::filesystem_error& e) {
    std::fprintf(stderr, "spiegel: kan naast %s niet schrijven: %s; de site is niet bijgewerkt\n", shown.c_str(),
                 e.code().message().c_str());
    return kContentError;
  }
  std::fputs(diags.warnings_str().c_str(), stderr);
  note_concepts_left_out(project->site.content);
  if (a.has("--edities")) note_editions(editions);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "spiegel: %s%s, %zu bestanden → %s (%.1f s, %d tegelijk)\n",
               plural(reports.size(), "PDF", "PDF's").c_str(), bundle ? " en monitor.pdf" : "", files.size(),
               shown.c_str(), seconds, parallel);
  return kOk;
}

}  // namespace spiegel
