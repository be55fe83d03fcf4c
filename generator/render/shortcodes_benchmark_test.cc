#include <doctest/doctest.h>

#include "compute/site_data.h"
#include "content_from_text.h"
#include "render/shortcode_args.h"
#include "render/shortcodes.h"

using namespace spiegel;
using spiegel::testing::content_from_text;
using spiegel::testing::prepared;

namespace {

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

/// Three gemeenten in two regions; A's referentiegroep is B and C.
SiteData site() {
  Content c = content_from_text(
      {"code,naam,regio,toegang\nGM0001,Aa & Zo,Noord,wijkteam\nGM0002,Bee,Noord,\n"
       "GM0003,Cee,Zuid,gemeente\n",
       "groepen:\n  - id: nederland\n    naam: Nederland\n    alle: true\n    berekenen: false\n"
       "  - id: regio\n    naam: \"Regio {waarde}\"\n    per_kolom: regio\n"
       "referentiegroepen:\n  GM0001: [GM0002, GM0003]\n",
       "- id: pct\n  naam: Jongeren met hulp\n  eenheid: procent\n  decimalen: 1\n  thema: Gebruik\n  bron: CBS\n"
       "- id: deciel\n  naam: Inkomensdeciel\n  eenheid: deciel\n  aggregatie: geen\n  thema: Gebruik\n  bron: CBS\n"
       "- id: lasten\n  naam: Lasten\n  eenheid: euro\n  richting: lager_is_beter\n  thema: Kosten\n  bron: Iv3\n",
       "gemeente,indicator,periode,waarde,status\n"
       "GM0001,pct,2017-H1,8.1,\nGM0001,pct,2020-H1,6.7,\nGM0002,pct,2017-H1,7.4,\n"
       "GM0002,pct,2020-H1,7.5,voorlopig\nGM0003,pct,2020-H1,,geheim\n"
       "nederland,pct,2017-H1,7.1,\nnederland,pct,2020-H1,7.2,\n"
       "GM0001,deciel,2019,2,\nGM0002,deciel,2019,4,\nGM0001,lasten,2019,240,\n"});
  c.settings.peilperiode = parse_period("2020-H1");
  c.settings.basisperiode = parse_period("2017-H1");
  return prepared(std::move(c));
}

/// Evaluates the shortcodes of `text` in A's report (line 10 onwards).
std::vector<Fragment> run(const SiteData& s, const std::string& text, Diagnostics& d, bool in_report = true) {
  ShortcodeScan scan = scan_shortcodes(text, "content/gemeenten/aa.md", 10, d);
  const Gemeente* a = in_report ? s.content.registry.find("GM0001") : nullptr;
  return evaluate_shortcodes(scan.calls, ShortcodeContext{s, a, nullptr}, d);
}

std::string one(const SiteData& s, const std::string& text) {
  Diagnostics d;
  auto f = run(s, text, d);
  INFO(d.str());
  REQUIRE_FALSE(d.has_errors());
  REQUIRE(f.size() == 1);
  return f[0].html;
}

/// The one problem `text` gives in A's report.
Diagnostic problem(const SiteData& s, const std::string& text) {
  Diagnostics d;
  run(s, text, d);
  INFO(d.str());
  REQUIRE(d.count() == 1);
  return d.all()[0];
}

}  // namespace

TEST_CASE("vergelijk: lager, hoger or vergelijkbaar than a group, with its figure") {
  SiteData s = site();
  CHECK(one(s, "{{< vergelijk pct met=nederland >}}") == "lager dan Nederland (7,2%)");
  CHECK(one(s, "{{< vergelijk pct met=nederland periode=2017-H1 >}}") == "hoger dan Nederland (7,1%)");
  // The referentiegroep: B only (C is geheim), and B's figure is voorlopig.
  CHECK(one(s, "{{< vergelijk pct met=referentiegroep >}}") == "lager dan de referentiegroep (7,5%*)");
  // met=regio: A's own region, computed over A and B: (6,7 + 7,5) / 2 = 7,1.
  CHECK(one(s, "{{< vergelijk pct met=regio >}}") == "lager dan Regio Noord (7,1%*)");
  // Bee: 7,5 against 7,1 is 0,4 point more, beyond the tolerance of 5% of 7,1 (0,355).
  CHECK(one(s, "{{< vergelijk pct met=regio:Noord gemeente=Bee >}}") == "hoger dan Regio Noord (7,1%*)");
  // A geheim figure is a published fact: the sentence says so.
  CHECK(one(s, "{{< vergelijk pct met=nederland gemeente=Cee >}}") ==
        "niet te vergelijken met Nederland (Cee: geheim)");
}

