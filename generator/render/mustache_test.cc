#include "render/mustache.h"

#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "base/html_escape.h"

using nlohmann::json;
namespace mustache = spiegel::mustache;

namespace {

/// Renders `source` with `data`, with `partials` in the same set.
std::string render(const std::string& source, const json& data = json::object(),
                   const json& partials = json::object()) {
  mustache::TemplateSet set;
  for (const auto& [name, text] : partials.items()) set.add(name, text.get<std::string>());
  set.add("test", source, "test.mustache");
  return set.render("test", data);
}

/// The error that adding `source` throws; fails the test when it throws none.
mustache::TemplateError parse_error(const std::string& source) {
  mustache::TemplateSet set;
  try {
    set.add("t", source, "templates/t.mustache");
  } catch (const mustache::TemplateError& e) {
    return e;
  }
  FAIL("geen fout voor: " << source);
  return mustache::TemplateError("", 0, "");
}

}  // namespace

// Like cmark, the engine's claim "passes the spec" is checked by running the
// spec's own files, read at run time, so a missing file fails too.
TEST_CASE("mustache: de officiële spec, alle 163 tests") {
  const char* files[] = {"comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance"};
  int executed = 0;
  for (const char* file : files) {
    std::string path = std::string(SPIEGEL_SOURCE_DIR) + "/tests/mustache-spec/" + file + ".json";
    std::ifstream in(path);
    REQUIRE_MESSAGE(in, "spec-bestand ontbreekt: " << path);
    json spec = json::parse(in);
    for (const json& test : spec.at("tests")) {
      INFO(file << ": " << test.at("name").get<std::string>() << " — " << test.at("desc").get<std::string>());
      INFO("template: " << json(test.at("template")).dump());
      std::string got;
      try {
        got = render(test.at("template"), test.at("data"), test.value("partials", json::object()));
      } catch (const std::exception& e) {
        got = std::string("FOUT: ") + e.what();
      }
      CHECK(json(got).dump() == json(test.at("expected")).dump());  // dump() shows newlines and spaces
      ++executed;
    }
  }
  CHECK(executed == 163);
}

TEST_CASE("mustache: HTML-escaping, ook in attributen") {
  json data = {{"x", "<script>alert('&\"')</script>"}};
  CHECK(render("{{x}}", data) == "&lt;script&gt;alert(&#39;&amp;&quot;&#39;)&lt;/script&gt;");
  CHECK(render("{{{x}}}|{{&x}}", data) == "<script>alert('&\"')</script>|<script>alert('&\"')</script>");
  CHECK(render("{{x}}", {{"x", "Rijn & Gouwe"}}) == "Rijn &amp; Gouwe");
}

TEST_CASE("mustache: getallen en waarheid") {
  CHECK(render("{{a}} {{b}} {{c}} {{d}}", {{"a", 85}, {"b", 1.21}, {"c", 3.0}, {"d", -7}}) == "85 1.21 3 -7");
  // Falsy as in the spec's `!!data`: "", 0, null, false and [] hide a section.
  json data = {{"leeg", ""}, {"nul", 0}, {"lijst", json::array()}, {"obj", json::object()}, {"tekst", "x"}};
  CHECK(render("{{#leeg}}A{{/leeg}}{{#nul}}B{{/nul}}{{#lijst}}C{{/lijst}}{{#obj}}D{{/obj}}{{#tekst}}E{{/tekst}}",
               data) == "DE");
  CHECK(render("{{^leeg}}A{{/leeg}}{{^nul}}B{{/nul}}{{^ontbreekt}}C{{/ontbreekt}}", data) == "ABC");
}

TEST_CASE("mustache: layout met blokken en inspringing") {
  json partials = {
      {"layout", "<main>\n  {{$inhoud}}\n  {{/inhoud}}\n</main>\n<title>{{$titel}}Spiegel{{/titel}}</title>\n"}};
  std::string page =
      "{{<layout}}\n"
      "{{$titel}}{{naam}}{{/titel}}\n"
      "{{$inhoud}}\n"
      "<h1>{{naam}}</h1>\n"
      "{{#gemeenten}}\n"
      "<p>{{.}}</p>\n"
      "{{/gemeenten}}\n"
      "{{/inhoud}}\n"
      "{{/layout}}\n";
  CHECK(render(page, {{"naam", "Rekenkamer"}, {"gemeenten", {"Delft", "Gouda"}}}, partials) ==
        "<main>\n  <h1>Rekenkamer</h1>\n  <p>Delft</p>\n  <p>Gouda</p>\n</main>\n<title>Rekenkamer</title>\n");

  // `{{$b}}{{/b}}` alone on a line: content that ends its own line gets no extra empty line.
  json one_line = {{"layout", "<main>\n  {{$inhoud}}{{/inhoud}}\n</main>\n"}};
  CHECK(render("{{<layout}}\n{{$inhoud}}\n<p>a</p>\n{{/inhoud}}\n{{/layout}}\n", {}, one_line) ==
        "<main>\n  <p>a</p>\n</main>\n");
  CHECK(render("{{<layout}}{{$inhoud}}<p>a</p>{{/inhoud}}{{/layout}}", {}, one_line) ==
        "<main>\n  <p>a</p>\n</main>\n");
  CHECK(render("{{<layout}}{{/layout}}", {}, one_line) == "<main>\n\n</main>\n");
}

TEST_CASE("mustache: fouten noemen bestand en regel") {
  auto unclosed = parse_error("<ul>\n{{#gemeenten}}\n<li>{{naam}}</li>\n</ul>\n");
  CHECK(unclosed.file == "templates/t.mustache");
  CHECK(unclosed.line == 2);
  CHECK(std::string(unclosed.what()) ==
        "templates/t.mustache:2: sectie 'gemeenten' is niet gesloten (geopend op regel 2)");

  auto mismatch = parse_error("{{#y}}\n\n{{/x}}");
  CHECK(mismatch.line == 3);
  CHECK(std::string(mismatch.what()).find("sluittag '/x' past niet bij geopende sectie 'y'") != std::string::npos);

  CHECK(parse_error("{{/x}}").line == 1);
  CHECK(parse_error("a\n{{=<%=}}").line == 2);
  CHECK(parse_error("a {{naam").line == 1);
  CHECK(parse_error("{{ }}").line == 1);
  CHECK(std::string(parse_error("{{<layout}}{{$a}}{{/layout}}").what()).find("geopend blok 'a'") != std::string::npos);

  mustache::TemplateSet set;
  set.add("pagina", "x");
  CHECK_THROWS_WITH_AS(set.render("pagina2", json::object()),
                       "pagina2: onbekende template 'pagina2' — bedoelt u 'pagina'?", mustache::TemplateError);
  set.add("lus", "{{>lus}}");
  CHECK_THROWS_AS(set.render("lus", json::object()), mustache::TemplateError);
}

TEST_CASE("mustache: add vervangt en has kent de namen") {
  mustache::TemplateSet set;
  CHECK_FALSE(set.has("a"));
  set.add("a", "een");
  set.add("b", "[{{>a}}]");
  CHECK(set.render("b", json::object()) == "[een]");
  set.add("a", "twee");
  CHECK(set.has("a"));
  CHECK(set.render("b", json::object()) == "[twee]");
}
