// Running a short program to its end and keeping what it printed: git for
// the editions (load/git_editions.h). Its output goes through files, so a
// child that writes much on both stdout and stderr never waits on a pipe.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace spiegel {

struct ProgramResult {
  int exit_code = -1;  ///< -1 when it could not be started or was killed by a signal
  std::string out, err;
};

/// Runs `program` with `arguments` (no shell), standard input /dev/null, its
/// output in two files in `scratch` (a folder of the caller's own) that are
/// removed afterwards.
ProgramResult run_program(const std::filesystem::path& program, const std::vector<std::string>& arguments,
                          const std::filesystem::path& scratch);

}  // namespace spiegel
