// How long load, compute and the open data take for a project (default: the
// example monitor). Not a test: a measurement, median of ROUNDS.
// Build and run: bench/compute_perftest.sh [PROJECT] [ROUNDS]
// For the national benchmark: python3 ../shared/bench/make_national.py /tmp/nat
//                             bench/compute_perftest.sh /tmp/nat/spiegel
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

#include "compute/site_data.h"
#include "load/content_loader.h"
#include "perf_clock.h"
#include "site/pipeline.h"
#include "write/open_data.h"

using namespace spiegel;

using spiegel::bench::median;
using spiegel::bench::Stamp;

int main(int argc, char** argv) {
  std::string dir = argc > 1 ? argv[1] : ".";
  int rounds = argc > 2 ? std::atoi(argv[2]) : 5;
  const bool compute_only = argc > 3 && std::string(argv[3]) == "rekenen";  // for a profiler
  std::vector<double> load, compute, open_cpu, open_wall;
  std::size_t observations = 0, bytes = 0;
  for (int r = 0; r < rounds; ++r) {
    Diagnostics d;
    Stamp t0;
    Content c = load_content(dir, d);
    Stamp t1;
    observations = c.observations.size();
    SiteData site = prepare_site(std::move(c), d);
    Stamp t2;
    if (d.has_errors()) {
      std::fputs(d.str().c_str(), stderr);
      return 1;
    }
    load.push_back(t1.cpu - t0.cpu);
    compute.push_back(t2.cpu - t1.cpu);
    if (compute_only) continue;
    std::map<std::string, std::string> files = complete_open_data(open_data_figures(site), site, {});
    Stamp t3;
    bytes = 0;
    for (const auto& [path, text] : files) bytes += text.size();
    open_cpu.push_back(t3.cpu - t2.cpu);
    open_wall.push_back(t3.wall - t2.wall);
  }
  std::printf(
      "%zu observaties; processortijd, mediaan van %d: laden %.0f ms, rekenen (valideren + benchmark) %.0f ms\n",
      observations, rounds, median(load), median(compute));
  if (!compute_only)
    std::printf("open data (%.1f MB): %.0f ms processortijd, %.0f ms op de klok (twee draden)\n", bytes / 1e6,
                median(open_cpu), median(open_wall));
  return 0;
}
