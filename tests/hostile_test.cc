// Hostile content: what a CSV export, a text pasted from Word or a template
// from a web designer may hold. None of it may crash Spiegel, hang it, grow
// without bound, or reach a page or the terminal unescaped.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <set>
#include <string>

#include "capture_output.h"
#include "cli/commands.h"
#include "site/pipeline.h"
#include "temp_project.h"

using namespace spiegel;
using namespace std::string_literals;
using spiegel::testing::contains;
using spiegel::testing::TempProject;

namespace {

/// The build's errors as the terminal shows them; the build must fail.
std::string errors_of(const TempProject& t) {
  Diagnostics d;
  CHECK_FALSE(build_in_memory(t.root(), d));
  return d.str();
}

}  // namespace

TEST_CASE("a YAML alias bomb in front matter is refused at its line, not expanded") {
  TempProject t;
  t.write_minimal();
  // Ten levels of ten aliases: 10^10 nodes to any walk over the tree.
  std::string bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i <= 10; ++i) {
    const std::string n = std::to_string(i), previous = "*a" + std::to_string(i - 1);
    bomb.append("a").append(n).append(": &a").append(n).append(" [").append(previous);
    for (int k = 1; k < 10; ++k) bomb.append(", ").append(previous);
    bomb.append("]\n");
  }
  t.write("content/gemeenten/aa.md", "---\ngemeente: GM0001\n" + bomb + "---\n\nTekst.\n");
  const std::string err = errors_of(t);
  CHECK(contains(err, "content/gemeenten/aa.md:4:"));  // the first alias, on the file's 4th line
  CHECK(contains(err, "een alias (*naam) kent Spiegel niet"));
}

TEST_CASE("an alias in a content YAML file is refused too") {
  TempProject t;
  t.write_minimal();
  t.write("content/groepen.yaml",
          "groepen:\n  - id: nederland\n    naam: &nl Nederland\n    alle: true\n  - id: ook\n    naam: *nl\n"
          "    leden: [GM0001]\n");
  CHECK(contains(errors_of(t), "content/groepen.yaml:6:11: fout: een alias (*naam) kent Spiegel niet"));
}

TEST_CASE("bytes that are not UTF-8 are an error at their line in every text file") {
  TempProject t;
  t.write_minimal();
  SUBCASE("front matter") {
    t.write("content/gemeenten/aa.md", "---\ngemeente: GM0001\ntitel: Caf\xE9\n---\n\nTekst.\n");
    CHECK(contains(errors_of(t), "content/gemeenten/aa.md:3:11: fout: ongeldige UTF-8 (byte 0xE9)"));
  }
  SUBCASE("a text's body") {
    t.write("content/gemeenten/aa.md", "---\ngemeente: GM0001\n---\n\nTekst \xFF\xFE.\n");
    CHECK(contains(errors_of(t), "content/gemeenten/aa.md:5:7: fout: ongeldige UTF-8 (byte 0xFF)"));
  }
  SUBCASE("spiegel.yaml") {
    t.write("content/spiegel.yaml", "titel: Testmonitor \x80\norganisatie: Rekenkamer Test\n");
    CHECK(contains(errors_of(t), "content/spiegel.yaml:1:20: fout: ongeldige UTF-8 (byte 0x80)"));
  }
  SUBCASE("a template") {
    t.write("templates/pagina.mustache", "<p>\n\xC0\xAF</p>\n");
    CHECK(contains(errors_of(t), "templates/pagina.mustache:2:1: fout: ongeldige UTF-8 (byte 0xC0)"));
  }
}

TEST_CASE("a NUL or an escape sequence in content is shown in a message, not passed to the terminal") {
  TempProject t;
  t.write_minimal();
  t.write("content/data/kosten.csv",
          "gemeente,indicator,periode,waarde\nGM0001,lasten,2020,24\0"
          "0\nGM0002,\x1B[2Jlasten,2020,3\n"s);
  const std::string err = errors_of(t);
  INFO(err);
  CHECK(contains(err, "'24\\x000'"));  // the whole cell, the NUL shown
  CHECK(contains(err, "\\x1B[2Jlasten"));
  CHECK_FALSE(contains(err, std::string(1, '\0')));
  CHECK_FALSE(contains(err, "\x1B"));
}

TEST_CASE("40.000 nested sections in a template are an error at their line, not a stack overflow") {
  TempProject t;
  t.write_minimal();
  std::string deep;
  for (int i = 0; i < 40000; ++i) deep += "{{#a}}";
  for (int i = 0; i < 40000; ++i) deep += "{{/a}}";
  t.write("templates/pagina.mustache", "<p>\n" + deep + "\n</p>\n");
  const std::string err = errors_of(t);
  CHECK(contains(err, "templates/pagina.mustache:2"));
  CHECK(contains(err, "'a' is meer dan 100 niveaus diep genest"));
}

