#include "assemble/benchmark_table.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "assemble/comparison_units.h"
#include "assemble/number_format.h"
#include "assemble/pages.h"
#include "base/slug.h"
#include "base/text.h"

namespace spiegel {

namespace {

/// What the cells of a table used, for the note under it.
struct Marks {
  bool x = false, missing = false, voorlopig = false, herberekend = false;
};

TableCell cell(TableCell c, Marks& marks) {
  if (c.text == "x") marks.x = true;
  if (c.text == "–") marks.missing = true;
  if (c.voorlopig) marks.voorlopig = true;
  if (c.herberekend) marks.herberekend = true;
  return c;
}

const Value* find(const Dataset::Series* s, const Period& p) {
  if (!s) return nullptr;
  auto it = s->find(p);
  return it == s->end() ? nullptr : &it->second;
}

/// One cell of a unit (gemeente or group) in one column; `series` is the unit's series of the column's indicator.
TableCell figure_cell(const SiteData& site, const Dataset::Series* series, bool is_group, const ColumnSpec& col) {
  const Indicator& ind = *col.indicator;
  const Value* v = find(series, col.periode);
  // A group figure that does not aggregate (a decile, a rank) does not exist: x, as printed reports have it.
  if (is_group && !v && ind.aggregatie == Aggregation::geen) return {"x"};
  if (!col.index) {
    if (!v) return {"–"};
    TableCell c{format_value(ind, v->waarde, v->status)};
    if (v->waarde && v->status != Status::geheim) c.value = rounded_as_shown(*v->waarde, ind.decimalen);
    c.voorlopig = c.value && v->status == Status::voorlopig;
    c.herberekend = v->herberekend;
    if (c.herberekend) c.text += "†";
    return c;
  }
  if (v && v->status == Status::geheim) return {"x"};
  const std::optional<Period>& basis = site.content.settings.basisperiode;
  std::optional<double> index = index_of(v, basis ? find(series, *basis) : nullptr);
  if (!index) return {"–"};
  return {format_decimal(*index, 0), true, rounded_as_shown(*index, 0)};
}

/// What the marks in the cells mean, only those that occur. A download
/// (`download` is its table) has an empty cell where the page has –, and a
/// plain number for a voorlopig figure: it names the voorlopig cells instead.
std::string marks_note(const Marks& marks, const std::string& missing, const BenchmarkTable* download) {
  std::vector<std::string> notes;
  if (marks.x) notes.push_back("x = niet van toepassing of geheim");
  if (marks.missing) notes.push_back((download ? "leeg = " : "– = ") + missing);
  if (marks.voorlopig && !download) notes.push_back("* = voorlopig cijfer");
  if (marks.voorlopig && download) {
    std::vector<std::string> cells;
    for (const TableRow& r : download->rows)
      for (std::size_t i = 0; i < r.cells.size() && i < download->columns.size(); ++i)
        if (r.cells[i].voorlopig)
          cells.push_back(fmt::format("{} ({}, {})", r.label, download->columns[i].label, download->columns[i].detail));
    notes.push_back("voorlopige cijfers: " + list_in_words(cells));
  }
  if (marks.herberekend)
    notes.push_back(download ? "sommige cijfers zijn herberekend op de gemeentegrenzen van nu (zie de verantwoording)"
                             : "† = herberekend op de gemeentegrenzen van nu (zie de verantwoording)");
  return notes.empty() ? "" : fmt::format("{}.", fmt::join(notes, "; "));
}

/// Each column's series of one unit, looked up once per row.
std::vector<const Dataset::Series*> row_series(const SiteData& site, const std::string& unit,
                                               const std::vector<ColumnSpec>& columns) {
  std::vector<const Dataset::Series*> out;
  out.reserve(columns.size());
  for (std::size_t i = 0; i < columns.size(); ++i) {
    // Columns of one indicator (two periods and an index) share it; a column of an earlier edition has its own.
    const bool same =
        i > 0 && columns[i].indicator == columns[i - 1].indicator && columns[i].editie == columns[i - 1].editie;
    const SiteData& figures = columns[i].editie ? *columns[i].editie : site;
    out.push_back(same ? out.back() : figures.data.series(unit, columns[i].indicator->id));
  }
  return out;
}

bool all_empty(const TableRow& row) {
  return std::all_of(row.cells.begin(), row.cells.end(),
                     [](const TableCell& c) { return c.text == "–" || c.text == "x" || c.text.empty(); });
}

}  // namespace

std::string indicator_page_path(const std::string& id) { return "indicatoren/" + id + "/index.html"; }

std::string report_link(const SiteData& site, const Gemeente& gemeente) {
  const bool has_page =
      site.content.settings.pagina_per_gemeente == Settings::PagePolicy::alle || site.reported.count(gemeente.code);
  return has_page ? report_path(site, gemeente) : "";
}

BenchmarkTable benchmark_table(const SiteData& site, const Gemeente& gemeente, const TableSpec& spec) {
  BenchmarkTable t;
  const std::optional<Period>& basis = site.content.settings.basisperiode;
  for (const ColumnSpec& c : spec.columns) {
    TableColumn col;
    col.link = indicator_page_path(c.indicator->id);
    if (c.index) {
      col.label = "Index";
      col.detail = fmt::format("{} ({} = 100)", c.periode.label(), basis ? basis->label() : "basisperiode");
    } else {
      col.label = c.indicator->naam;
      col.detail = c.editie ? fmt::format("editie {}: {}", c.editie_jaar, c.periode.label()) : c.periode.label();
    }
    col.eenheid = c.index ? Unit::index : c.indicator->eenheid;
    col.decimalen = c.index ? 0 : c.indicator->decimalen;
    t.columns.push_back(col);
  }

  Marks marks;
  auto row = [&](TableRow::Kind kind, const std::string& unit, bool is_group, const std::string& label,
                 const std::string& link) {
    TableRow r{kind, label, link, {}};
    std::vector<const Dataset::Series*> series = row_series(site, unit, spec.columns);
    for (std::size_t i = 0; i < spec.columns.size(); ++i)
      r.cells.push_back(cell(figure_cell(site, series[i], is_group, spec.columns[i]), marks));
    return r;
  };
  t.rows.push_back(row(TableRow::Kind::eigen, gemeente.code, false, site.display_name(gemeente.code), ""));
  for (const Gemeente* p : peers_of(site, gemeente))
    t.rows.push_back(
        row(TableRow::Kind::referentie, p->code, false, site.display_name(p->code), report_link(site, *p)));

  const Group* nl = national_group(site);
  std::vector<std::string> from_source;
  bool computed = false;
  for (const Group* g : spec.groups_given ? spec.groups : default_groups(site, gemeente)) {
    Marks row_marks;
    TableRow r{g == nl ? TableRow::Kind::nederland : TableRow::Kind::groep, group_label(site, *g), "", {}};
    std::vector<const Dataset::Series*> series = row_series(site, g->id, spec.columns);
    for (std::size_t i = 0; i < spec.columns.size(); ++i)
      r.cells.push_back(cell(figure_cell(site, series[i], true, spec.columns[i]), row_marks));
    // A group without a single figure here (not computed, not in the source) says nothing.
    if (all_empty(r) && !spec.groups_given) continue;
    marks.x |= row_marks.x;
    marks.missing |= row_marks.missing;
    marks.voorlopig |= row_marks.voorlopig;
    marks.herberekend |= row_marks.herberekend;
    bool source = false;
    for (std::size_t i = 0; i < spec.columns.size(); ++i)
      if (const Value* v = find(series[i], spec.columns[i].periode)) {
        source |= v->from_source();
        computed |= !v->from_source();
      }
    if (source) from_source.push_back(r.label);
    t.rows.push_back(std::move(r));
  }

  std::vector<std::string> sources;
  for (const ColumnSpec& c : spec.columns)
    if (!c.indicator->bron.empty() && std::find(sources.begin(), sources.end(), c.indicator->bron) == sources.end())
      sources.push_back(c.indicator->bron);
  if (!sources.empty())
    t.bron = (sources.size() == 1 ? "Bron: " : "Bronnen: ") + fmt::format("{}", fmt::join(sources, "; ")) + ".";

  std::string herkomst;
  if (!from_source.empty())
    herkomst = fmt::format("Cijfers van {} zoals de bron ze geeft{}.", list_in_words(from_source),
                           computed ? "; andere groepscijfers berekend over de gemeenten van de groep" : "");
  else if (computed)
    herkomst = "Groepscijfers berekend over de gemeenten van de groep.";
  auto with_herkomst = [&](std::string noot) {
    return noot + (noot.empty() || herkomst.empty() ? "" : " ") + herkomst;
  };
  t.noot = with_herkomst(marks_note(marks, "geen cijfer", nullptr));
  t.download_noot = with_herkomst(marks_note(marks, "geen cijfer", &t));

  if (!spec.titel.empty()) {
    t.caption = spec.titel;
  } else {
    std::string who = site.display_name(gemeente.code);
    t.caption = spec.kop.empty() ? fmt::format("{} vergeleken", who) : fmt::format("{}: {} vergeleken", spec.kop, who);
  }
  return t;
}

BenchmarkTable kenmerken_table(const SiteData& site, const Gemeente& gemeente, const std::vector<std::string>& columns,
                               const std::string& titel, const std::string& bron) {
  BenchmarkTable t;
  t.row_header = "Gemeente";
  for (const std::string& c : columns) {
    std::string label = c;
    std::replace(label.begin(), label.end(), '_', ' ');
    if (!label.empty() && label[0] >= 'a' && label[0] <= 'z') label[0] = static_cast<char>(label[0] - 'a' + 'A');
    t.columns.push_back({label, "", ""});
  }
  Marks marks;
  auto row = [&](TableRow::Kind kind, const Gemeente& g, const std::string& link) {
    TableRow r{kind, site.display_name(g.code), link, {}};
    for (const std::string& c : columns) {
      auto it = g.kolommen.find(c);
      bool empty = it == g.kolommen.end() || it->second.empty();
      marks.missing |= empty;
      r.cells.push_back({empty ? "–" : it->second, false});
    }
    return r;
  };
  t.rows.push_back(row(TableRow::Kind::eigen, gemeente, ""));
  for (const Gemeente* p : peers_of(site, gemeente))
    t.rows.push_back(row(TableRow::Kind::referentie, *p, report_link(site, *p)));
  t.noot = marks_note(marks, "niet bekend", nullptr);
  t.download_noot = marks_note(marks, "niet bekend", &t);
  if (!bron.empty()) t.bron = "Bron: " + bron + (bron.back() == '.' ? "" : ".");
  t.caption = titel.empty()
                  ? fmt::format("Kenmerken van {} en de referentiegemeenten", site.display_name(gemeente.code))
                  : titel;
  return t;
}

}  // namespace spiegel
