#include "check/site_checker.h"

#include <doctest/doctest.h>

using namespace spiegel;

namespace {

std::string page(const std::string& body, const std::string& root = "") {
  return "<!DOCTYPE html>\n<html lang=\"nl\"><head><title>t</title><link rel=\"stylesheet\" href=\"" + root +
         "spiegel.css\"></head>\n<body>\n" + body + "\n</body></html>\n";
}

/// The messages of `file`, one string each "line: message".
std::vector<std::string> problems_of(const CheckResult& r, const std::string& file) {
  std::vector<std::string> out;
  for (const auto& p : r.problems)
    if (p.file == file) out.push_back(std::to_string(p.line) + ": " + p.message);
  return out;
}

bool any_contains(const std::vector<std::string>& v, const std::string& needle) {
  for (const auto& s : v)
    if (s.find(needle) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("a clean site has no problems and lists its external links") {
  SiteFiles files = {
      {"index.html", page("<a href=\"gemeenten/aa/index.html#kosten\">Aa</a> <a href=\"https://cbs.nl\">CBS</a>")},
      {"gemeenten/aa/index.html",
       page("<h2 id=\"kosten\">Kosten</h2><a href=\"../../index.html\">terug</a><a href=\"https://cbs.nl\">CBS</a>"
            "<figure><svg role=\"img\" aria-labelledby=\"t1\"><title id=\"t1\">Lasten</title></svg>"
            "<figcaption>Figuur 1</figcaption></figure><img src=\"../../logo.png\" alt=\"\">",
            "../../")},
      {"logo.png", "png"},
      {"spiegel.css", "body { background: url('logo.png'); } /* url(weg.png) */"}};
  CheckResult r = check_site(files, "");
  CHECK(r.problems.empty());
  for (const auto& p : r.problems) MESSAGE(p.file << ":" << p.line << ": " << p.message);
  REQUIRE(r.external.size() == 1);
  CHECK(r.external[0].url == "https://cbs.nl");
  CHECK(r.external[0].count == 2);
}

TEST_CASE("broken links, anchors, assets, duplicate ids and missing text alternatives") {
  SiteFiles files = {
      {"index.html",
       page("<a href=\"weg/index.html\">x</a>\n<a href=\"a.html#nergens\">y</a>\n<a href=\"#ook-niet\">z</a>")},
      {"a.html", page("<p id=\"d\">1</p>\n<p id=\"d\">2</p>\n<img src=\"plaatje.png\">\n"
                      "<figure><svg viewBox=\"0 0 1 1\"></svg></figure>\n<svg role=\"img\"><g></g></svg>\n"
                      "<span aria-labelledby=\"geen\">x</span>\n<a href=\"../buiten.html\">b</a>")},
      {"spiegel.css", "@import \"thema.css\";\nbody { background: url(ontbreekt.png) }"}};
  CheckResult r = check_site(files, "");
  auto index = problems_of(r, "index.html");
  CHECK(any_contains(index, "4: de link 'weg/index.html' wijst naar weg/index.html"));
  CHECK(any_contains(index, "5: het anker '#nergens' bestaat niet in a.html"));
  CHECK(any_contains(index, "6: het anker '#ook-niet' bestaat niet in deze pagina"));
  auto a = problems_of(r, "a.html");
  CHECK(any_contains(a, "5: het id 'd' staat al op regel 4"));
  CHECK(any_contains(a, "6: afbeelding 'plaatje.png' heeft geen alt-tekst"));
  CHECK(any_contains(a, "6: het bestand 'plaatje.png'"));
  CHECK(any_contains(a, "7: figuur zonder tekstalternatief"));
  CHECK(any_contains(a, "8: grafiek (svg) zonder tekstalternatief"));
  CHECK(any_contains(a, "9: verwijst naar id 'geen'"));
  CHECK(any_contains(a, "10: '../buiten.html' wijst naar een plek boven de map van de site"));
  auto css = problems_of(r, "spiegel.css");
  CHECK(any_contains(css, "1: het bestand 'thema.css'"));
  CHECK(any_contains(css, "2: het bestand 'ontbreekt.png'"));
  // Sorted by file, then line.
  for (std::size_t i = 1; i < r.problems.size(); ++i) CHECK_FALSE(r.problems[i] < r.problems[i - 1]);
}

TEST_CASE("a link to a refused scheme, as a template could write it, is a problem and not an external link") {
  SiteFiles files = {
      {"index.html", page("<a href=\"javascript:alert(1)\">a</a>\n<a href=\" &#106;ava&#9;script:b()\">b</a>\n"
                          "<a href=\"VBScript:c\">c</a>\n<iframe src=\"data:text/html,x\" title=\"d\"></iframe>\n"
                          "<img src=\"data:image/png;base64,AAAA\" alt=\"\">\n<a href=\"tel:+31570693911\">e</a>")},
      {"spiegel.css", "body { background: url(\"data:image/svg+xml,<svg/>\") }"}};
  CheckResult r = check_site(files, "");
  auto index = problems_of(r, "index.html");
  CHECK(any_contains(index, "4: link naar 'javascript:alert(1)': alleen http(s)-, mailto- en tel-links"));
  CHECK(any_contains(index, "5: link naar ' java%09script:b()'"));
  CHECK(any_contains(index, "6: link naar 'VBScript:c'"));
  CHECK(any_contains(index, "7: link naar 'data:text/html,x'"));
  CHECK(index.size() == 4);  // the picture as data: and the phone number are fine
  CHECK(problems_of(r, "spiegel.css").empty());
  REQUIRE(r.external.size() == 1);
  CHECK(r.external[0].url == "tel:+31570693911");
}
