#include "load/settings.h"

#include <fmt/format.h>

#include <cctype>

#include "load/content_keys.h"
#include "load/yaml_reader.h"

namespace spiegel {

namespace {

std::optional<Period> period_field(YamlMap& map, const std::string& key) {
  auto t = map.text(key);
  if (!t) return std::nullopt;
  auto p = parse_period(*t);
  if (!p)
    map.diags().error(map.loc(map.node(key)),
                      fmt::format("ongeldige periode '{}' voor '{}' — verwacht 2020, 2020-H1 of 2020-Q1", *t, key));
  return p;
}

/// The logo: a path below content/ to an image, never leading out of it; the
/// loader checks that it is a regular file there (not a link) and reads it.
std::string logo_field(YamlMap& map) {
  auto t = map.text("logo");
  if (!t || t->empty()) return "";
  const std::string& path = *t;
  const auto where = map.loc(map.node("logo"));
  bool outside = path.front() == '/' || path.front() == '\\' || path.find(':') != std::string::npos ||
                 path.find('\\') != std::string::npos;
  for (std::size_t start = 0; !outside && start <= path.size();) {
    std::size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    const std::string part = path.substr(start, end - start);
    if (part == ".." || part == "." || part.empty()) outside = true;
    start = end + 1;
  }
  if (outside) {
    map.diags().error(where, fmt::format("logo '{}' moet een bestand in de map content/ zijn, opgegeven vanaf die map "
                                         "(zoals 'afbeeldingen/logo.svg'), zonder '..'",
                                         path));
    return "";
  }
  if (logo_extension(path).empty()) {
    map.diags().error(where, fmt::format("logo '{}' moet een afbeelding zijn: .svg, .png, .jpg of .jpeg", path));
    return "";
  }
  return path;
}

}  // namespace

std::string logo_extension(const std::string& path) {
  for (const char* ext : {".svg", ".png", ".jpg", ".jpeg"}) {
    const std::string e = ext;
    if (path.size() > e.size()) {
      std::string tail = path.substr(path.size() - e.size());
      for (char& c : tail) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (tail == e) return e;
    }
  }
  return "";
}

std::string logo_site_path(const Settings& settings) {
  if (settings.logo.empty()) return "";
  // A logo in bestanden/ is in the site already, as every file there.
  if (settings.logo.starts_with("bestanden/")) return settings.logo;
  return "logo" + logo_extension(settings.logo);
}

namespace {

Settings read_settings(const std::string& text, const std::string& file, Diagnostics& diags) {
  Settings s;
  s.loc = {file, 1, 0};
  auto root = parse_yaml(text, file, diags);
  if (!root) return s;
  if (!root->IsMap()) {
    diags.error({file, 1, 0}, "spiegel.yaml moet sleutels met waarden bevatten, zoals 'titel: Monitor jeugdhulp'");
    return s;
  }
  YamlMap map(*root, file, diags);
  s.titel = map.text("titel", true).value_or("");
  s.organisatie = map.text("organisatie").value_or("");
  s.editie = map.text("editie").value_or("");
  s.basis_url = map.text("basis_url").value_or("");
  if (!s.basis_url.empty() && s.basis_url.back() != '/') s.basis_url += '/';
  s.taal = map.text("taal").value_or("nl");
  s.peilperiode = period_field(map, "peilperiode");
  s.basisperiode = period_field(map, "basisperiode");
  s.anonimiseren = map.boolean("anonimiseren").value_or(false);
  s.markdown_html = map.boolean("markdown_html").value_or(false);
  s.kerncijfers = map.list("kerncijfers");
  if (s.kerncijfers) s.kerncijfers_loc = map.loc(map.node("kerncijfers"));
  if (auto p = map.choice("pagina_per_gemeente", {"met_tekst", "alle"}))
    s.pagina_per_gemeente = *p == "alle" ? Settings::PagePolicy::alle : Settings::PagePolicy::met_tekst;
  s.logo = logo_field(map);
  if (!s.logo.empty()) s.logo_loc = map.loc(map.node("logo"));
  if (auto n = map.choice("nummering", {"doorlopend", "hoofdstuk"}))
    s.nummering = *n == "hoofdstuk" ? Settings::Numbering::hoofdstuk : Settings::Numbering::doorlopend;
  s.vermeld_spiegel = map.boolean("vermeld_spiegel").value_or(false);
  map.report_unknown_keys(content_keys::kSettings);
  return s;
}

}  // namespace

Settings load_settings(const std::string& text, const std::string& file, Diagnostics& diags) {
  return guard_yaml(file, diags, Settings{}, [&] { return read_settings(text, file, diags); });
}

}  // namespace spiegel
