#include "load/registry.h"

#include <fmt/format.h>

#include <unordered_map>

#include "base/edit_distance.h"
#include "base/slug.h"
#include "base/text.h"
#include "load/csv_reader.h"

namespace spiegel {

namespace {

bool is_gemeente_code(std::string_view code) {
  if (code.size() != 6 || code[0] != 'G' || code[1] != 'M') return false;
  for (char c : code.substr(2))
    if (c < '0' || c > '9') return false;
  return true;
}

/// What a wrong code probably meant: 'gm0310' or '310' (Excel drops the zeros) → 'GM0310'.
std::string code_suggestion(std::string_view code) {
  std::string upper(code);
  for (char& c : upper)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  if (is_gemeente_code(upper)) return upper;
  std::string_view digits = upper;
  if (digits.substr(0, 2) == "GM") digits.remove_prefix(2);
  if (digits.empty() || digits.size() > 4 || digits.find_first_not_of("0123456789") != std::string_view::npos)
    return {};
  return "GM" + std::string(4 - digits.size(), '0') + std::string(digits);
}

/// The header names as a readable list, for "which columns are there then?".
std::string list_columns(const std::vector<std::string>& header) {
  std::string out;
  for (std::size_t i = 0; i < header.size() && i < 8; ++i) {
    if (header[i].empty()) continue;
    if (!out.empty()) out += ", ";
    out += header[i];
  }
  if (header.size() > 8) out += ", …";
  return out;
}

}  // namespace

Registry load_registry(std::string_view text, const std::string& file, Diagnostics& diags) {
  Registry reg;
  auto table = csv::parse(text, file, diags);
  if (!table) return reg;
  reg.decimal = table->delimiter == ';' ? ',' : '.';

  int code_col = table->column("code");
  int naam_col = table->column("naam");
  for (auto [name, col] : {std::pair{"code", code_col}, std::pair{"naam", naam_col}}) {
    if (col >= 0) continue;
    // A near miss such as 'Code' or 'naaam' is named; otherwise list what is there.
    std::vector<std::string> others;
    for (const std::string& h : table->header)
      if (h != "code" && h != "naam" && !h.empty()) others.push_back(h);
    std::string near = suggest(name, others);
    if (!near.empty()) {
      int column = table->header_positions[static_cast<std::size_t>(table->column(near))].column;
      diags.error({file, table->header_line, column},
                  fmt::format("verplichte kolom '{}' ontbreekt; de kopregel heeft wel '{}'", name, near), name);
    } else {
      diags.error({file, table->header_line, 0}, fmt::format("verplichte kolom '{}' ontbreekt; de kopregel heeft: {}",
                                                             name, list_columns(table->header)));
    }
  }
  if (code_col < 0 || naam_col < 0) return reg;

  for (const std::string& h : table->header)
    if (!h.empty()) reg.columns.push_back(h);

  std::unordered_map<std::string, int> slug_lines;  // slug → line of the gemeente that has it
  std::unordered_map<std::string, std::string> slug_names;
  reg.gemeenten.reserve(table->rows.size());
  for (const csv::Row& row : table->rows) {
    std::string code(trim(row.cells[static_cast<std::size_t>(code_col)]));
    SourceLoc code_loc = csv::cell_loc(file, row, static_cast<std::size_t>(code_col));
    if (!is_gemeente_code(code)) {
      diags.error(code_loc,
                  code.empty()
                      ? std::string("lege gemeentecode — verwacht GM gevolgd door vier cijfers")
                      : fmt::format("ongeldige gemeentecode '{}' — verwacht GM gevolgd door vier cijfers", code),
                  code_suggestion(code));
      continue;
    }
    if (auto it = reg.by_code.find(code); it != reg.by_code.end()) {
      diags.error(code_loc, fmt::format("gemeentecode '{}' staat twee keer in het bestand, ook op regel {}", code,
                                        reg.gemeenten[it->second].loc.line));
      continue;
    }

    Gemeente g;
    g.code = code;
    g.loc = {file, row.line, 0};
    g.naam = std::string(trim(row.cells[static_cast<std::size_t>(naam_col)]));
    SourceLoc naam_loc = csv::cell_loc(file, row, static_cast<std::size_t>(naam_col));
    g.slug = slugify(g.naam);
    // A row with a bad name stays in the registry, so that every reference to
    // its code does not become a second error; its fallback slug keeps pages
    // apart should a later stage go on despite the error.
    if (g.naam.empty()) {
      diags.error(naam_loc, fmt::format("lege naam voor gemeente {}", code));
      g.slug = slugify(code);
    } else if (g.slug.empty()) {
      diags.error(naam_loc,
                  fmt::format("naam '{}' geeft geen bruikbare paginanaam — gebruik letters of cijfers", g.naam));
      g.slug = slugify(code);
    } else if (auto it = slug_lines.find(g.slug); it != slug_lines.end()) {
      diags.error(naam_loc, fmt::format("'{}' krijgt dezelfde paginanaam '{}' als '{}' op regel {} — "
                                        "maak de namen verschillend",
                                        g.naam, g.slug, slug_names[g.slug], it->second));
      g.slug += "-" + slugify(code);
    } else {
      slug_lines.emplace(g.slug, row.line);
      slug_names.emplace(g.slug, g.naam);
    }

    for (std::size_t i = 0; i < table->header.size(); ++i) {
      std::string_view value = trim(row.cells[i]);
      if (table->header[i].empty()) {
        // Excel leaves a nameless column behind a trailing ';'; only data in it is a problem.
        if (!value.empty())
          diags.error(csv::cell_loc(file, row, i), fmt::format("waarde '{}' in een kolom zonder naam", value));
        continue;
      }
      g.kolommen.emplace(table->header[i], std::string(value));
    }
    reg.by_code.emplace(g.code, reg.gemeenten.size());
    reg.gemeenten.push_back(std::move(g));
  }
  return reg;
}

}  // namespace spiegel
