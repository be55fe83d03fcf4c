// Captures what a command prints on stdout or stderr, for tests of the thin cli commands.
#pragma once

#include <unistd.h>

#include <cstdio>
#include <functional>
#include <string>

namespace spiegel::testing {

/// Runs `f` with `stream` (stdout or stderr) going to a temporary file; returns f's result and the text.
inline std::pair<int, std::string> capture(std::FILE* stream, const std::function<int()>& f) {
  std::fflush(stream);
  std::FILE* tmp = std::tmpfile();
  int saved = dup(fileno(stream));
  dup2(fileno(tmp), fileno(stream));
  int rc = f();
  std::fflush(stream);
  dup2(saved, fileno(stream));
  close(saved);
  std::string out;
  std::rewind(tmp);
  char buf[4096];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, tmp)) > 0;) out.append(buf, n);
  std::fclose(tmp);
  return {rc, out};
}

/// Runs `f` with stdout going to a temporary file; returns f's result and the text.
inline std::pair<int, std::string> capture_stdout(const std::function<int()>& f) { return capture(stdout, f); }

/// The same for stderr, where build and check write their errors and warnings.
inline std::pair<int, std::string> capture_stderr(const std::function<int()>& f) { return capture(stderr, f); }

}  // namespace spiegel::testing
