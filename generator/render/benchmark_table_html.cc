#include "render/benchmark_table_html.h"

#include <fmt/format.h>

#include <vector>

#include "base/html_escape.h"

namespace spiegel {

namespace {

const char* row_class(TableRow::Kind k) {
  switch (k) {
    case TableRow::Kind::eigen:
      return "eigen";
    case TableRow::Kind::referentie:
      return "referentie";
    case TableRow::Kind::groep:
      return "groep";
    case TableRow::Kind::nederland:
      return "groep nederland";
  }
  return "";
}

}  // namespace

std::string benchmark_table_html(const BenchmarkTable& t, const std::string& root, const std::string& id) {
  std::string out;
  out += fmt::format("<div class=\"tabelhouder\" role=\"region\" aria-labelledby=\"{}\" tabindex=\"0\">\n", id);
  out += fmt::format("<table class=\"benchmark\">\n<caption id=\"{}\">{}</caption>\n", id, escape_html(t.caption));
  out += "<thead>\n<tr><th scope=\"col\">" + escape_html(t.row_header) + "</th>";
  std::vector<bool> numbers(t.columns.size(), false);
  for (const TableRow& r : t.rows)
    for (std::size_t i = 0; i < r.cells.size() && i < numbers.size(); ++i) numbers[i] = numbers[i] || r.cells[i].number;
  for (std::size_t i = 0; i < t.columns.size(); ++i) {
    const TableColumn& c = t.columns[i];
    std::string label = escape_html(c.label);
    if (!c.link.empty()) label = fmt::format("<a href=\"{}{}\">{}</a>", escape_html(root), escape_html(c.link), label);
    if (!c.detail.empty()) label += " <span class=\"periode\">" + escape_html(c.detail) + "</span>";
    out += fmt::format("<th scope=\"col\"{}>{}</th>", numbers[i] ? " class=\"getal\"" : "", label);
  }
  out += "</tr>\n</thead>\n<tbody>\n";
  bool in_groups = false;
  for (const TableRow& r : t.rows) {
    const bool group = r.kind == TableRow::Kind::groep || r.kind == TableRow::Kind::nederland;
    // The groups form their own body, so a screen reader and print keep them together.
    if (group && !in_groups) {
      out += "</tbody>\n<tbody class=\"groepen\">\n";
      in_groups = true;
    }
    std::string label = escape_html(r.label);
    if (!r.link.empty()) label = fmt::format("<a href=\"{}{}\">{}</a>", escape_html(root), escape_html(r.link), label);
    if (r.kind == TableRow::Kind::eigen) label = "<strong>" + label + "</strong>";
    out += fmt::format("<tr class=\"{}\"><th scope=\"row\">{}</th>", row_class(r.kind), label);
    for (const TableCell& c : r.cells)
      out += fmt::format("<td{}>{}</td>", c.number ? " class=\"getal\"" : "", escape_html(c.text));
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n</div>\n";
  if (!t.bron.empty()) out += "<p class=\"bron\">" + escape_html(t.bron) + "</p>\n";
  if (!t.noot.empty()) out += "<p class=\"noot\">" + escape_html(t.noot) + "</p>\n";
  return out;
}

std::string download_links_html(const std::string& id) {
  const std::string name = escape_html(id);
  // "CSV" alone says little to a screen reader going from link to link: the caption says which table.
  return fmt::format(
      "<p class=\"download\">Download: <a href=\"{0}.csv\" type=\"text/csv\" aria-describedby=\"{0}\">CSV</a> · "
      "<a href=\"{0}.xlsx\" type=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\" "
      "aria-describedby=\"{0}\">Excel</a></p>\n",
      name);
}

}  // namespace spiegel