TEST_CASE("vergelijk: an unknown group is an error at its line with a suggestion") {
  SiteData s = site();
  Diagnostics d;
  run(s, "tekst\n{{< vergelijk pct met=nederlnd >}}", d);
  REQUIRE(d.count() == 1);
  CHECK(d.all()[0].loc.line == 11);
  CHECK(d.all()[0].suggestion == "nederland");
  Diagnostics e;
  run(s, "{{< vergelijk pct met=regio >}}", e, false);  // no gemeente outside a report
  CHECK(e.count() == 1);
}

TEST_CASE("trend: gestegen or gedaald from the basisperiode to now") {
  SiteData s = site();
  CHECK(one(s, "{{< trend pct >}}") == "gedaald van 8,1% naar 6,7%");
  CHECK(one(s, "{{< trend pct gemeente=GM0002 >}}") == "gestegen van 7,4% naar 7,5%*");
  CHECK(one(s, "{{< trend pct groep=nederland >}}") == "gestegen van 7,1% naar 7,2%");
  Diagnostics d;
  run(s, "{{< trend pct van=2020-H1 tot=2017-H1 >}}", d);
  CHECK(d.count() == 1);
}

TEST_CASE("waarde of another gemeente or a group") {
  SiteData s = site();
  CHECK(one(s, "{{< waarde pct groep=nederland >}}") == "7,2%");
  CHECK(one(s, "{{< waarde pct gemeente=bee >}}") == "7,5%*");
  CHECK(one(s, "{{< waarde lasten >}}") == "€ 240");  // the latest period up to the peilperiode: 2019
  Diagnostics d;
  run(s, "{{< waarde pct gemeente=Bea >}}", d);
  REQUIRE(d.count() == 1);
  CHECK(d.all()[0].suggestion == "Bee");
}

TEST_CASE("tabel: the gemeente, its peers, its groups and Nederland, with x, – and * explained") {
  SiteData s = site();
  std::string html = one(s, "{{< tabel thema=Gebruik >}}");
  // Columns: the theme's indicators in their current periods.
  CHECK(contains(html, "<caption id=\"tabel-r10k1\">Gebruik: Aa &amp; Zo vergeleken</caption>"));
  CHECK(contains(html,
                 "<th scope=\"col\" class=\"getal\"><a href=\"../../indicatoren/pct/index.html\">Jongeren met hulp</a> "
                 "<span class=\"periode\">1e halfjaar 2020</span></th>"));
  // The own row first and emphasised; names escaped.
  CHECK(contains(html,
                 "<tr class=\"eigen\"><th scope=\"row\"><strong>Aa &amp; Zo</strong></th><td class=\"getal\">6,7%</td>"
                 "<td class=\"getal\">2</td></tr>"));
  CHECK(contains(html, "<tr class=\"referentie\"><th scope=\"row\">Bee</th><td class=\"getal\">7,5%*</td>"));
  CHECK(contains(
      html, "<tr class=\"referentie\"><th scope=\"row\">Cee</th><td class=\"getal\">x</td><td class=\"getal\">–</td>"));
  // Groups: a decile has no group figure (x); Nederland last, from the source.
  CHECK(contains(html,
                 "<tr class=\"groep\"><th scope=\"row\">Referentiegroep</th><td class=\"getal\">7,5%*</td>"
                 "<td class=\"getal\">x</td></tr>"));
  CHECK(contains(html, "<tr class=\"groep nederland\"><th scope=\"row\">Nederland</th><td class=\"getal\">7,2%</td>"));
  CHECK(html.find("Referentiegroep") < html.find("Regio Noord"));
  CHECK(html.find("Regio Noord") < html.find(">Nederland<"));
  CHECK(contains(html, "<p class=\"bron\">Bron: CBS.</p>"));
  CHECK(contains(html, "x = niet van toepassing of geheim; – = geen cijfer; * = voorlopig cijfer."));
  CHECK(contains(html, "Cijfers van Nederland zoals de bron ze geeft"));
}

