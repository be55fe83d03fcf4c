// Renders run as child processes, N at a time: no shell (paths are passed as
// arguments, so a name with a space or quote is just a name), each writing to
// a temporary name that becomes the real one only when the renderer succeeded,
// so a failed or interrupted render leaves no half a PDF under the real name.
#pragma once

#include <csignal>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace spiegel {

/// One child process: `program` with `arguments`, which makes `output`. The
/// arguments name `temporary` where the file should go; it becomes `output`
/// on success.
struct PdfJob {
  std::string name;  ///< as shown in progress and errors: "Zaltbommel"
  std::filesystem::path program;
  std::vector<std::string> arguments;
  std::filesystem::path temporary;
  std::filesystem::path output;
  std::filesystem::path input;  ///< the child's standard input; empty: none (/dev/null)
};

/// Where the jobs are, after one finished.
struct PdfProgress {
  std::size_t done = 0;
  std::size_t total = 0;
  std::string name;          ///< the job that just finished
  double seconds_left = -1;  ///< an estimate; negative before it can be made
};

struct PdfRunOptions {
  int parallel = 1;
  std::function<void(const PdfProgress&)> on_progress;
  /// Set (by a signal handler) to stop: running renders are ended and nothing is renamed.
  const volatile std::sig_atomic_t* stop = nullptr;
};

/// Why the jobs did not all succeed.
struct PdfFailure {
  std::string name;          ///< the job that failed; empty when interrupted
  std::string message;       ///< "stopte met afsluitcode 1", …
  std::string stderr_tail;   ///< the last lines its renderer wrote to stderr
  bool interrupted = false;  ///< stopped by `stop`
};

/// Runs `jobs`, at most `parallel` at once. Each job's stderr goes to
/// `temporary` + ".log". The first failure ends the others (SIGTERM) and
/// removes their temporary files; nullopt when every output exists.
std::optional<PdfFailure> run_pdf_jobs(const std::vector<PdfJob>& jobs, const PdfRunOptions& options);

/// The last `lines` non-empty lines of `text`.
std::string last_lines(const std::string& text, std::size_t lines);

}  // namespace spiegel
