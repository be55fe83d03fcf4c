#include "load/statline.h"

#include <fmt/format.h>

#include <algorithm>

#include "base/edit_distance.h"
#include "base/text.h"
#include "load/content_keys.h"
#include "load/csv_reader.h"
#include "load/number.h"
#include "load/yaml_reader.h"

namespace spiegel {

namespace {

bool digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

/// A StatLine cell without its quotes' padding: "      5225" → "5225".

bool is_gemeente_code(std::string_view s) { return s.size() == 6 && s.substr(0, 2) == "GM" && digits(s.substr(2)); }

}  // namespace

std::optional<Period> statline_period(std::string_view code) {
  if (code.size() != 8 || !digits(code.substr(0, 4)) || !digits(code.substr(6, 2))) return std::nullopt;
  std::string_view kind = code.substr(4, 2);
  int part = (code[6] - '0') * 10 + (code[7] - '0');
  std::string key(code.substr(0, 4));
  if (kind == "JJ" && part == 0) return parse_period(key);
  if (kind == "HJ" && part >= 1 && part <= 2) return parse_period(key + "-H" + std::to_string(part));
  if (kind == "KW" && part >= 1 && part <= 4) return parse_period(key + "-Q" + std::to_string(part));
  return std::nullopt;
}

namespace {

std::optional<StatlineMapping> read_statline_mapping(const std::string& text, const std::string& file,
                                                     Diagnostics& diags) {
  auto root = parse_yaml(text, file, diags);
  if (!root) return std::nullopt;
  if (!root->IsMap()) {
    diags.error({file, 1, 0}, "een koppeling heeft de sleutel 'kolommen:' met per StatLine-kolom een indicator-id");
    return std::nullopt;
  }
  YamlMap map(*root, file, diags);
  StatlineMapping m;
  m.regio = map.text("regio").value_or("");
  m.perioden = map.text("perioden").value_or("Perioden");
  m.regio_loc = map.has("regio") ? map.loc(map.node("regio")) : SourceLoc{file, 1, 0};
  m.perioden_loc = map.has("perioden") ? map.loc(map.node("perioden")) : SourceLoc{file, 1, 0};
  YAML::Node kolommen = map.node("kolommen");
  if (!kolommen.IsDefined() || !kolommen.IsMap() || kolommen.size() == 0) {
    diags.error(map.loc(),
                "de koppeling mist 'kolommen:' — schrijf per StatLine-kolom de indicator, zoals\n"
                "  kolommen:\n    JongerenMetJeugdhulp_1: jongeren_met_jeugdhulp");
    return std::nullopt;
  }
  for (const auto& kv : kolommen) {
    SourceLoc loc = map.loc(kv.first);
    std::string id = kv.second.IsScalar() ? kv.second.Scalar() : "";
    bool valid = !id.empty();
    for (char c : id) valid = valid && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_');
    if (!valid) {
      diags.error(loc, fmt::format("kolom '{}': '{}' is geen indicator-id — gebruik kleine letters, cijfers en '_'",
                                   kv.first.Scalar(), id));
      continue;
    }
    m.kolommen.emplace_back(kv.first.Scalar(), id);
    m.kolom_locs.push_back(loc);
  }
  YAML::Node regios = map.node("regios");
  if (regios.IsDefined() && regios.IsMap())
    for (const auto& kv : regios) m.regios[kv.first.Scalar()] = kv.second.Scalar();
  if (auto v = map.list("voorlopig"))
    for (const std::string& p : *v) {
      if (!statline_period(p))
        diags.error(map.loc(map.node("voorlopig")),
                    fmt::format("'{}' is geen StatLine-periode — schrijf bijvoorbeeld 2023JJ00 of 2023HJ01", p));
      m.voorlopig.insert(p);
    }
  map.report_unknown_keys(content_keys::kStatlineMapping);
  if (diags.has_errors()) return std::nullopt;
  return m;
}

}  // namespace

std::optional<StatlineMapping> load_statline_mapping(const std::string& text, const std::string& file,
                                                     Diagnostics& diags) {
  return guard_yaml(file, diags, std::optional<StatlineMapping>{},
                    [&] { return read_statline_mapping(text, file, diags); });
}

StatlineImport convert_statline(std::string_view text, const std::string& file, const StatlineMapping& mapping,
                                Diagnostics& diags) {
  StatlineImport out;
  // Row by row into one reused row: a national download is a million rows,
  // and a table of them all would cost several times the file in memory.
  csv::Reader reader(text, file, diags);
  csv::Table table;  // the header only
  if (!reader.read_header(table)) return out;
  const std::vector<std::string>& header = table.header;
  auto column = [&](const std::string& name, const SourceLoc& loc, const std::string& what) -> int {
    int i = table.column(name);
    if (i < 0) diags.error(loc, fmt::format("{} '{}' staat niet in {}", what, name, file), suggest(name, header));
    return i;
  };
  int regio = -1;
  if (!mapping.regio.empty()) {
    regio = column(mapping.regio, mapping.regio_loc, "regiokolom");
  } else {
    for (const char* name : {"RegioS", "WijkenEnBuurten", "Gemeenten", "Regio's"})
      if ((regio = table.column(name)) >= 0) break;
    if (regio < 0)
      diags.error(
          {file, table.header_line, 0},
          "geen regiokolom gevonden (RegioS, WijkenEnBuurten, Gemeenten) — noem haar in de koppeling met 'regio:'");
  }
  int period = column(mapping.perioden, mapping.perioden_loc, "periodekolom");
  std::vector<int> measure;
  for (std::size_t i = 0; i < mapping.kolommen.size(); ++i)
    measure.push_back(column(mapping.kolommen[i].first, mapping.kolom_locs[i], "kolom"));
  if (diags.has_errors()) return out;
  for (int i = 0; i < static_cast<int>(header.size()); ++i)
    if (i != regio && i != period && header[i] != "ID" && std::find(measure.begin(), measure.end(), i) == measure.end())
      out.unmapped.push_back(header[i]);

  for (csv::Row row; reader.next(row);) {
    std::string code(trim(row.cells[regio]));
    std::string unit;
    if (auto it = mapping.regios.find(code); it != mapping.regios.end())
      unit = it->second;
    else if (is_gemeente_code(code))
      unit = code;
    if (unit.empty()) {
      ++out.regions_skipped;  // provinces, wijken, Nederland without a mapping: not a gemeente
      continue;
    }
    std::string_view period_code = trim(row.cells[period]);
    std::optional<Period> p = statline_period(period_code);
    if (!p) {
      diags.error(csv::cell_loc(file, row, period),
                  fmt::format("periode '{}' kan Spiegel niet lezen — verwacht jaren (2020JJ00), halfjaren (2020HJ01) "
                              "of kwartalen (2020KW01)",
                              period_code));
      continue;
    }
    const bool provisional = mapping.voorlopig.count(std::string(period_code)) > 0;
    for (std::size_t i = 0; i < measure.size(); ++i) {
      std::string_view cell = trim(row.cells[measure[i]]);
      Observation o;
      o.gemeente = unit;
      o.indicator = mapping.kolommen[i].second;
      o.periode = *p;
      o.loc = csv::cell_loc(file, row, measure[i]);
      if (cell.empty() || cell == ".") {
        ++out.missing;
        continue;
      }
      if (cell == "x" || cell == "X") {
        o.status = Status::geheim;  // suppressed by CBS for privacy
      } else if (auto v = parse_decimal(cell, ',')) {
        o.waarde = *v;
        if (provisional) o.status = Status::voorlopig;
      } else {
        diags.error(o.loc, fmt::format("'{}' in kolom {} is geen getal", cell, mapping.kolommen[i].first));
        continue;
      }
      out.observations.push_back(std::move(o));
    }
  }
  return out;
}

}  // namespace spiegel
