#include "base/link_policy.h"

#include <fmt/format.h>

namespace spiegel {

namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
/// What the URL standard strips from both ends: C0 controls and space.
bool is_c0_or_space(char c) { return static_cast<unsigned char>(c) <= 0x20; }

}  // namespace

std::string link_scheme(std::string_view url) {
  while (!url.empty() && is_c0_or_space(url.front())) url.remove_prefix(1);
  while (!url.empty() && is_c0_or_space(url.back())) url.remove_suffix(1);
  std::string s;
  for (char c : url)
    if (c != '\t' && c != '\n' && c != '\r') s += c;
  if (s.empty() || !is_alpha(s[0])) return {};
  std::size_t i = 1;
  while (i < s.size() && (is_alpha(s[i]) || is_digit(s[i]) || s[i] == '+' || s[i] == '-' || s[i] == '.')) ++i;
  if (i >= s.size() || s[i] != ':') return {};
  s.resize(i);
  for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s;
}

bool is_allowed_link(std::string_view url) {
  std::string scheme = link_scheme(url);
  return scheme.empty() || scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "tel";
}

std::string disallowed_link_message(std::string_view url) {
  std::string shown;
  for (char c : url) {
    auto u = static_cast<unsigned char>(c);
    shown += u < 0x20 || u == 0x7f ? fmt::format("%{:02X}", u) : std::string(1, c);
  }
  return fmt::format("link naar '{}': alleen http(s)-, mailto- en tel-links en links binnen de site zijn toegestaan",
                     shown);
}

}  // namespace spiegel
