// The subcommands, one thin file each: they wire the stages together and
// talk to the terminal; no stage knows about the command line.
#pragma once

#include <string>
#include <vector>

namespace spiegel {

/// Exit codes: 0 success, 1 errors in content or templates, 2 wrong usage.
enum ExitCode { kOk = 0, kContentError = 1, kUsageError = 2 };

/// `spiegel build [DIR] [--output OUT] [--dump-context PAGE]`
int run_build(const std::vector<std::string>& args);

/// Prints "spiegel: <message>" and the hint to use --help; returns kUsageError.
int usage_error(const std::string& message);

}  // namespace spiegel
