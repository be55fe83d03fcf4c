#include "serve/request_path.h"

#include <array>

namespace spiegel {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/// Decodes %XX once; nullopt on a malformed escape. '+' stays '+': it means a
/// space only in query strings, which were cut off before.
std::optional<std::string> percent_decode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '%') {
      out += s[i];
      continue;
    }
    if (i + 2 >= s.size()) return std::nullopt;
    int hi = hex_value(s[i + 1]), lo = hex_value(s[i + 2]);
    if (hi < 0 || lo < 0) return std::nullopt;
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  return out;
}

bool ends_with_ci(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    char c = s[s.size() - suffix.size() + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

}  // namespace

std::optional<std::string> site_path_for(std::string_view target) {
  std::size_t end = target.find_first_of("?#");
  if (end != std::string_view::npos) target = target.substr(0, end);
  if (target.empty() || target.front() != '/') return std::nullopt;
  std::optional<std::string> decoded = percent_decode(target);
  if (!decoded) return std::nullopt;
  // Checked after decoding, so %00, %5C and %2e%2e are caught as well.
  if (decoded->find('\0') != std::string::npos || decoded->find('\\') != std::string::npos) return std::nullopt;

  std::string path;
  std::size_t pos = 0;
  while (pos <= decoded->size()) {
    std::size_t slash = decoded->find('/', pos);
    if (slash == std::string::npos) slash = decoded->size();
    std::string_view segment(decoded->data() + pos, slash - pos);
    pos = slash + 1;
    if (segment.empty() || segment == ".") continue;
    if (segment == "..") return std::nullopt;
    if (!path.empty()) path += '/';
    path += segment;
  }
  if (path.empty() || decoded->back() == '/') path += path.empty() ? "index.html" : "/index.html";
  return path;
}

std::string content_type_for(std::string_view path) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 17> kTypes = {{
      {".html", "text/html; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".json", "application/json"},
      {".xml", "application/xml"},
      {".csv", "text/csv; charset=utf-8"},
      {".txt", "text/plain; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},
      {".webp", "image/webp"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".pdf", "application/pdf"},
  }};
  for (const auto& [ext, type] : kTypes)
    if (ends_with_ci(path, ext)) return std::string(type);
  return "application/octet-stream";
}

}  // namespace spiegel
