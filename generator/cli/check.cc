// spiegel check: everything build checks, strictly (a warning is an error),
// then links, anchors, assets, ids and text alternatives over the whole site
// in memory. Writes nothing.
#include <fmt/format.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>

#include "base/text.h"
#include "base/utf8.h"
#include "check/site_checker.h"
#include "cli/arguments.h"
#include "cli/commands.h"
#include "render/markdown.h"
#include "site/pipeline.h"

namespace fs = std::filesystem;

namespace spiegel {

namespace {

/// The texts still marked `concept: true`, each with the chapters nobody has
/// written yet: what stands between the writer and publishing. A list, not a
/// problem: a concept is allowed, and build leaves it out.
void list_concepts(const Content& content) {
  std::vector<const Document*> concepts;
  for (const Document& d : content.concepts_left_out) concepts.push_back(&d);
  for (const Report& r : content.reports)
    if (r.doc.front.is_concept) concepts.push_back(&r.doc);
  for (const Document& d : content.pages)
    if (d.front.is_concept) concepts.push_back(&d);
  if (concepts.empty()) return;
  std::printf("\nConcepten (%s):\n", content.concepts_left_out.empty()
                                         ? "gebouwd en gecontroleerd, met --concepten"
                                         : "niet gebouwd en niet gecontroleerd; met --concepten wel");
  for (const Document* d : concepts) {
    std::string empty;
    for (const Chapter& c : chapters_of(d->body))
      if (c.empty)
        empty += fmt::format("{}{} (regel {})", empty.empty() ? "" : ", ", c.title, c.line + d->body_line - 1);
    std::printf("%s\n", printable("  " + d->path + (empty.empty() ? "" : ": nog leeg: " + empty)).c_str());
  }
}

}  // namespace

int run_check(const std::vector<std::string>& args) {
  ParseResult parsed = parse_arguments(args,
                                       {{"--concepten", "", false, "", {"--concepts"}},
                                        {kWithoutSearch, "", false, "", {"--no-search"}},
                                        {"--edities", "", false, "", {"--editions"}}},
                                       1);
  if (!parsed.error.empty()) return usage_error(parsed.error);
  fs::path dir = parsed.arguments.positional.empty() ? fs::path(".") : fs::path(parsed.arguments.positional[0]);

  Diagnostics diags;
  std::map<std::string, SourceMap> source_maps;
  const BuildOptions build{.strict = true,
                           .concepts = parsed.arguments.has("--concepten"),
                           .source_maps = &source_maps,
                           .pagefind = search_tool(dir, parsed.arguments.has(kWithoutSearch))};
  std::optional<Project> project = load_project(dir, diags, build);
  if (!project) return content_errors(diags, "de links zijn niet gecontroleerd");
  // With --edities the editions the site holds are taken from there when unchanged, as build would.
  EditionsOutcome editions;
  std::optional<SiteFiles> built =
      site_files(dir, *project, dir / "site", diags, build, parsed.arguments.has("--edities"), editions);
  if (!built) return content_errors(diags, "de links zijn niet gecontroleerd");
  const SiteFiles& files = *built;
  std::fputs(diags.warnings_str().c_str(), stderr);

  CheckResult result = check_site(files, project->site.content.settings.basis_url, &source_maps);
  // A researcher fixes the text or the template, not the page: each problem
  // is said at its source line, the page after it. One template line that
  // fails on every page, or a block that is also in the summary, is one
  // problem with its places counted.
  struct Places {
    std::string first;  // page:line
    std::size_t count = 0;
  };
  std::map<std::tuple<std::string, int, std::string>, Places> found;
  std::set<std::string> files_with_problems;
  for (const CheckProblem& p : result.problems) {
    std::string page = fmt::format("{}:{}", p.file, p.line);
    const bool known = !p.source.file.empty();
    auto [it, fresh] =
        found.try_emplace({known ? p.source.file : page, known ? p.source.line : 0, p.message}, Places{page, 0});
    ++it->second.count;
    files_with_problems.insert(known ? p.source.file : p.file);
  }
  for (const auto& [key, places] : found) {
    const auto& [source, line, message] = key;
    std::string where = line > 0 ? fmt::format("{}:{}", source, line) : source;
    std::string pages = line == 0          ? ""
                        : places.count > 1 ? fmt::format(" ({} en {})", places.first,
                                                         plural(places.count - 1, "andere plaats", "andere plaatsen"))
                                           : fmt::format(" ({})", places.first);
    std::printf("%s\n", printable(fmt::format("{}: {}{}", where, message, pages)).c_str());
  }
  if (!result.external.empty()) {
    std::printf("%sExterne links (%zu, niet opgevraagd):\n", result.problems.empty() ? "" : "\n",
                result.external.size());
    for (const ExternalLink& e : result.external) {
      std::string page = fmt::format("{}:{}", e.file, e.line);
      std::string where = e.source.file.empty() ? page : fmt::format("{}:{} ({})", e.source.file, e.source.line, page);
      std::printf("  %s  — %s%s\n", printable(e.url).c_str(), printable(where).c_str(),
                  e.count > 1 ? fmt::format(" en {} keer elders", e.count - 1).c_str() : "");
    }
  }
  list_concepts(project->site.content);
  std::size_t pages = 0;
  for (const auto& [path, bytes] : files) pages += path.ends_with(".html");
  if (result.problems.empty()) {
    std::fprintf(stderr, "spiegel: %s en %s gecontroleerd: geen problemen\n",
                 plural(pages, "pagina", "pagina's").c_str(),
                 plural(files.size() - pages, "ander bestand", "andere bestanden").c_str());
    return kOk;
  }
  std::fprintf(stderr, "spiegel: %s in %s\n", plural(found.size(), "probleem", "problemen").c_str(),
               plural(files_with_problems.size(), "bestand", "bestanden").c_str());
  return kContentError;
}

}  // namespace spiegel
