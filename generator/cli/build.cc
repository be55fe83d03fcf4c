// spiegel build: load → validate → compute → assemble → render → write.
#include <chrono>
#include <cstdio>
#include <filesystem>

#include <fmt/format.h>

#include "base/edit_distance.h"
#include "cli/commands.h"
#include "site/pipeline.h"
#include "write/site_writer.h"

namespace fs = std::filesystem;

namespace spiegel {

int usage_error(const std::string& message) {
  std::fprintf(stderr, "spiegel: %s\nZie 'spiegel --help'.\n", message.c_str());
  return kUsageError;
}

namespace {

int report(const Diagnostics& diags) {
  std::fputs(diags.warnings_str().c_str(), stderr);
  std::fputs(diags.str().c_str(), stderr);
  std::fprintf(stderr, "spiegel: %zu %s; de site is niet bijgewerkt\n", diags.count(),
               diags.count() == 1 ? "fout" : "fouten");
  return kContentError;
}

}  // namespace

int run_build(const std::vector<std::string>& args) {
  fs::path dir = ".";
  std::optional<fs::path> output;
  std::optional<std::string> dump;
  bool have_dir = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&]() -> std::optional<std::string> {
      if (i + 1 >= args.size()) return std::nullopt;
      return args[++i];
    };
    if (a == "--output" || a == "-o") {
      auto v = value();
      if (!v) return usage_error("--output vraagt om een map");
      output = *v;
    } else if (a.starts_with("--output=")) {
      output = a.substr(9);
    } else if (a == "--dump-context") {
      auto v = value();
      if (!v) return usage_error("--dump-context vraagt om een pagina, zoals gemeenten/deventer");
      dump = *v;
    } else if (a.starts_with("-")) {
      return usage_error(fmt::format("onbekende optie '{}'", a) +
                         [&] {
                           std::string s = suggest(a, {"--output", "--dump-context"});
                           return s.empty() ? std::string() : fmt::format(" — bedoelt u '{}'?", s);
                         }());
    } else if (!have_dir) {
      dir = a;
      have_dir = true;
    } else {
      return usage_error(fmt::format("te veel argumenten: '{}'", a));
    }
  }

  auto start = std::chrono::steady_clock::now();
  Diagnostics diags;
  if (dump) {
    std::optional<Project> project = load_project(dir, diags);
    if (!project) return report(diags);
    auto ctx = page_view_model(project->site, *dump, diags);
    if (diags.has_errors()) return report(diags);
    if (!ctx) return usage_error(fmt::format("geen pagina '{}' gevonden", *dump));
    std::printf("%s\n", ctx->dump(2).c_str());
    return kOk;
  }
  std::optional<SiteFiles> files = build_in_memory(dir, diags);
  if (!files) return report(diags);
  fs::path out = output ? *output : dir / "site";
  try {
    WriteOptions options;
    options.project = dir;
    options.on_wait = [&] {
      std::fprintf(stderr, "spiegel: een andere build schrijft nu naar %s; deze wacht tot die klaar is\n",
                   out.generic_string().c_str());
    };
    write_site(out, *files, options);
  } catch (const Error& e) {
    diags.add(e.diagnostic);
    return report(diags);
  }
  std::fputs(diags.warnings_str().c_str(), stderr);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::size_t pages = 0;
  for (const auto& [path, bytes] : *files) pages += path.ends_with(".html");
  std::fprintf(stderr, "spiegel: %zu pagina's, %zu bestanden → %s (%.2f s)\n", pages, files->size(),
               out.generic_string().c_str(), seconds);
  return kOk;
}

}  // namespace spiegel
