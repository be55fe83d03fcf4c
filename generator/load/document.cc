#include "load/document.h"

#include <fmt/format.h>

#include <algorithm>

#include "base/edit_distance.h"
#include "load/content_keys.h"
#include "load/yaml_reader.h"

namespace spiegel {

namespace {

bool is_fence(std::string_view line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
  return line == "---";
}

/// A front-matter key Spiegel does not know does nothing on the site, so a
/// typo ('ondertitle') would go unnoticed: report it with the nearest key.
void report_unknown_keys(const Document& doc, const std::vector<std::string>& known, Diagnostics& diags) {
  for (const auto& [key, line] : doc.front_lines)
    if (std::find(known.begin(), known.end(), key) == known.end())
      diags.error({doc.path, line, 0}, fmt::format("onbekende sleutel '{}' in de kop", key), suggest(key, known));
}

/// Reads every front-matter key of a report or a page with its type; a value
/// of the wrong type is an error at its line, as in spiegel.yaml. Which keys
/// belong to which kind of file is read_report's and read_page's to say.
FrontMatter read_front(const YAML::Node& node, const std::string& file, Diagnostics& diags) {
  YamlMap map(node, file, diags, 2);
  FrontMatter f;
  // Anything but one code is read_report's single error: a report needs it.
  if (YAML::Node g = map.node("gemeente"); g.IsScalar()) f.gemeente = g.Scalar();
  f.titel = map.text("titel").value_or("");
  f.ondertitel = map.text("ondertitel").value_or("");
  f.datum = map.text("datum").value_or("");
  f.rapportnummer = map.text("rapportnummer").value_or("");
  // The accessor would take a single code as a list of one; a referentiegroep
  // of one gemeente is more likely a mistake, and was always refused here.
  if (YAML::Node ref = map.node("referentiegroep"); ref.IsScalar())
    diags.error(map.loc(ref), "'referentiegroep' moet een lijst codes zijn, zoals [GM0200, GM0202]");
  else
    f.referentiegroep = map.list("referentiegroep").value_or(std::vector<std::string>{});
  f.kerncijfers = map.list("kerncijfers");
  f.volgorde = map.integer("volgorde");
  f.verantwoording = map.boolean("verantwoording");
  f.is_concept = map.boolean("concept").value_or(false);
  return f;
}

}  // namespace

Document load_document(const std::string& text, const std::string& file, const std::string& slug, Diagnostics& diags) {
  Document doc;
  doc.path = file;
  doc.slug = slug;
  std::string_view rest(text);
  if (rest.starts_with("\xEF\xBB\xBF")) rest.remove_prefix(3);
  std::size_t first_end = rest.find('\n');
  if (first_end == std::string_view::npos || !is_fence(rest.substr(0, first_end))) {
    doc.body = std::string(rest);
    return doc;
  }
  // Find the closing fence; count lines so the body knows where it starts.
  std::size_t pos = first_end + 1;
  int line = 2;
  while (pos <= rest.size()) {
    std::size_t end = rest.find('\n', pos);
    std::string_view l = rest.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    if (is_fence(l)) {
      std::string yaml(rest.substr(first_end + 1, pos - first_end - 1));
      doc.body = end == std::string_view::npos ? "" : std::string(rest.substr(end + 1));
      doc.body_line = line + 1;
      if (auto node = parse_yaml(yaml, file, diags, 2)) {
        if (node->IsMap()) {
          doc.front = guard_yaml(file, diags, FrontMatter{}, [&] { return read_front(*node, file, diags); });
          for (const auto& kv : *node) doc.front_lines[kv.first.Scalar()] = kv.first.Mark().line + 2;
        } else if (!node->IsNull()) {
          diags.error({file, 2, 0}, "de kop (front matter) moet sleutels met waarden bevatten, zoals 'titel: ...'");
        }
      }
      return doc;
    }
    if (end == std::string_view::npos) break;
    pos = end + 1;
    ++line;
  }
  diags.error({file, 1, 0}, "de kop (front matter) begint met '---' maar wordt niet afgesloten met '---'");
  return doc;
}

Report read_report(Document doc, Diagnostics& diags) {
  report_unknown_keys(doc, content_keys::kReportFront, diags);
  Report r;
  if (auto line = doc.front_lines.find("gemeente"); line == doc.front_lines.end())
    diags.error({doc.path, 1, 0}, "'gemeente:' met de gemeentecode (zoals GM0150) ontbreekt in de kop");
  else if (doc.front.gemeente.empty())
    diags.error({doc.path, line->second, 0}, "'gemeente' moet één gemeentecode zijn, zoals GM0150");
  r.gemeente = doc.front.gemeente;
  r.referentiegroep = doc.front.referentiegroep;
  r.doc = std::move(doc);
  return r;
}

Document read_page(Document doc, Diagnostics& diags) {
  report_unknown_keys(doc, content_keys::kPageFront, diags);
  return doc;
}

}  // namespace spiegel
