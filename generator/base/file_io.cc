#include "base/file_io.h"

#include <fstream>
#include <sstream>

#include "base/diagnostics.h"

namespace spiegel {

std::string read_file(const std::filesystem::path& path, const std::string& shown) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error{{{shown, 0, 0}, "bestand kan niet gelezen worden", {}}};
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string display_path(const std::filesystem::path& path, const std::filesystem::path& root) {
  std::error_code ec;
  auto rel = std::filesystem::relative(path, root, ec);
  if (ec || rel.empty() || rel.native().starts_with("..")) return path.generic_string();
  return rel.generic_string();
}

}  // namespace spiegel
