#include "load/settings.h"

#include <fmt/format.h>

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

}  // namespace

Settings load_settings(const std::string& text, const std::string& file, Diagnostics& diags) {
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
  map.report_unknown_keys(content_keys::kSettings);
  return s;
}

}  // namespace spiegel