TEST_CASE("footnotes: thousands are rendered in linear time; past the limit an error") {
  TempProject t;
  t.write_minimal();
  auto text_with = [](int n) {
    std::string refs, defs;
    for (int i = 0; i < n; ++i) {
      refs += "Zin[^n" + std::to_string(i) + "]. ";
      defs += "[^n" + std::to_string(i) + "]: Noot " + std::to_string(i) + ".\n";
    }
    return "---\ngemeente: GM0001\n---\n\n## Kosten\n\n" + refs + "\n\n" + defs;
  };
  t.write("content/gemeenten/aa.md", text_with(2000));
  Diagnostics d;
  auto files = build_in_memory(t.root(), d);
  INFO(d.str());
  REQUIRE(files);
  const std::string& page = files->at("gemeenten/aa/index.html");
  CHECK(contains(page, "<li id=\"fn-n1999\">"));
  CHECK(contains(page, "href=\"#fn-n1999\" id=\"fnref-n1999\" data-footnote-ref>2000</a>"));

  t.write("content/gemeenten/aa.md", text_with(2001));
  const std::string err = errors_of(t);
  CHECK(contains(err, "meer dan 2000 voetnoten in één tekst"));
}

TEST_CASE("sane arithmetic: a negative noemer is an error, a zero noemer a – with a warning, year 0000 an error") {
  TempProject t;
  t.write_minimal();
  t.write("content/indicatoren.yaml",
          "- id: lasten\n  naam: Lasten per inwoner\n  eenheid: euro\n"
          "- id: jongeren\n  naam: Jongeren\n  eenheid: aantal\n  aggregatie: som\n"
          "- id: jh\n  naam: Met jeugdhulp\n  eenheid: aantal\n  aggregatie: som\n"
          "- id: pct\n  naam: Percentage\n  eenheid: procent\n  teller: jh\n  noemer: jongeren\n  factor: 100\n");
  SUBCASE("negative") {
    t.write("content/data/telling.csv",
            "gemeente,indicator,periode,waarde\nGM0001,jongeren,2020,50\nGM0002,jongeren,2020,-50\n"
            "GM0001,jh,2020,5\nGM0002,jh,2020,5\n");
    const std::string err = errors_of(t);
    CHECK(contains(err, "content/data/telling.csv:3"));
    CHECK(contains(err, "negatieve waarde -50 voor 'jongeren'"));
  }
  SUBCASE("zero and near zero") {
    t.write("content/data/telling.csv",
            "gemeente,indicator,periode,waarde\nGM0001,jongeren,2020,0\nGM0002,jongeren,2020,0.0000000001\n"
            "GM0001,jh,2020,5\nGM0002,jh,2020,5\n");
    Diagnostics d;
    auto files = build_in_memory(t.root(), d);
    REQUIRE(files);
    CHECK(contains(d.warnings_str(),
                   "indicator 'pct': de noemer 'jongeren' is 0 bij 2 waarnemingen (eerst bij GM0001 "
                   "2020, content/data/telling.csv:2)"));
    // No figure for either gemeente, and none for Nederland: not 5 / 1e-10 = 5.000.000.000.000%.
    const std::string& groups = files->at("data/groepen.csv");
    CHECK_FALSE(contains(groups, ",pct,2020,"));
    CHECK_FALSE(contains(files->at("data/benchmark.csv"), ",pct,2020,"));
  }
  SUBCASE("a year no monitor has") {
    t.write("content/data/telling.csv", "gemeente,indicator,periode,waarde\nGM0001,jongeren,0000,50\n");
    CHECK(contains(errors_of(t),
                   "content/data/telling.csv:2:17: fout: periode '0000': het jaar ligt niet tussen 1900 "
                   "en 2199"));
  }
}

TEST_CASE("spiegel import from an endless input stops at the size limit with a Dutch error") {
  TempProject t;
  t.write("koppeling.yaml", "regio: RegioS\nperioden: Perioden\nkolommen:\n  Aantal_1: jongeren\n");
  auto [rc, err] = spiegel::testing::capture_stderr([&] {
    return run_import({"/dev/zero", "--koppeling", (t.root() / "koppeling.yaml").string()});
  });
  CHECK(rc == kContentError);
  CHECK(contains(err, "/dev/zero: fout: is groter dan 256 MB"));
}

