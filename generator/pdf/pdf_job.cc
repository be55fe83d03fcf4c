#include "pdf/pdf_job.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <thread>

extern char** environ;

namespace fs = std::filesystem;

namespace spiegel {

namespace {

/// How often the running renders are looked at: often enough that a finished
/// render is seen at once next to its 1–3 s, rarely enough to cost nothing.
constexpr std::chrono::milliseconds kPoll{50};

struct Running {
  const PdfJob* job;
  pid_t pid;
};

fs::path log_of(const PdfJob& job) {
  fs::path p = job.temporary;
  p += ".log";
  return p;
}

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

/// The environment of a render: ours, with SOURCE_DATE_EPOCH fixed unless the
/// user set one. fontTools stamps each embedded font subset with the time
/// unless it is set, so the same page would give another PDF every run, and
/// the site writer would rewrite it each time (same input, same bytes).
std::vector<std::string> render_environment() {
  std::vector<std::string> env;
  bool epoch = false;
  for (char** e = environ; *e; ++e) {
    env.emplace_back(*e);
    epoch |= env.back().starts_with("SOURCE_DATE_EPOCH=");
  }
  if (!epoch) env.emplace_back("SOURCE_DATE_EPOCH=946684800");  // 1 January 2000
  return env;
}

/// Starts the job's program, stdout to /dev/null and stderr to its log; -1 and errno on failure.
pid_t spawn(const PdfJob& job, int& error) {
  std::vector<std::string> argv_strings;
  argv_strings.push_back(job.program.string());
  argv_strings.insert(argv_strings.end(), job.arguments.begin(), job.arguments.end());
  std::vector<char*> argv;
  for (std::string& a : argv_strings) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, job.input.empty() ? "/dev/null" : job.input.c_str(),
                                   O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, log_of(job).c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  std::vector<std::string> env_strings = render_environment();
  std::vector<char*> env;
  for (std::string& e : env_strings) env.push_back(e.data());
  env.push_back(nullptr);
  pid_t pid = -1;
  error = posix_spawn(&pid, job.program.c_str(), &actions, nullptr, argv.data(), env.data());
  posix_spawn_file_actions_destroy(&actions);
  return error == 0 ? pid : -1;
}

std::string exit_description(int status) {
  if (WIFEXITED(status)) return fmt::format("stopte met afsluitcode {}", WEXITSTATUS(status));
  if (WIFSIGNALED(status))
    return fmt::format("werd gestopt door signaal {} ({})", WTERMSIG(status), strsignal(WTERMSIG(status)));
  return "stopte onverwacht";
}

/// A renderer that exits 0 but leaves no PDF (or something else) has not made one.
bool looks_like_pdf(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  char head[5] = {};
  in.read(head, 5);
  return in && std::memcmp(head, "%PDF-", 5) == 0;
}

void remove_quietly(const fs::path& p) {
  std::error_code ec;
  fs::remove(p, ec);
}

}  // namespace

std::string last_lines(const std::string& text, std::size_t lines) {
  std::vector<std::string> kept;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(at, end - at);
    if (line.find_first_not_of(" \t\r") != std::string::npos) kept.push_back(line);
    at = end + 1;
  }
  std::string out;
  for (std::size_t i = kept.size() > lines ? kept.size() - lines : 0; i < kept.size(); ++i) out += kept[i] + "\n";
  return out;
}

std::optional<PdfFailure> run_pdf_jobs(const std::vector<PdfJob>& jobs, const PdfRunOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  const std::size_t parallel = static_cast<std::size_t>(std::max(1, options.parallel));
  std::vector<Running> running;
  std::size_t next = 0, done = 0;
  std::optional<PdfFailure> failure;

  // Ends every render still running and removes what it wrote so far.
  auto stop_all = [&] {
    for (const Running& r : running) kill(r.pid, SIGTERM);
    for (const Running& r : running) {
      int status = 0;
      while (waitpid(r.pid, &status, 0) < 0 && errno == EINTR) {
      }
      remove_quietly(r.job->temporary);
    }
    running.clear();
  };

  while (done < jobs.size()) {
    if (options.stop && *options.stop) {
      failure = PdfFailure{"", "onderbroken", "", true};
      break;
    }
    while (running.size() < parallel && next < jobs.size()) {
      const PdfJob& job = jobs[next++];
      remove_quietly(job.temporary);
      int error = 0;
      pid_t pid = spawn(job, error);
      if (pid < 0) {
        failure = PdfFailure{
            job.name, fmt::format("kon {} niet starten: {}", job.program.string(), std::strerror(error)), "", false};
        break;
      }
      running.push_back({&job, pid});
    }
    if (failure) break;
    bool finished_one = false;
    for (std::size_t i = 0; i < running.size();) {
      int status = 0;
      pid_t got = waitpid(running[i].pid, &status, WNOHANG);
      if (got == 0 || (got < 0 && errno == EINTR)) {
        ++i;
        continue;
      }
      const PdfJob& job = *running[i].job;
      running.erase(running.begin() + static_cast<std::ptrdiff_t>(i));
      finished_one = true;
      std::error_code ec;
      if (got > 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0 && looks_like_pdf(job.temporary)) {
        fs::rename(job.temporary, job.output, ec);
        if (!ec) {
          ++done;
          if (options.on_progress) {
            double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            options.on_progress({done, jobs.size(), job.name, elapsed / done * (jobs.size() - done)});
          }
          continue;
        }
      }
      std::string message = ec        ? fmt::format("kon de PDF niet bewaren: {}", ec.message())
                            : got < 0 ? "verdween"
                            : WIFEXITED(status) && !WEXITSTATUS(status) ? "maakte geen PDF"
                                                                        : exit_description(status);
      failure = PdfFailure{job.name, message, last_lines(read_all(log_of(job)), 8), false};
      remove_quietly(job.temporary);
      break;
    }
    if (failure) break;
    if (!finished_one) std::this_thread::sleep_for(kPoll);
  }
  if (failure) stop_all();
  return failure;
}

}  // namespace spiegel