TEST_CASE("tabel: one indicator shows its periods, with the index when asked") {
  SiteData s = site();
  std::string html = one(s, "{{< tabel indicatoren=pct index=ja groepen=nederland >}}");
  CHECK(contains(html, "<span class=\"periode\">1e halfjaar 2017</span>"));
  CHECK(contains(html, "<span class=\"periode\">1e halfjaar 2020 (1e halfjaar 2017 = 100)</span>"));
  // A: 100 × 6,7 / 8,1 = 82,7 → 83; Nederland: 100 × 7,2 / 7,1 = 101,4 → 101.
  CHECK(contains(html, "<td class=\"getal\">8,1%</td><td class=\"getal\">6,7%</td><td class=\"getal\">83</td></tr>"));
  CHECK(contains(html, "<td class=\"getal\">7,1%</td><td class=\"getal\">7,2%</td><td class=\"getal\">101</td></tr>"));
  CHECK_FALSE(contains(html, "Referentiegroep"));  // groepen= chooses the group rows
  // indicator@periode pins a column's period.
  std::string pinned = one(s, "{{< tabel indicatoren=pct@2017-H1,lasten >}}");
  CHECK(contains(pinned, "1e halfjaar 2017"));
  CHECK(contains(pinned, "<span class=\"periode\">2019</span>"));
}

TEST_CASE("tabel and kenmerken: unknown names are errors with suggestions") {
  SiteData s = site();
  Diagnostics d;
  run(s,
      "{{< tabel thema=Gebruk >}}\n{{< tabel indicatoren=pct,lastn >}}\n{{< tabel indicatoren=pct groepen=regoi >}}\n"
      "{{< kenmerken kolommen=toegng >}}\n{{< tabel >}}",
      d);
  REQUIRE(d.count() == 5);
  CHECK(d.all()[0].suggestion == "Gebruik");
  CHECK(d.all()[1].suggestion == "lasten");
  CHECK(d.all()[2].suggestion == "regio");
  CHECK(d.all()[3].suggestion == "toegang");
  CHECK(d.all()[3].loc.line == 13);
}

TEST_CASE("kenmerken: registry columns side by side as text") {
  SiteData s = site();
  Diagnostics d;
  auto f = run(s, "{{< kenmerken kolommen=toegang,regio >}}", d);
  REQUIRE_FALSE(d.has_errors());
  CHECK(f[0].block);
  CHECK(contains(f[0].html, "<th scope=\"col\">Toegang</th><th scope=\"col\">Regio</th>"));
  CHECK(contains(
      f[0].html,
      "<tr class=\"eigen\"><th scope=\"row\"><strong>Aa &amp; Zo</strong></th><td>wijkteam</td><td>Noord</td></tr>"));
  CHECK(contains(f[0].html, "<tr class=\"referentie\"><th scope=\"row\">Bee</th><td>–</td><td>Noord</td></tr>"));
}

TEST_CASE("waarde als=index, rang or deciel") {
  SiteData s = site();
  CHECK(one(s, "{{< waarde pct als=index >}}") == "83");                   // 100 × 6,7 / 8,1 = 82,7
  CHECK(one(s, "{{< waarde pct groep=nederland als=index >}}") == "101");  // 100 × 7,2 / 7,1
  CHECK(one(s, "{{< waarde pct als=rang >}}") == "2");                     // Bee 7,5 before Aa 6,7; Cee geheim
  CHECK(one(s, "{{< waarde pct gemeente=Cee als=rang >}}") == "x");
  Diagnostics d;
  run(s, "{{< waarde pct als=indx >}}", d);
  REQUIRE(d.count() == 1);
  CHECK(d.all()[0].suggestion == "index");
}

TEST_CASE("waarde als=deciel: an error with the reason below 30 gemeenten; a decile indicator gives its own value") {
  SiteData s = site();
  Diagnostics d;
  run(s, "{{< waarde pct als=deciel >}}", d);
  REQUIRE(d.count() == 1);
  CHECK(d.all()[0].message ==
        "waarde als=deciel: 'pct' heeft over 1e halfjaar 2020 cijfers van 2 gemeenten; een deciel berekent Spiegel pas "
        "vanaf 30 gemeenten met een cijfer — gebruik als=rang");
  // Aa's own decile is 2; re-ranked between Aa and Bee alone it would be 5.
  CHECK(one(s, "{{< waarde deciel periode=2019 als=deciel >}}") == "2");
}

