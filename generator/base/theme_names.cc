#include "base/theme_names.h"

namespace spiegel {

std::string theme_key(std::string_view name) {
  std::string out;
  bool space = false;
  for (char c : name) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

std::string ThemeNames::canonical(const std::string& name, bool& merged) {
  auto [it, fresh] = first_.emplace(theme_key(name), name);
  merged = !fresh && it->second != name;
  return it->second;
}

}  // namespace spiegel
