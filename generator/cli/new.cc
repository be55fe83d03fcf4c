// spiegel new gemeente <naam|code> [DIR]: start a report from the registry.
#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "load/content_loader.h"
#include "scaffold/report_skeleton.h"

namespace fs = std::filesystem;

namespace spiegel {

int run_new(const std::vector<std::string>& args) {
  ParseResult parsed = parse_arguments(args, {}, 3);
  if (!parsed.error.empty()) return usage_error(parsed.error);
  const std::vector<std::string>& words = parsed.arguments.positional;
  if (words.empty() || words[0] != "gemeente")
    return usage_error(words.empty()
                           ? "new vraagt wat er nieuw moet: 'spiegel new gemeente <naam of code>'"
                           : fmt::format("onbekend soort '{}'; 'spiegel new' kent alleen 'gemeente'", words[0]));
  if (words.size() < 2) return usage_error("new gemeente vraagt om een naam of CBS-code, zoals Deventer of GM0150");
  const std::string& wanted = words[1];
  fs::path dir = words.size() == 3 ? fs::path(words[2]) : fs::path(".");

  // Errors elsewhere in content/ do not stop a new text; only the registry matters.
  Diagnostics diags;
  Content content = load_content(dir, diags);
  if (content.registry.gemeenten.empty()) {
    std::fputs(diags.str().c_str(), stderr);
    std::fprintf(stderr, "spiegel: geen gemeenten gevonden in content/gemeenten.csv\n");
    return kContentError;
  }
  const Gemeente* g = find_gemeente(content.registry, wanted);
  if (!g) {
    std::string s = suggest_gemeente(content.registry, wanted);
    return usage_error(fmt::format("gemeente '{}' staat niet in content/gemeenten.csv", wanted) +
                       (s.empty() ? "" : fmt::format(" — bedoelt u '{}'?", s)));
  }
  for (const Report& r : content.reports)
    if (r.gemeente == g->code) {
      std::fprintf(stderr, "spiegel: %s heeft al een rapport: %s; dat blijft zoals het is\n", g->naam.c_str(),
                   r.doc.path.c_str());
      return kContentError;
    }

  std::string shown = "content/gemeenten/" + g->slug + ".md";
  fs::path file = dir / shown;
  // As build reads no text through a link, new writes none through one: a
  // linked content/gemeenten/ would put the text outside the project.
  for (const char* folder : {"content", "content/gemeenten"})
    if (fs::is_symlink(dir / folder)) {
      std::fprintf(stderr,
                   "spiegel: %s is een symbolische koppeling; Spiegel schrijft niet door een koppeling — zet de map "
                   "zelf in het project\n",
                   folder);
      return kContentError;
    }
  std::error_code ec;
  fs::create_directories(file.parent_path(), ec);
  // "x": the file is created only if it does not exist, also when two run at once.
  std::FILE* f = std::fopen(file.c_str(), "wx");
  if (!f) {
    if (errno == EEXIST)
      std::fprintf(stderr, "spiegel: %s bestaat al; Spiegel overschrijft geen tekst\n", shown.c_str());
    else
      std::fprintf(stderr, "spiegel: kan %s niet schrijven: %s\n", shown.c_str(), std::strerror(errno));
    return kContentError;
  }
  std::string text = report_skeleton(content, *g);
  bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
  ok = std::fclose(f) == 0 && ok;
  if (!ok) {
    std::fprintf(stderr, "spiegel: kan %s niet schrijven\n", shown.c_str());
    return kContentError;
  }
  std::printf("%s geschreven voor %s (%s); bekijk het met 'spiegel serve'\n", shown.c_str(), g->naam.c_str(),
              g->code.c_str());
  return kOk;
}

}  // namespace spiegel
