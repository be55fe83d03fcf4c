// A strict XML well-formedness check for tests of the SVG Spiegel draws: one
// root element, every tag closed in order, attributes quoted and unique, only
// the five XML entities and numeric references, no stray '<' or '&'. Not a
// parser for general XML (no DOCTYPE, no CDATA): Spiegel writes neither.
#pragma once

#include <cctype>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace spiegel::testing {

/// "" when `xml` is well-formed, else what is wrong and at which byte.
inline std::string xml_problem(std::string_view xml) {
  std::vector<std::string> open;
  std::size_t i = 0, roots = 0;
  auto fail = [&](const std::string& what) { return what + " bij byte " + std::to_string(i); };
  auto name_char = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == ':' || c == '.';
  };
  auto check_entity = [&](std::size_t at) -> bool {  // at points to '&'
    std::size_t semi = xml.find(';', at);
    if (semi == std::string_view::npos || semi - at > 10) return false;
    std::string_view e = xml.substr(at + 1, semi - at - 1);
    if (e == "amp" || e == "lt" || e == "gt" || e == "quot" || e == "apos") return true;
    if (e.size() >= 2 && e[0] == '#') {
      bool hex = e[1] == 'x';
      std::string_view digits = e.substr(hex ? 2 : 1);
      if (digits.empty()) return false;
      for (char c : digits)
        if (!(hex ? std::isxdigit(static_cast<unsigned char>(c)) : std::isdigit(static_cast<unsigned char>(c))))
          return false;
      return true;
    }
    return false;
  };
  while (i < xml.size()) {
    char c = xml[i];
    if (c == '&') {
      if (!check_entity(i)) return fail("losse of onbekende entiteit");
      ++i;
    } else if (c != '<') {
      if (open.empty() && !std::isspace(static_cast<unsigned char>(c))) return fail("tekst buiten het hoofdelement");
      ++i;
    } else if (xml.substr(i, 4) == "<!--") {
      std::size_t end = xml.find("-->", i + 4);
      if (end == std::string_view::npos) return fail("commentaar niet gesloten");
      i = end + 3;
    } else if (xml.substr(i, 2) == "</") {
      std::size_t end = xml.find('>', i);
      if (end == std::string_view::npos) return fail("sluittag niet gesloten");
      std::string name(xml.substr(i + 2, end - i - 2));
      while (!name.empty() && std::isspace(static_cast<unsigned char>(name.back()))) name.pop_back();
      if (open.empty() || open.back() != name) return fail("sluittag </" + name + "> past niet");
      open.pop_back();
      i = end + 1;
    } else {
      ++i;
      std::size_t start = i;
      while (i < xml.size() && name_char(xml[i])) ++i;
      std::string name(xml.substr(start, i - start));
      if (name.empty()) return fail("'<' zonder naam");
      if (open.empty() && ++roots > 1) return fail("meer dan één hoofdelement");
      std::set<std::string> attrs;
      while (true) {
        while (i < xml.size() && std::isspace(static_cast<unsigned char>(xml[i]))) ++i;
        if (i >= xml.size()) return fail("tag niet gesloten");
        if (xml[i] == '>') {
          open.push_back(name);
          ++i;
          break;
        }
        if (xml.substr(i, 2) == "/>") {
          i += 2;
          break;
        }
        std::size_t a = i;
        while (i < xml.size() && name_char(xml[i])) ++i;
        if (a == i) return fail("onverwacht teken in tag <" + name + ">");
        std::string attr(xml.substr(a, i - a));
        if (!attrs.insert(attr).second) return fail("attribuut '" + attr + "' dubbel");
        if (i >= xml.size() || xml[i] != '=') return fail("attribuut '" + attr + "' zonder waarde");
        ++i;
        if (i >= xml.size() || (xml[i] != '"' && xml[i] != '\''))
          return fail("waarde van '" + attr + "' zonder aanhalingstekens");
        char q = xml[i++];
        while (i < xml.size() && xml[i] != q) {
          if (xml[i] == '<') return fail("'<' in attribuut '" + attr + "'");
          if (xml[i] == '&' && !check_entity(i)) return fail("losse entiteit in attribuut '" + attr + "'");
          ++i;
        }
        if (i >= xml.size()) return fail("waarde van '" + attr + "' niet gesloten");
        ++i;
      }
    }
  }
  if (!open.empty()) return "element <" + open.back() + "> niet gesloten";
  if (roots == 0) return "geen element";
  return "";
}

}  // namespace spiegel::testing
