// spiegel new gemeente <naam|code> [DIR] [--toevoegen]: start a report from the
// registry; a gemeente that only the national list knows is offered as a row to add.
#include <fmt/format.h>

#include <cstdio>
#include <filesystem>

#include "base/file_io.h"
#include "base/text.h"
#include "cli/arguments.h"
#include "cli/commands.h"
#include "load/content_loader.h"
#include "scaffold/national_gemeenten.h"
#include "scaffold/report_skeleton.h"

namespace fs = std::filesystem;

namespace spiegel {

namespace {

/// `word` as a shell reads it back: quoted when it holds anything but plain
/// path characters, so the suggested command also works for "Mijn monitor".
std::string shell_word(const std::string& word) {
  if (!word.empty() &&
      word.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_./-") == std::string::npos)
    return word;
  std::string out = "'";
  for (char c : word) {
    if (c == '\'')
      out.append("'\\''");  // close, an escaped quote, open again
    else
      out.push_back(c);
  }
  out.push_back('\'');
  return out;
}

/// A gemeente of the national list that the project's gemeenten.csv lacks:
/// prints the row to add, or with `add` adds it. kOk only when it was added.
int offer_registry_row(const fs::path& dir, const Registry& registry, const NationalGemeente& n, bool add,
                       const std::string& command) {
  const std::string shown = "content/gemeenten.csv";
  // The columns the national list cannot fill: the researcher's groups may need them.
  std::vector<std::string> empty;
  for (const std::string& c : registry.columns)
    if (c != "code" && c != "naam" && c != "provincie" && c != "jeugdregio") empty.push_back(c);
  std::string fill_in = empty.empty() ? "" : fmt::format("Vul daarna ook {} in.\n", list_in_words(empty));
  try {
    std::string row, text = with_registry_row(read_file(dir / shown, shown), n, &row);
    if (!add) {
      std::fprintf(stderr,
                   "spiegel: %s (%s, %s) staat niet in %s, wel in de lijst van alle gemeenten van 2024 die Spiegel "
                   "kent.\nVoeg deze regel toe aan %s:\n\n  %s\n\nof laat Spiegel dat doen: %s --toevoegen\n%s",
                   n.naam.c_str(), n.code.c_str(), n.provincie.c_str(), shown.c_str(), shown.c_str(), row.c_str(),
                   command.c_str(), fill_in.c_str());
      return kContentError;
    }
    replace_file(dir / shown, text, shown);
    std::printf("%s: regel toegevoegd: %s\n%s", shown.c_str(), row.c_str(), fill_in.c_str());
    return kOk;
  } catch (const Error& e) {
    std::fprintf(stderr, "%s\n", e.diagnostic.str().c_str());
    return kContentError;
  }
}

}  // namespace

int run_new(const std::vector<std::string>& args) {
  ParseResult parsed = parse_arguments(args, {{"--toevoegen", "", false, "", {"--add"}}}, 3);
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
  // As build reads no text through a link, new writes none through one: a
  // linked content/gemeenten/ would put the text (or the registry row) outside the project.
  for (const char* folder : {"content", "content/gemeenten"})
    if (fs::is_symlink(dir / folder)) {
      std::fprintf(stderr,
                   "spiegel: %s is een symbolische koppeling; Spiegel schrijft niet door een koppeling — zet de map "
                   "zelf in het project\n",
                   folder);
      return kContentError;
    }
  const Gemeente* g = find_gemeente(content.registry, wanted);
  if (!g) {
    const NationalGemeente* n = find_national_gemeente(wanted);
    if (!n) {
      std::string s = suggest_gemeente(content.registry, wanted);
      return usage_error(
          fmt::format("gemeente '{}' staat niet in content/gemeenten.csv en is geen gemeente van 2024", wanted) +
          (s.empty() ? "" : fmt::format(" — bedoelt u '{}'?", s)));
    }
    std::string command = fmt::format("spiegel new gemeente {}{}{}", n->code, words.size() == 3 ? " " : "",
                                      words.size() == 3 ? shell_word(words[2]) : "");
    if (int rc = offer_registry_row(dir, content.registry, *n, parsed.arguments.has("--toevoegen"), command); rc != kOk)
      return rc;
    content = load_content(dir, diags);
    g = content.registry.find(n->code);
    if (!g) {
      std::fputs(diags.str().c_str(), stderr);
      return kContentError;
    }
  }
  for (const Report& r : content.reports)
    if (r.gemeente == g->code) {
      std::fprintf(stderr, "spiegel: %s heeft al een rapport: %s; dat blijft zoals het is\n", g->naam.c_str(),
                   r.doc.path.c_str());
      return kContentError;
    }

  std::string shown = "content/gemeenten/" + g->slug + ".md";
  fs::path file = dir / shown;
  std::error_code ec;
  fs::create_directories(file.parent_path(), ec);
  try {
    create_new_file(file, report_skeleton(content, *g), shown);
  } catch (const Error& e) {
    std::fprintf(stderr, "%s\n", e.diagnostic.str().c_str());
    return kContentError;
  }
  std::printf("%s geschreven voor %s (%s); bekijk het met 'spiegel serve'\n", shown.c_str(), g->naam.c_str(),
              g->code.c_str());
  return kOk;
}

}  // namespace spiegel
