// How long `spiegel serve` takes to rebuild after each kind of change, on a
// copy of a project (default: the example monitor). Not a test: a measurement.
// Build and run: bench/serve_rebuild.sh [PROJECT] [ROUNDS]
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "perf_clock.h"
#include "serve/rebuilder.h"

namespace fs = std::filesystem;
using namespace spiegel;
using spiegel::bench::median;

namespace {

void append(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::app) << text; }

}  // namespace

int main(int argc, char** argv) {
  fs::path source = argc > 1 ? argv[1] : ".";
  int rounds = argc > 2 ? std::stoi(argv[2]) : 30;
  fs::path dir = fs::temp_directory_path() / ("spiegel-bench-" + std::to_string(std::random_device{}()));
  fs::create_directories(dir);
  fs::copy(source / "content", dir / "content", fs::copy_options::recursive);
  if (fs::exists(source / "templates")) fs::copy(source / "templates", dir / "templates", fs::copy_options::recursive);

  fs::path text;
  for (const auto& e : fs::directory_iterator(dir / "content" / "gemeenten"))
    if (e.path().extension() == ".md") text = e.path();
  fs::path data;
  for (const auto& e : fs::directory_iterator(dir / "content" / "data")) data = e.path();
  fs::create_directories(dir / "templates");
  fs::path css = dir / "templates" / "spiegel.css";
  if (!fs::exists(css)) std::ofstream(css) << "/* bench */\n";
  auto rel = [&](const fs::path& p) { return fs::relative(p, dir).generic_string(); };

  Rebuilder r(dir);
  std::vector<double> full, text_ms, data_ms, tmpl_ms;
  for (int i = 0; i < rounds; ++i) {
    full.push_back(Rebuilder(dir).build_all().milliseconds);
    r.build_all();
    append(text, "\nNog een zin.\n");
    BuildOutcome t = r.rebuild({{rel(text), FileChange::Type::modified}});
    text_ms.push_back(t.milliseconds);
    append(data, "");
    data_ms.push_back(r.rebuild({{rel(data), FileChange::Type::modified}}).milliseconds);
    append(css, "/* x */\n");
    tmpl_ms.push_back(r.rebuild({{rel(css), FileChange::Type::modified}}).milliseconds);
    if (!t.files || t.redone != "tekst") {
      std::fprintf(stderr, "tekstwijziging gaf '%s'%s\n", t.redone.c_str(), t.files ? "" : " en een fout");
      return 1;
    }
  }
  std::printf("mediaan over %d rondes (ms): eerste bouw %.1f, tekst %.1f, data %.1f, sjabloon %.1f\n", rounds,
              median(full), median(text_ms), median(data_ms), median(tmpl_ms));
  fs::remove_all(dir);
  return 0;
}
