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
  bool x = false, missing = false, voorlopig = false;
};

TableCell cell(const std::string& text, Marks& marks) {
  if (text == "x") marks.x = true;
  if (text == "–") marks.missing = true;
  if (!text.empty() && text.back() == '*') marks.voorlopig = true;
  return {text, true};
}

const Value* find(const Dataset::Series* s, const Period& p) {
  if (!s) return nullptr;
  auto it = s->find(p);
  return it == s->end() ? nullptr : &it->second;
}

/// One cell of a unit (gemeente or group) in one column; `series` is the unit's series of the column's indicator.
std::string cell_text(const SiteData& site, const Dataset::Series* series, bool is_group, const ColumnSpec& col) {
  const Indicator& ind = *col.indicator;
  const Value* v = find(series, col.periode);
  // A group figure that does not aggregate (a decile, a rank) does not exist: x, as printed reports have it.
  if (is_group && !v && ind.aggregatie == Aggregation::geen) return "x";
  if (!col.index) return v ? format_value(ind, v->waarde, v->status) : "–";
  if (v && v->status == Status::geheim) return "x";
  const std::optional<Period>& basis = site.content.settings.basisperiode;
  std::optional<double> index = index_of(v, basis ? find(series, *basis) : nullptr);
  return index ? format_decimal(*index, 0) : "–";
}

/// Each column's series of one unit, looked up once per row.
std::vector<const Dataset::Series*> row_series(const SiteData& site, const std::string& unit,
                                               const std::vector<ColumnSpec>& columns) {
  std::vector<const Dataset::Series*> out;
  out.reserve(columns.size());
  for (std::size_t i = 0; i < columns.size(); ++i) {
    // Columns of one indicator (two periods and an index) share it.
    const bool same = i > 0 && columns[i].indicator == columns[i - 1].indicator;
    out.push_back(same ? out.back() : site.data.series(unit, columns[i].indicator->id));
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
  bool has_page = site.content.settings.pagina_per_gemeente == Settings::PagePolicy::alle;
  for (const Report& r : site.content.reports) has_page = has_page || r.gemeente == gemeente.code;
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
      col.detail = c.periode.label();
    }
    t.columns.push_back(col);
  }

  Marks marks;
  auto row = [&](TableRow::Kind kind, const std::string& unit, bool is_group, const std::string& label,
                 const std::string& link) {
    TableRow r{kind, label, link, {}};
    std::vector<const Dataset::Series*> series = row_series(site, unit, spec.columns);
    for (std::size_t i = 0; i < spec.columns.size(); ++i)
      r.cells.push_back(cell(cell_text(site, series[i], is_group, spec.columns[i]), marks));
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
      r.cells.push_back(cell(cell_text(site, series[i], true, spec.columns[i]), row_marks));
    // A group without a single figure here (not computed, not in the source) says nothing.
    if (all_empty(r) && !spec.groups_given) continue;
    marks.x |= row_marks.x;
    marks.missing |= row_marks.missing;
    marks.voorlopig |= row_marks.voorlopig;
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

  std::vector<std::string> notes;
  if (marks.x) notes.push_back("x = niet van toepassing of geheim");
  if (marks.missing) notes.push_back("– = geen cijfer");
  if (marks.voorlopig) notes.push_back("* = voorlopig cijfer");
  std::string noot = notes.empty() ? "" : fmt::format("{}.", fmt::join(notes, "; "));
  if (!from_source.empty())
    noot +=
        fmt::format("{}Cijfers van {} zoals de bron ze geeft{}.", noot.empty() ? "" : " ", list_in_words(from_source),
                    computed ? "; andere groepscijfers berekend over de gemeenten van de groep" : "");
  else if (computed)
    noot += fmt::format("{}Groepscijfers berekend over de gemeenten van de groep.", noot.empty() ? "" : " ");
  t.noot = noot;

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
  bool missing = false;
  auto row = [&](TableRow::Kind kind, const Gemeente& g, const std::string& link) {
    TableRow r{kind, site.display_name(g.code), link, {}};
    for (const std::string& c : columns) {
      auto it = g.kolommen.find(c);
      bool empty = it == g.kolommen.end() || it->second.empty();
      missing |= empty;
      r.cells.push_back({empty ? "–" : it->second, false});
    }
    return r;
  };
  t.rows.push_back(row(TableRow::Kind::eigen, gemeente, ""));
  for (const Gemeente* p : peers_of(site, gemeente))
    t.rows.push_back(row(TableRow::Kind::referentie, *p, report_link(site, *p)));
  if (missing) t.noot = "– = niet bekend.";
  if (!bron.empty()) t.bron = "Bron: " + bron + (bron.back() == '.' ? "" : ".");
  t.caption = titel.empty()
                  ? fmt::format("Kenmerken van {} en de referentiegemeenten", site.display_name(gemeente.code))
                  : titel;
  return t;
}

}  // namespace spiegel
