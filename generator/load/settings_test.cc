#include "load/settings.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

using namespace spiegel;

TEST_CASE("spiegel.yaml: settings and their defaults") {
  Diagnostics d;
  Settings s = load_settings("titel: Monitor\nbasis_url: https://x.nl/m\npeilperiode: 2024-H1\n", "spiegel.yaml", d);
  CHECK_FALSE(d.has_errors());
  CHECK(s.titel == "Monitor");
  CHECK(s.basis_url == "https://x.nl/m/");  // a trailing slash is added
  CHECK(s.peilperiode->key() == "2024-H1");
  CHECK_FALSE(s.basisperiode.has_value());
  CHECK_FALSE(s.anonimiseren);
  CHECK(s.pagina_per_gemeente == Settings::PagePolicy::met_tekst);
  CHECK_FALSE(s.markdown_html);  // raw HTML in texts stays out unless the rekenkamer trusts them
  CHECK(load_settings("titel: M\nmarkdown_html: true\n", "spiegel.yaml", d).markdown_html);
  CHECK_FALSE(d.has_errors());
}

TEST_CASE("spiegel.yaml: errors name the line and what was meant") {
  Diagnostics d;
  load_settings("titel: M\npeilperiod: 2024-H1\nanonimiseren: misschien\npagina_per_gemeente: allen\n", "spiegel.yaml",
                d);
  REQUIRE(d.count() == 3);
  CHECK(d.all()[0].loc.line == 3);
  CHECK(d.all()[0].message.find("true of false") != std::string::npos);
  CHECK(d.all()[1].loc.line == 4);
  CHECK(d.all()[1].suggestion == "alle");
  CHECK(d.all()[2].loc.line == 2);  // unknown keys come last
  CHECK(d.all()[2].suggestion == "peilperiode");
}

TEST_CASE("spiegel.yaml: a missing titel, a bad period and broken YAML") {
  Diagnostics d;
  load_settings("basisperiode: 2017H1\n", "spiegel.yaml", d);
  REQUIRE(d.count() == 2);
  CHECK(d.all()[0].message.find("'titel' ontbreekt") != std::string::npos);
  CHECK(d.all()[1].message.find("ongeldige periode '2017H1'") != std::string::npos);

  Diagnostics broken;
  load_settings("titel: [a\n", "spiegel.yaml", broken);
  REQUIRE(broken.count() == 1);
  CHECK(broken.all()[0].loc.file == "spiegel.yaml");
  CHECK(broken.all()[0].loc.line >= 1);
}

TEST_CASE("spiegel.yaml: logo is an image below content/, nummering doorlopend or hoofdstuk") {
  Diagnostics d;
  Settings s = load_settings("titel: M\nlogo: beeld/logo.png\nnummering: hoofdstuk\n", "spiegel.yaml", d);
  CHECK_FALSE(d.has_errors());
  CHECK(s.logo == "beeld/logo.png");
  CHECK(logo_site_path(s) == "logo.png");
  CHECK(s.nummering == Settings::Numbering::hoofdstuk);
  // Without the keys: no logo, and tables numbered through the report as before.
  Settings plain = load_settings("titel: M\n", "spiegel.yaml", d);
  CHECK(plain.logo.empty());
  CHECK(logo_site_path(plain).empty());
  CHECK(plain.nummering == Settings::Numbering::doorlopend);

  for (const char* outside : {"../logo.png", "/etc/logo.png", "beeld/../../logo.png", "C:/logo.png", "a\\\\b.png"}) {
    Diagnostics e;
    CHECK(load_settings(fmt::format("titel: M\nlogo: '{}'\n", outside), "spiegel.yaml", e).logo.empty());
    REQUIRE(e.count() == 1);
    CHECK(e.all()[0].message.find("in de map content/") != std::string::npos);
    CHECK(e.all()[0].loc.line == 2);
  }
  Diagnostics e;
  load_settings("titel: M\nlogo: logo.pdf\nnummering: per_hoofdstuk\n", "spiegel.yaml", e);
  REQUIRE(e.count() == 2);
  CHECK(e.all()[0].message.find("moet een afbeelding zijn") != std::string::npos);
  CHECK(e.all()[1].message.find("onbekende waarde 'per_hoofdstuk' voor 'nummering'") != std::string::npos);
  CHECK(e.all()[1].suggestion == "hoofdstuk");
}
