#include "base/file_io.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include "base/diagnostics.h"

namespace spiegel {

std::string read_file(const std::filesystem::path& path, const std::string& shown) {
  auto too_large = [&] {
    return Error{{{shown, 0, 0},
                  fmt::format("is groter dan {} MB; zo'n groot bestand leest Spiegel niet — verdeel het, bijvoorbeeld "
                              "per bron of per jaar",
                              kMaxFileBytes >> 20),
                  {}}};
  };
  std::error_code ec;
  if (std::filesystem::is_regular_file(path, ec) && std::filesystem::file_size(path, ec) > kMaxFileBytes)
    throw too_large();
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error{{{shown, 0, 0}, "bestand kan niet gelezen worden", {}}};
  // In pieces, with a limit: a device or pipe says nothing of its size beforehand.
  std::string out;
  char piece[1 << 16];
  while (in.read(piece, sizeof piece) || in.gcount() > 0) {
    out.append(piece, static_cast<std::size_t>(in.gcount()));
    if (out.size() > kMaxFileBytes) throw too_large();
  }
  return out;
}

void replace_file(const std::filesystem::path& path, std::string_view text, const std::string& shown) {
  auto fail = [&](std::string message) { throw Error{{{shown, 0, 0}, std::move(message), {}}}; };
  if (std::filesystem::is_symlink(path))
    fail(
        "is een symbolische koppeling; Spiegel schrijft niet door een koppeling — zet het bestand zelf in het project");
  std::filesystem::path tmp = path;
  tmp += ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary);
    f.write(text.data(), static_cast<std::streamsize>(text.size()));
    f.close();
    if (!f) {
      std::error_code ignored;
      std::filesystem::remove(tmp, ignored);
      fail("kan niet geschreven worden");
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    std::filesystem::remove(tmp, ec);
    fail("kan niet geschreven worden");
  }
}

void create_new_file(const std::filesystem::path& path, std::string_view text, const std::string& shown) {
  // "x": O_EXCL, which also refuses a symbolic link, even one that points nowhere.
  std::FILE* f = std::fopen(path.c_str(), "wx");
  if (!f) {
    std::string why = errno == EEXIST ? "bestaat al; Spiegel overschrijft het niet" : std::strerror(errno);
    throw Error{{{shown, 0, 0}, why, {}}};
  }
  bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
  ok = std::fclose(f) == 0 && ok;
  if (!ok) throw Error{{{shown, 0, 0}, "kan niet geschreven worden", {}}};
}

std::string display_path(const std::filesystem::path& path, const std::filesystem::path& root) {
  std::error_code ec;
  auto rel = std::filesystem::relative(path, root, ec);
  if (ec || rel.empty() || rel.native().starts_with("..")) return path.generic_string();
  return rel.generic_string();
}

}  // namespace spiegel
