#include "load/document.h"

#include <algorithm>

#include <fmt/format.h>

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

}  // namespace

Document load_document(const std::string& text, const std::string& file, const std::string& slug,
                       Diagnostics& diags) {
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
          doc.front = yaml_to_json(*node);
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
  auto line_of = [&](const std::string& key) {
    auto it = doc.front_lines.find(key);
    return SourceLoc{doc.path, it == doc.front_lines.end() ? 1 : it->second, 0};
  };
  const nlohmann::json& front = doc.front;
  if (front.contains("gemeente") && front["gemeente"].is_string()) {
    r.gemeente = front["gemeente"].get<std::string>();
  } else {
    diags.error(line_of("gemeente"), "'gemeente:' met de gemeentecode (zoals GM0150) ontbreekt in de kop");
  }
  if (front.contains("referentiegroep")) {
    const nlohmann::json& ref = front["referentiegroep"];
    if (ref.is_array()) {
      for (const auto& c : ref)
        if (c.is_string()) r.referentiegroep.push_back(c.get<std::string>());
    } else {
      diags.error(line_of("referentiegroep"), "'referentiegroep' moet een lijst codes zijn, zoals [GM0200, GM0202]");
    }
  }
  r.doc = std::move(doc);
  return r;
}

Document read_page(Document doc, Diagnostics& diags) {
  report_unknown_keys(doc, content_keys::kPageFront, diags);
  return doc;
}

}  // namespace spiegel
