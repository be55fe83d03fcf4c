// spiegel build: load → validate → compute → assemble → render → write.
#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <filesystem>

#include "base/text.h"
#include "cli/arguments.h"
#include "cli/commands.h"
#include "search/pagefind.h"
#include "site/editions.h"
#include "site/pipeline.h"
#include "write/output_folder.h"
#include "write/site_writer.h"

namespace fs = std::filesystem;

namespace spiegel {

int usage_error(const std::string& message) {
  std::fprintf(stderr, "spiegel: %s\nZie 'spiegel --help'.\n", message.c_str());
  return kUsageError;
}

int content_errors(const Diagnostics& diags, const std::string& consequence) {
  std::fputs(diags.warnings_str().c_str(), stderr);
  std::fputs(diags.str().c_str(), stderr);
  std::fprintf(stderr, "spiegel: %s; %s\n", plural(diags.count(), "fout", "fouten").c_str(), consequence.c_str());
  return kContentError;
}

std::optional<SiteFiles> site_files(const fs::path& dir, const Project& project, const fs::path& out,
                                    Diagnostics& diags, const BuildOptions& options, bool editions,
                                    EditionsOutcome& outcome) {
  std::optional<SiteFiles> files;
  try {
    if (editions)
      files = build_with_editions(dir, project, resolve_output(out), diags, options, &outcome);
    else
      files = build_site(project.site, project.theme, diags, nullptr, options);
  } catch (const Error& e) {
    diags.add(e.diagnostic);
  }
  if (diags.has_errors()) return std::nullopt;
  return files;
}

void note_editions(const EditionsOutcome& outcome) {
  auto years = [](const std::vector<std::string>& v) { return v.empty() ? std::string("geen") : list_in_words(v); };
  if (outcome.built.empty() && outcome.kept.empty())
    std::fprintf(stderr,
                 "spiegel: geen edities: het project heeft geen git-tag editie-<jaar> (maak er een met "
                 "'git tag -a editie-2024 -m \"Editie 2024\"')\n");
  else
    std::fprintf(stderr, "spiegel: edities gebouwd: %s; ongewijzigd overgenomen: %s\n", years(outcome.built).c_str(),
                 years(outcome.kept).c_str());
}

void note_concepts_left_out(const Content& content) {
  const std::vector<Document>& left = content.concepts_left_out;
  if (left.empty()) return;
  std::string paths;
  for (const Document& d : left) paths += (paths.empty() ? "" : ", ") + d.path;
  std::fprintf(stderr, "spiegel: %s niet gebouwd: %s (bekijk met 'spiegel serve', bouw mee met --concepten)\n",
               plural(left.size(), "concept", "concepten").c_str(), paths.c_str());
}

std::optional<fs::path> search_tool(const fs::path& project, bool without_search) {
  if (without_search) return std::nullopt;
  std::optional<fs::path> pagefind = find_pagefind(project);
  if (!pagefind)
    std::fprintf(stderr,
                 "spiegel: zoeken weggelaten: Pagefind is niet gevonden (installeer het met 'npm ci --ignore-scripts' "
                 "in de map van Spiegel of van het project, of zet SPIEGEL_PAGEFIND); de site krijgt geen "
                 "zoekpagina\n");
  return pagefind;
}

int run_build(const std::vector<std::string>& args) {
  ParseResult parsed = parse_arguments(
      args,
      {{"--uitvoer", "-o", true, "--uitvoer vraagt om een map", {"--output"}},
       {"--context", "", true, "--context vraagt om een pagina, zoals gemeenten/deventer", {"--dump-context"}},
       {"--strikt", "", false, "", {"--strict"}},
       {"--concepten", "", false, "", {"--concepts"}},
       {kWithoutSearch, "", false, "", {"--no-search"}},
       {"--edities", "", false, "", {"--editions"}}},
      1);
  if (!parsed.error.empty()) return usage_error(parsed.error);
  const Arguments& a = parsed.arguments;
  fs::path dir = a.positional.empty() ? fs::path(".") : fs::path(a.positional[0]);
  std::optional<fs::path> output;
  if (auto o = a.value("--uitvoer")) output = *o;
  std::optional<std::string> dump = a.value("--context");

  auto start = std::chrono::steady_clock::now();
  BuildOptions build{.strict = a.has("--strikt"), .concepts = a.has("--concepten")};
  build.pagefind = search_tool(dir, a.has(kWithoutSearch));
  Diagnostics diags;
  std::optional<Project> project = load_project(dir, diags, build);
  if (!project) return content_errors(diags, "de site is niet bijgewerkt");
  if (dump) {
    // As the build would render it, with or without search.
    auto ctx = page_view_model(project->site, project->theme, *dump, diags, {nullptr, build.pagefind.has_value()});
    if (diags.has_errors()) return content_errors(diags, "de site is niet bijgewerkt");
    if (!ctx) return usage_error(fmt::format("geen pagina '{}' gevonden", *dump));
    std::printf("%s\n", ctx->dump(2).c_str());
    return kOk;
  }
  fs::path out = output ? *output : dir / "site";
  EditionsOutcome editions;
  std::optional<SiteFiles> built = site_files(dir, *project, out, diags, build, a.has("--edities"), editions);
  if (!built) return content_errors(diags, "de site is niet bijgewerkt");
  const SiteFiles& files = *built;
  try {
    WriteOptions options;
    options.project = dir;
    options.on_wait = [&] {
      std::fprintf(stderr, "spiegel: een andere build schrijft nu naar %s; deze wacht tot die klaar is\n",
                   out.generic_string().c_str());
    };
    write_site(out, files, options);
  } catch (const Error& e) {
    diags.add(e.diagnostic);
    return content_errors(diags, "de site is niet bijgewerkt");
  }
  std::fputs(diags.warnings_str().c_str(), stderr);
  note_concepts_left_out(project->site.content);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::size_t pages = 0;
  for (const auto& [path, bytes] : files) pages += path.ends_with(".html");
  std::fprintf(stderr, "spiegel: %zu pagina's, %zu bestanden → %s (%.2f s)\n", pages, files.size(),
               out.generic_string().c_str(), seconds);
  if (a.has("--edities")) note_editions(editions);
  return kOk;
}

}  // namespace spiegel
