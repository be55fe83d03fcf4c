// How long the anonymity check takes on a project's whole output: reading
// every file into words (normalise_text) and searching them for every
// anonymised gemeente. Not a test: a measurement, median of ROUNDS.
// Build and run: bench/anonymity_perftest.sh [PROJECT] [ROUNDS]
// The project needs `anonimiseren: true`; for the national benchmark:
//   python3 ../shared/bench/make_national.py /tmp/nat, then set anonimiseren in
//   /tmp/nat/spiegel/content/spiegel.yaml (the texts must not name their gemeente).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

#include "assemble/pages.h"
#include "base/text_normalise.h"
#include "perf_clock.h"
#include "site/pipeline.h"
#include "validate/anonymity.h"

using namespace spiegel;

using spiegel::bench::median;
using spiegel::bench::Stamp;

int main(int argc, char** argv) {
  std::string dir = argc > 1 ? argv[1] : ".";
  int rounds = argc > 2 ? std::atoi(argv[2]) : 5;
  Diagnostics d;
  std::optional<Project> project = load_project(dir, d);
  if (!project) {
    std::fputs(d.str().c_str(), stderr);
    return 1;
  }
  if (project->site.pseudonyms.empty()) {
    std::fputs("zet eerst anonimiseren: true in spiegel.yaml\n", stderr);
    return 2;
  }
  // Render without the check, to time it alone.
  project->site.content.settings.anonimiseren = false;
  SiteFiles files = build_site(project->site, project->theme, d);
  std::size_t bytes = 0;
  for (const auto& [path, text] : files) bytes += text.size();
  // As render_site gives them to the check: the text each page comes from.
  std::map<std::string, const Document*> sources;
  for (const PageSpec& page : plan_pages(project->site))
    if (page.doc) sources[page.path] = page.doc;
  std::vector<double> normalise_cpu, check_cpu, check_wall, memo_cpu, memo_wall;
  std::size_t errors = 0;
  for (int r = 0; r < rounds; ++r) {
    Stamp t0;
    std::size_t words = 0;
    for (const auto& [path, text] : files) words += normalise_text(text).size();
    Stamp t1;
    Diagnostics leaks;
    check_anonymity(project->site, files, sources, leaks);
    Stamp t2;
    errors = leaks.count();
    // As serve after a text edit: files without a text that did not change are not read again.
    AnonymityMemo memo;
    check_anonymity(project->site, files, sources, leaks, &memo);
    Stamp t3;
    check_anonymity(project->site, files, sources, leaks, &memo);
    Stamp t4;
    memo_cpu.push_back(t4.cpu - t3.cpu);
    memo_wall.push_back(t4.wall - t3.wall);
    normalise_cpu.push_back(t1.cpu - t0.cpu);
    check_cpu.push_back(t2.cpu - t1.cpu);
    check_wall.push_back(t2.wall - t1.wall);
    if (r == 0)
      std::printf("%.1f MB uitvoer in %zu bestanden → %.1f MB woorden\n", bytes / 1e6, files.size(), words / 1e6);
  }
  std::printf(
      "%zu gemeenten geanonimiseerd, %zu fouten; mediaan van %d: normalise_text %.0f ms processortijd, "
      "check_anonymity %.0f ms processortijd, %.0f ms op de klok\n",
      project->site.pseudonyms.size(), errors, rounds, median(normalise_cpu), median(check_cpu), median(check_wall));
  std::printf(
      "met het geheugen van serve (pagina's met een tekst opnieuw, de rest ongewijzigd): %.0f ms "
      "processortijd, %.0f ms op de klok\n",
      median(memo_cpu), median(memo_wall));
  return 0;
}
