// End to end: every benchmark table of a report offered beside its page as
// CSV for Dutch Excel and as .xlsx, with the figures the page shows; the same
// input giving the same bytes; and with `anonimiseren` the workbooks searched
// for names like every other file.
#include <doctest/doctest.h>

#include <regex>

#include "load/csv_reader.h"
#include "site/pipeline.h"
#include "temp_project.h"
#include "xlsx_reader.h"

using namespace spiegel;
using spiegel::testing::contains;
using spiegel::testing::TempProject;

namespace {

SiteFiles example_site() {
  Diagnostics d;
  std::optional<SiteFiles> files = build_in_memory(SPIEGEL_SOURCE_DIR, d);
  INFO(d.str());
  REQUIRE(files);
  return *files;
}

/// The rows of the table with caption id `id` on a page: the row header's text, then each cell's.
std::vector<std::vector<std::string>> page_rows(const std::string& html, const std::string& id) {
  const std::size_t from = html.find("<caption id=\"" + id + "\"");
  REQUIRE(from != std::string::npos);
  const std::string table = html.substr(from, html.find("</table>", from) - from);
  std::vector<std::vector<std::string>> rows;
  const std::regex row("<tr class=\"[^\"]*\">(.*?)</tr>"), cell("<t[hd][^>]*>(.*?)</t[hd]>"), tag("<[^>]*>");
  for (std::sregex_iterator r(table.begin(), table.end(), row), end; r != end; ++r) {
    const std::string inner = (*r)[1];
    std::vector<std::string> cells;
    for (std::sregex_iterator c(inner.begin(), inner.end(), cell); c != end; ++c)
      cells.push_back(std::regex_replace((*c)[1].str(), tag, ""));
    rows.push_back(cells);
  }
  return rows;
}

/// A cell as the page shows it, as Dutch Excel needs it in a CSV: without
/// unit, percent sign, thousands separator or voorlopig mark; – is empty.
std::string as_download(std::string shown) {
  for (const char* mark : {"€ ", "%", " per 1.000", "*", "."})
    for (std::size_t at; (at = shown.find(mark)) != std::string::npos;) shown.erase(at, std::strlen(mark));
  return shown == "–" ? "" : shown;
}

}  // namespace

TEST_CASE("a report's tables are offered as CSV and Excel beside the page, with the link under each table") {
  const SiteFiles files = example_site();
  const std::string& page = files.at("gemeenten/deventer/index.html");
  for (const char* id : {"tabel-1", "tabel-2"}) {
    INFO(id);
    CHECK(files.count(std::string("gemeenten/deventer/") + id + ".csv"));
    CHECK(files.count(std::string("gemeenten/deventer/") + id + ".xlsx"));
    // Under the table: after its end, before anything else starts.
    const std::size_t table_end = page.find("</table>", page.find(std::string("<caption id=\"") + id + "\""));
    const std::size_t link = page.find(std::string("<a href=\"") + id + ".csv\"");
    REQUIRE(link != std::string::npos);
    CHECK(table_end < link);
    CHECK(page.find("<table", table_end) > link);
    CHECK(contains(page.substr(link - 200, 400), "Download: "));
    CHECK(contains(page.substr(link, 400), std::string("<a href=\"") + id + ".xlsx\""));
  }
  // Pages without a benchmark table offer none.
  for (const auto& entry : files) {
    const auto& path = entry.first;
    if (path.ends_with(".xlsx")) CHECK_MESSAGE(path.starts_with("gemeenten/"), path);
  }
}

TEST_CASE("the CSV download, read with ';' and decimal comma, holds the page's names and figures") {
  const SiteFiles files = example_site();
  const std::vector<std::vector<std::string>> shown = page_rows(files.at("gemeenten/deventer/index.html"), "tabel-1");
  const std::string& csv = files.at("gemeenten/deventer/tabel-1.csv");
  CHECK(csv.rfind("\xEF\xBB\xBFTabel 1: Lasten van jeugdhulp in 2019", 0) == 0);
  Diagnostics d;
  std::optional<csv::Table> table =
      csv::parse(std::string_view(csv).substr(csv.find("\r\n\r\n") + 4), "tabel-1.csv", d);
  REQUIRE(table);
  CHECK(table->delimiter == ';');
  CHECK(table->header[3] == "Lasten jeugdhulp per cliënt, 2019 (€)");
  REQUIRE(table->rows.size() >= shown.size());
  REQUIRE(shown.size() == 8);  // Deventer, four referentiegemeenten, three groups
  for (std::size_t r = 0; r < shown.size(); ++r) {
    INFO("rij " << r + 1);
    const std::vector<std::string>& cells = table->rows[r].cells;
    CHECK(cells[0] == shown[r][0]);  // the name as on the page
    for (std::size_t c = 1; c < shown[r].size(); ++c) CHECK(cells[c] == as_download(shown[r][c]));
  }
  CHECK(table->rows[0].cells[3] == "10143");  // € 10.143 on the page
}

