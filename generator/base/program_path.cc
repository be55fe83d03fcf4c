#include "base/program_path.h"

#include <unistd.h>

#include <string_view>

namespace fs = std::filesystem;

namespace spiegel {

std::optional<fs::path> find_program(const std::string& name, const char* path_env) {
  if (name.empty()) return std::nullopt;
  auto usable = [](const fs::path& p) {
    std::error_code ec;
    return fs::is_regular_file(p, ec) && access(p.c_str(), X_OK) == 0;
  };
  if (name.find('/') != std::string::npos) return usable(name) ? std::optional<fs::path>(name) : std::nullopt;
  std::string_view path = path_env ? path_env : "";
  for (std::size_t at = 0; at <= path.size();) {
    std::size_t end = std::min(path.find(':', at), path.size());
    // An empty entry is the current folder, as for the shell.
    fs::path dir = end == at ? fs::path(".") : fs::path(path.substr(at, end - at));
    if (usable(dir / name)) return dir / name;
    at = end + 1;
  }
  return std::nullopt;
}

}  // namespace spiegel
