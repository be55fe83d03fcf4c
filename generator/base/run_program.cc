#include "base/run_program.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <atomic>
#include <cerrno>
#include <fstream>
#include <iterator>

extern char** environ;

namespace fs = std::filesystem;

namespace spiegel {

namespace {

std::string take_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::string bytes{std::istreambuf_iterator<char>(in), {}};
  std::error_code ec;
  fs::remove(p, ec);
  return bytes;
}

}  // namespace

ProgramResult run_program(const fs::path& program, const std::vector<std::string>& arguments, const fs::path& scratch) {
  // Names of their own, so that runs side by side in one folder do not meet.
  static std::atomic<unsigned> runs{0};
  const unsigned run = runs++;
  const fs::path out_file = scratch / ("uitvoer-" + std::to_string(run));
  const fs::path err_file = scratch / ("fouten-" + std::to_string(run));
  std::vector<std::string> argv_strings = {program.string()};
  argv_strings.insert(argv_strings.end(), arguments.begin(), arguments.end());
  std::vector<char*> argv;
  for (std::string& a : argv_strings) argv.push_back(a.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  pid_t pid = 0;
  const int spawned = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ProgramResult result;
  if (spawned == 0) {
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  }
  result.out = take_file(out_file);
  result.err = take_file(err_file);
  return result;
}

}  // namespace spiegel
