#include "load/git_editions.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <sstream>

#include "base/diagnostics.h"
#include "base/program_path.h"
#include "base/run_program.h"
#include "base/text.h"

namespace fs = std::filesystem;

namespace spiegel {

namespace {

[[noreturn]] void fail(const std::string& message) {
  Diagnostic d;
  d.message = message;
  throw Error{std::move(d)};
}

fs::path tool(const char* name) {
  if (auto found = find_program(name, std::getenv("PATH"))) return *found;
  fail(
      fmt::format("{} is niet gevonden (het staat niet in PATH); --edities leest de edities met git uit de "
                  "geschiedenis van het project. Installeer het met 'apt-get install git tar' (als root)",
                  name));
}

/// Runs git in `project`; its stdout, or an error that says what git said.
std::string git(const fs::path& project, std::vector<std::string> arguments, const fs::path& scratch) {
  arguments.insert(arguments.begin(), {"-C", project.string()});
  ProgramResult r = run_program(tool("git"), arguments, scratch);
  if (r.exit_code != 0) fail(fmt::format("git {} gaf een fout: {}", arguments[2], trim(r.err.empty() ? r.out : r.err)));
  return r.out;
}

bool folder_name(const std::string& s) {
  return !s.empty() && s != "." && s != ".." && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
           c == '-';
  });
}

}  // namespace

std::vector<EditionTag> edition_tags(const fs::path& project, const fs::path& scratch) {
  // %(*objectname) is the commit an annotated tag points to; empty for a lightweight tag.
  const std::string listed = git(project,
                                 {"for-each-ref", "--sort=refname",
                                  "--format=%(refname:strip=2)%09%(objectname)%09%(*objectname)", "refs/tags/editie-*"},
                                 scratch);
  std::vector<EditionTag> out;
  std::istringstream lines(listed);
  for (std::string line; std::getline(lines, line);) {
    // name TAB object TAB peeled commit
    const std::size_t first = line.find('\t'), second = line.find('\t', first + 1);
    if (first == std::string::npos || second == std::string::npos) continue;
    EditionTag t;
    t.tag = line.substr(0, first);
    t.jaar = t.tag.substr(std::string("editie-").size());
    const std::string peeled = line.substr(second + 1);
    t.commit = peeled.empty() ? line.substr(first + 1, second - first - 1) : peeled;
    if (!folder_name(t.jaar))
      fail(
          fmt::format("tag '{}': na 'editie-' mogen alleen letters, cijfers, '.', '_' en '-' staan, zoals "
                      "editie-2023; het wordt de map edities/<jaar>/",
                      t.tag));
    out.push_back(std::move(t));
  }
  return out;
}

void extract_edition(const fs::path& project, const EditionTag& tag, const fs::path& into, const fs::path& scratch) {
  // The project may be a folder inside the repository: take the tag's tree of that folder. git
  // archive runs at the top, since in a subfolder it would look for that folder in the tree again.
  const std::string prefix(trim(git(project, {"rev-parse", "--show-prefix"}, scratch)));
  const fs::path top(std::string(trim(git(project, {"rev-parse", "--show-toplevel"}, scratch))));
  const fs::path archive = fs::absolute(scratch / (tag.jaar + ".tar"));
  git(top, {"archive", "--format=tar", "--output=" + archive.string(), tag.commit + ":" + prefix}, scratch);
  fs::create_directories(into);
  ProgramResult r =
      run_program(tool("tar"), {"-x", "--no-same-owner", "-f", archive.string(), "-C", into.string()}, scratch);
  std::error_code ec;
  fs::remove(archive, ec);
  if (r.exit_code != 0) fail(fmt::format("tar kon {} niet uitpakken: {}", tag.tag, trim(r.err)));
}

}  // namespace spiegel
