#include "base/basis_path.h"

namespace spiegel {

std::string basis_path(std::string_view basis_url) {
  std::size_t scheme = basis_url.find("://");
  std::string_view rest = scheme == std::string_view::npos ? basis_url : basis_url.substr(scheme + 3);
  std::size_t slash = scheme == std::string_view::npos ? 0 : rest.find('/');
  if (slash == std::string_view::npos) return "/";
  std::string path(rest.substr(slash));
  if (std::size_t q = path.find_first_of("?#"); q != std::string::npos) path.erase(q);
  if (path.empty() || path.front() != '/') path.insert(path.begin(), '/');
  if (path.back() != '/') path += '/';
  return path;
}

}  // namespace spiegel
