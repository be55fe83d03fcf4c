#include "pdf/pdf_job.h"

#include <doctest/doctest.h>
#include <pthread.h>
#include <sys/stat.h>

#include <csignal>
#include <thread>

#include "temp_project.h"

using namespace spiegel;
using spiegel::testing::TempProject;
namespace fs = std::filesystem;

namespace {

/// A renderer that runs the shell script `body` with the output as $1.
fs::path fake_renderer(const TempProject& t, const std::string& body) {
  t.write("bin/renderer", "#!/bin/sh\n" + body);
  fs::path p = t.root() / "bin/renderer";
  chmod(p.c_str(), 0755);
  return p;
}

PdfJob job(const TempProject& t, const fs::path& program, const std::string& name) {
  fs::path out = t.root() / (name + ".pdf");
  fs::path tmp = t.root() / (name + ".pdf.deel");
  return {name, program, {tmp.string()}, tmp, out, {}};
}

}  // namespace

TEST_CASE("pdf jobs: each output appears under its name only when its renderer succeeded") {
  TempProject t;
  fs::path ok = fake_renderer(t, "printf '%%PDF-1.7 klaar' > \"$1\"\n");
  std::vector<std::size_t> seen;
  PdfRunOptions options;
  options.parallel = 2;
  options.on_progress = [&](const PdfProgress& p) { seen.push_back(p.done); };
  CHECK_FALSE(run_pdf_jobs({job(t, ok, "a"), job(t, ok, "b"), job(t, ok, "c")}, options));
  CHECK(seen == std::vector<std::size_t>{1, 2, 3});
  for (const char* name : {"a.pdf", "b.pdf", "c.pdf"}) CHECK(t.read(name) == "%PDF-1.7 klaar");
  CHECK_FALSE(fs::exists(t.root() / "a.pdf.deel"));
}

TEST_CASE("pdf jobs: a failing renderer leaves no PDF, and its last lines of stderr are in the failure") {
  TempProject t;
  fs::path bad =
      fake_renderer(t, "printf '%%PDF-1.7 half' > \"$1\"\necho 'regel 1' >&2\necho 'ERROR: kapot' >&2\nexit 3\n");
  std::optional<PdfFailure> f = run_pdf_jobs({job(t, bad, "a")}, {});
  REQUIRE(f);
  CHECK(f->name == "a");
  CHECK(f->message == "stopte met afsluitcode 3");
  CHECK(f->stderr_tail == "regel 1\nERROR: kapot\n");
  CHECK_FALSE(fs::exists(t.root() / "a.pdf"));
  CHECK_FALSE(fs::exists(t.root() / "a.pdf.deel"));
  // Exit 0 without a PDF is no PDF either.
  fs::path empty = fake_renderer(t, "exit 0\n");
  f = run_pdf_jobs({job(t, empty, "b")}, {});
  REQUIRE(f);
  CHECK(f->message == "maakte geen PDF");
}

volatile std::sig_atomic_t g_stop_for_test = 0;
extern "C" void stop_for_test(int) { g_stop_for_test = 1; }

TEST_CASE("pdf jobs: a stop (Ctrl-C) ends the running renders and keeps nothing") {
  TempProject t;
  fs::path slow = fake_renderer(t, "printf '%%PDF-1.7 half' > \"$1\"\nexec sleep 10\n");
  // Set by a signal handler, as `spiegel pdf` does: written from another thread
  // the flag would be a data race (ThreadSanitizer says so).
  g_stop_for_test = 0;
  auto* previous = std::signal(SIGUSR1, stop_for_test);
  PdfRunOptions options;
  options.parallel = 2;
  options.stop = &g_stop_for_test;
  const pthread_t runner = pthread_self();
  std::thread stopper([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    pthread_kill(runner, SIGUSR1);
  });
  auto start = std::chrono::steady_clock::now();
  std::optional<PdfFailure> f = run_pdf_jobs({job(t, slow, "a"), job(t, slow, "b")}, options);
  stopper.join();
  std::signal(SIGUSR1, previous);
  REQUIRE(f);
  CHECK(f->interrupted);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
  for (const char* name : {"a.pdf", "a.pdf.deel", "b.pdf", "b.pdf.deel"}) CHECK_FALSE(fs::exists(t.root() / name));
}