TEST_CASE("markup in the fields the editions and herindelingen add reaches the page escaped") {
  TempProject t;
  t.write_minimal();
  t.write("content/paginas/verantwoording.md", "---\ntitel: Verantwoording\n---\n\nTekst.\n");
  t.write("content/herindelingen.csv", "oud,nieuw,per,naam\nGM0099,GM0001,2019-01-01,<script>alert(1)</script>\n");
  Diagnostics d;
  auto files = build_in_memory(t.root(), d);
  INFO(d.str());
  REQUIRE(files);
  const std::string& page = files->at("verantwoording/index.html");
  CHECK(contains(page, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  CHECK_FALSE(contains(page, "<script>alert"));
}

TEST_CASE("regression (yaml_fuzz): a broken spiegel.yaml on which yaml-cpp never ends its documents") {
  TempProject t;
  t.write_minimal();
  t.write("content/spiegel.yaml", ", est\npIi ev3\n");
  errors_of(t);  // returns: before the fix the alias check looped forever
}

TEST_CASE("regression (yaml_fuzz): a groepen.yaml whose nodes are not what their place says is an error, not a crash") {
  TempProject t;
  t.write_minimal();
  // The fuzzer's input, as it found it: twice 'referentiegroepen', control bytes in keys.
  t.write("content/groepen.yaml",
          "groepen:\n  -    alle: t\nrefer\x10"
          "1:  true\nreferentiegroepen:\n GM9 001[:G M9002, GM9003]entiegroepen:\n"
          "  GM90\x10"
          "1:  true\nreferentiegroepen:\n GM9 001[:G M9002, GM9003]\n");
  const std::string err = errors_of(t);
  CHECK(contains(err, "content/groepen.yaml"));
}

TEST_CASE("markup in every field that reaches a page is escaped, in the pages, the charts and the search metadata") {
  // Each field gets its own number, so the test also shows that the field
  // reached a page (escaped), not only that nothing unescaped did.
  auto markup = [](int n) {
    return fmt::format("<script>alert({0})</script><img src=x onerror=alert({0})></style>", n);
  };
  TempProject t;
  t.write_minimal();
  t.write("content/spiegel.yaml",
          fmt::format("titel: \"{}\"\norganisatie: \"{}\"\npeilperiode: 2020\n", markup(1), markup(2)));
  t.write("content/gemeenten.csv",
          fmt::format("code,naam,provincie\nGM0001,Aa,\"{}\"\nGM0002,\"{}\",Utrecht\n", markup(3), markup(4)));
  t.write("content/groepen.yaml", fmt::format("groepen:\n  - id: nederland\n    naam: \"{}\"\n    alle: true\n"
                                              "  - id: provincie\n    naam: \"Provincie {{waarde}}\"\n"
                                              "    per_kolom: provincie\n",
                                              markup(5)));
  t.write("content/indicatoren.yaml",
          fmt::format("- id: lasten\n  naam: \"{}\"\n  eenheid: euro\n  bron: \"{}\"\n  definitie: \"{}\"\n"
                      "  thema: \"{}\"\n",
                      markup(6), markup(8), markup(9), markup(10)));  // eenheid is a word from a list
  t.write("content/gemeenten/aa.md",
          fmt::format("---\ngemeente: GM0001\ntitel: \"{}\"\nondertitel: \"{}\"\n---\n\n## Kosten\n\n"
                      "{{{{< gemeente >}}}} gaf {{{{< waarde lasten >}}}} uit.\n\n"
                      "{{{{< tabel indicatoren=lasten titel=\"{}\" >}}}}\n\n"
                      "{{{{< grafiek indicator=lasten soort=staaf >}}}}\n\n"
                      "## Conclusies\n\n::: conclusie {{#c-kosten}}\nDe kosten stijgen.\n:::\n\n"
                      "## Aanbevelingen\n\n::: aanbeveling {{#a-kosten aan=raad conclusies=c-kosten thema=\"{}\"}}\n"
                      "Zoek uit waarom.\n:::\n",
                      markup(11), markup(12), markup(13), markup(14)));
  t.write("content/opvolging.csv",
          fmt::format("aanbeveling,peildatum,status,toelichting\naa#a-kosten,2021-03-01,in_uitvoering,\"{}\"\n",
                      markup(15)));
  t.write("content/herindelingen.csv",
          fmt::format("oud,nieuw,per,naam\nGM0099,GM0001,2019-01-01,\"{}\"\n", markup(16)));
  t.write("content/paginas/verantwoording.md", "---\ntitel: Verantwoording\n---\n\nTekst.\n");
  Diagnostics d;
  auto files = build_in_memory(t.root(), d);
  INFO(d.str());
  REQUIRE(files);
  const std::vector<int> fields = {1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16};
  std::set<int> reached;
  for (const auto& file : *files) {
    const std::string& where = file.first;
    const std::string& body = file.second;
    if (where.ends_with(".csv") || where.ends_with(".xlsx") || where.ends_with(".json")) continue;  // data, not markup
    CHECK_MESSAGE(!contains(body, "<script>alert("), where);
    CHECK_MESSAGE(!contains(body, "<img src=x"), where);
    CHECK_MESSAGE(!contains(body, ")></style>"), where);
    for (int n : fields)
      if (contains(body, fmt::format("&lt;script&gt;alert({})&lt;/script&gt;", n))) reached.insert(n);
  }
  for (int n : fields) CHECK_MESSAGE(reached.count(n), "veld " << n << " staat op geen pagina");
}