TEST_CASE("the xlsx download, unzipped and read, holds the page's figures as numbers and its names as strings") {
  const SiteFiles files = example_site();
  const std::vector<std::vector<std::string>> shown = page_rows(files.at("gemeenten/deventer/index.html"), "tabel-2");
  nlohmann::json x = testing::read_xlsx(files.at("gemeenten/deventer/tabel-2.xlsx"));
  CHECK(x["sheets"] == nlohmann::json::array({"Tabel 2"}));
  const nlohmann::json& cells = x["cells"];
  CHECK(cells["A1"]["value"] == "Tabel 2: Jongeren met jeugdhulp zonder verblijf en sociaal-economische positie");
  for (std::size_t r = 0; r < shown.size(); ++r) {
    const std::string row = std::to_string(r + 4);  // the caption, an empty row and the header come first
    INFO("rij " << row);
    CHECK(cells["A" + row]["value"] == shown[r][0]);
    for (std::size_t c = 1; c < shown[r].size(); ++c) {
      const std::string ref = std::string(1, static_cast<char>('A' + c)) + row;
      const std::string page = as_download(shown[r][c]);
      if (page.empty()) {
        CHECK_FALSE(cells.contains(ref));
      } else if (page == "x") {
        CHECK(cells[ref]["value"] == "x");
      } else {
        REQUIRE(cells.contains(ref));
        CHECK(cells[ref]["type"] == "n");
        double v = std::stod(std::regex_replace(page, std::regex(","), "."));
        if (shown[r][c].ends_with("%")) {  // a percentage: the fraction, shown as one
          CHECK(cells[ref]["value"].get<double>() == doctest::Approx(v / 100));
          CHECK(cells[ref]["format"] == "0.0%");
        } else {
          CHECK(cells[ref]["value"].get<double>() == doctest::Approx(v));
        }
      }
    }
  }
}

TEST_CASE("two builds give the same download bytes") {
  const SiteFiles a = example_site(), b = example_site();
  std::size_t downloads = 0;
  for (const auto& entry : a) {
    const auto& path = entry.first;
    if (path.ends_with(".xlsx") || (path.ends_with(".csv") && path.starts_with("gemeenten/"))) {
      ++downloads;
      CHECK_MESSAGE(b.at(path) == entry.second, path);
    }
  }
  CHECK(downloads == 20);  // five reports, two tables each, two files each
}

TEST_CASE("with anonimiseren a name in a table's title is found in the CSV and in the zipped xlsx") {
  TempProject t;
  t.write_anonymised();
  t.write("content/gemeenten/aa.md",
          "---\ngemeente: GM0150\ntitel: Jeugdhulp\n---\n\n"
          "{{< tabel indicatoren=lasten titel=\"Lasten in Deventer\" >}}\n");
  Diagnostics d;
  CHECK_FALSE(build_in_memory(t.root(), d));
  CHECK(contains(d.str(), "site/gemeenten/gemeente-a/tabel-1.csv"));
  CHECK(contains(d.str(), "site/gemeenten/gemeente-a/tabel-1.xlsx"));

  // Without the name in the title the workbook holds only the pseudonym, and the build goes on.
  t.write("content/gemeenten/aa.md",
          "---\ngemeente: GM0150\ntitel: Jeugdhulp\n---\n\n{{< tabel indicatoren=lasten >}}\n");
  Diagnostics ok;
  std::optional<SiteFiles> files = build_in_memory(t.root(), ok);
  INFO(ok.str());
  REQUIRE(files);
  nlohmann::json x = testing::read_xlsx(files->at("gemeenten/gemeente-a/tabel-1.xlsx"));
  CHECK(x["cells"]["A4"]["value"] == "Gemeente A");
}

TEST_CASE("serve keeps a workbook while its table stays, and makes it anew when the table changes") {
  TempProject t;
  t.write_minimal();
  const std::string head = "---\ngemeente: GM0001\ntitel: Jeugdhulp in Aa\n---\n\n";
  t.write("content/gemeenten/aa.md",
          head + "{{< tabel indicatoren=lasten >}}\n\n{{< tabel indicatoren=lasten titel=\"Oud\" >}}\n");
  Diagnostics d;
  std::optional<Project> p = load_project(t.root(), d);
  REQUIRE(p);
  BuildCache cache;
  SiteFiles first = build_site(p->site, p->theme, d, &cache);
  CHECK(cache.workbooks.size() == 2);

  t.write("content/gemeenten/aa.md",
          head + "{{< tabel indicatoren=lasten >}}\n\n{{< tabel indicatoren=lasten titel=\"Nieuw\" >}}\n");
  REQUIRE(reload_texts(p->site, t.root(), {"content/gemeenten/aa.md"}, d));
  SiteFiles second = build_site(p->site, p->theme, d, &cache);
  INFO(d.str());
  REQUIRE_FALSE(d.has_errors());
  CHECK(second.at("gemeenten/aa/tabel-1.xlsx") == first.at("gemeenten/aa/tabel-1.xlsx"));
  nlohmann::json changed = testing::read_xlsx(second.at("gemeenten/aa/tabel-2.xlsx"));
  CHECK(changed["cells"]["A1"]["value"] == "Tabel 2: Nieuw");
  // What serve shows is what build writes.
  Diagnostics fresh_diags;
  CHECK(build_site(p->site, p->theme, fresh_diags) == second);
}
