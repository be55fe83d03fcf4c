#include "render/source_marks.h"

#include <doctest/doctest.h>

using namespace spiegel;

TEST_CASE("source marks leave the page as it was and say where each line comes from") {
  const std::string page = source_mark("templates/pagina.mustache", 1) + "<html>\n<body>\n" +
                           source_mark("content/paginas/over.md", 5) + "<p>een\ntwee</p>\n" +
                           source_mark("content/paginas/over.md", 9, false) + "<table>\n<tr>\n</table>\n" +
                           source_mark("templates/pagina.mustache", 3) + "</body>\n";
  SourceMap map;
  CHECK(strip_source_marks(page, &map) == "<html>\n<body>\n<p>een\ntwee</p>\n<table>\n<tr>\n</table>\n</body>\n");
  auto at = [&](int line) {
    std::optional<SourceLoc> loc = map.find(line);
    return loc ? loc->file + ":" + std::to_string(loc->line) : std::string("?");
  };
  CHECK(at(2) == "templates/pagina.mustache:2");
  CHECK(at(3) == "content/paginas/over.md:5");
  CHECK(at(4) == "content/paginas/over.md:6");  // the next line of the paragraph
  CHECK(at(6) == "content/paginas/over.md:9");  // a shortcode's table: its one line
  CHECK(at(8) == "templates/pagina.mustache:3");
}

TEST_CASE("a mark directly followed by another gives way to it; the first mark on a line names the line") {
  SourceMap map;
  strip_source_marks("x\n" + source_mark("a.md", 3) + source_mark("b.md", 7) + "<p>" + source_mark("c.md", 1) + "y",
                     &map);
  REQUIRE(map.find(2));
  CHECK(map.find(2)->file == "b.md");
  CHECK_FALSE(map.find(1));
}

TEST_CASE("text that only looks like a mark is kept") {
  CHECK(strip_source_marks("a\x01zz\x02 b\x01", nullptr) == "a\x01zz\x02 b\x01");
}
