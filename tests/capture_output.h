// Captures what a command prints on stdout, for tests of the thin cli commands.
#pragma once

#include <unistd.h>

#include <cstdio>
#include <functional>
#include <string>

namespace spiegel::testing {

/// Runs `f` with stdout going to a temporary file; returns f's result and the text.
inline std::pair<int, std::string> capture_stdout(const std::function<int()>& f) {
  std::fflush(stdout);
  std::FILE* tmp = std::tmpfile();
  int saved = dup(fileno(stdout));
  dup2(fileno(tmp), fileno(stdout));
  int rc = f();
  std::fflush(stdout);
  dup2(saved, fileno(stdout));
  close(saved);
  std::string out;
  std::rewind(tmp);
  char buf[4096];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, tmp)) > 0;) out.append(buf, n);
  std::fclose(tmp);
  return {rc, out};
}

}  // namespace spiegel::testing