TEST_CASE("tabel thema=: a theme written in other case or spacing is the same theme, as in indicatoren.yaml") {
  SiteData s = site();
  CHECK(contains(one(s, "{{< tabel thema=\" gebruik\" >}}"), "../../indicatoren/deciel/index.html"));
}

TEST_CASE("a sentence that asks for a figure that does not exist is an error naming the periods there are") {
  SiteData s = site();
  // lasten is yearly: A has 2019 only. 2020-H1 is a period of the monitor, not of lasten.
  Diagnostic d = problem(s, "tekst\n{{< waarde lasten periode=2020-H1 >}}");
  CHECK(d.loc.line == 11);
  CHECK(d.message == "waarde: 'lasten' heeft geen cijfers over 1e halfjaar 2020; wel over 2019");
  CHECK(d.suggestion == "2019");
  // Bee has no lasten at all; Nederland no figure of lasten.
  CHECK(problem(s, "{{< waarde lasten gemeente=Bee >}}")
            .message.starts_with("waarde: 'lasten' heeft voor Bee geen enkel cijfer"));
  d = problem(s, "{{< vergelijk lasten met=nederland >}}");
  CHECK(d.message.starts_with("vergelijk: 'lasten' heeft voor Nederland geen enkel cijfer"));
  // Cee has a geheim figure over 2020-H1 but none over 2017-H1, where the trend starts.
  d = problem(s, "{{< trend pct gemeente=Cee >}}");
  CHECK(d.message == "trend: 'pct' heeft voor Cee geen cijfer over 1e halfjaar 2017; wel over 2020-H1");
  CHECK(d.suggestion == "2020-H1");
  CHECK(problem(s, "{{< trend lasten >}}").message ==
        "trend: 'lasten' heeft voor Aa & Zo geen cijfer van vóór 2019 om de trend vanaf te rekenen; wel over 2019");
  CHECK(problem(s, "{{< waarde pct gemeente=Cee periode=2017-H1 als=index >}}")
            .message.starts_with("waarde: 'pct' heeft voor Cee geen cijfer over 1e halfjaar 2017"));
}

TEST_CASE("geheim is printed, not an error; leeg= prints the writer's text where a figure is missing") {
  SiteData s = site();
  CHECK(one(s, "{{< waarde pct gemeente=Cee >}}") == "x");
  CHECK(one(s, "{{< trend pct gemeente=Bee van=2017-H1 >}}") == "gestegen van 7,4% naar 7,5%*");
  CHECK(one(s, "{{< waarde lasten gemeente=Bee leeg=\"geen opgave\" >}}") == "geen opgave");
  CHECK(one(s, "{{< vergelijk lasten met=nederland leeg=\"niet te vergelijken\" >}}") == "niet te vergelijken");
  CHECK(one(s, "{{< trend pct gemeente=Cee leeg=onbekend >}}") == "onbekend");
  CHECK(one(s, "{{< waarde lasten gemeente=Bee leeg=\"\" >}}").empty());
  // leeg= does not excuse a period the indicator never has: that is a mistake in the text.
  CHECK(problem(s, "{{< waarde lasten periode=2020-H1 leeg=\"–\" >}}").suggestion == "2019");
}

TEST_CASE("periods in words: one by one, or a run of four or more as a range; the nearest by time") {
  auto periods = [](std::vector<std::string> keys) {
    std::vector<Period> out;
    for (const std::string& k : keys) out.push_back(*parse_period(k));
    return out;
  };
  CHECK(periods_in_words(periods({"2017", "2018", "2019"})) == "2017, 2018 en 2019");
  CHECK(periods_in_words(periods({"2017-H1", "2017-H2", "2018-H1", "2018-H2", "2020-H1"})) ==
        "2017-H1 t/m 2018-H2 en 2020-H1");
  CHECK(nearest_period(periods({"2017", "2018", "2019"}), *parse_period("2020-H1"))->key() == "2019");
  CHECK(nearest_period(periods({"2019", "2020", "2021"}), *parse_period("2020-H1"))->key() == "2020");
  CHECK(nearest_period(periods({"2019-H2", "2020-H2"}), *parse_period("2020-H1"))->key() == "2020-H2");
  CHECK_FALSE(nearest_period({}, *parse_period("2020")));
}
