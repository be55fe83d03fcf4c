#include "serve/request_path.h"

#include <doctest/doctest.h>

using spiegel::content_type_for;
using spiegel::site_path_for;

TEST_CASE("request targets name site paths; folders get index.html") {
  CHECK(site_path_for("/") == "index.html");
  CHECK(site_path_for("/index.html") == "index.html");
  CHECK(site_path_for("/gemeenten/deventer/") == "gemeenten/deventer/index.html");
  CHECK(site_path_for("/gemeenten/deventer") == "gemeenten/deventer");
  CHECK(site_path_for("/gemeenten/deventer/?v=1#kosten") == "gemeenten/deventer/index.html");
  CHECK(site_path_for("//gemeenten///deventer/./index.html") == "gemeenten/deventer/index.html");
  CHECK(site_path_for("/spiegel%2Ecss") == "spiegel.css");
  CHECK(site_path_for("/caf%C3%A9.html") == "caf\xC3\xA9.html");
}

TEST_CASE("no request target can leave the site") {
  for (const char* bad : {"/..",
                          "/../etc/passwd",
                          "/gemeenten/../../etc/passwd",
                          "/a/..",
                          "/%2e%2e/etc/passwd",
                          "/%2E%2E/x",
                          "/.%2e/x",
                          "/%2e./x",
                          "/a%2f..%2f..%2fetc%2fpasswd",
                          "/..%5c..%5cx",
                          "/a\\..\\b",
                          "/%5c",
                          "/x%00.html",
                          "/%",
                          "/%2",
                          "/%zz",
                          "",
                          "*",
                          "gemeenten/deventer/",
                          "http://example.org/",
                          "/..?x=1",
                          "/a/../b"}) {
    CAPTURE(bad);
    CHECK_FALSE(site_path_for(bad).has_value());
  }
  // Decoded once: a doubly encoded dot is a literal name, which the site does not have.
  CHECK(site_path_for("/%252e%252e/x") == "%2e%2e/x");
  // A name that merely starts with dots is a name.
  CHECK(site_path_for("/...") == "...");
  CHECK(site_path_for("/..a") == "..a");
}

TEST_CASE("content types by extension, text with utf-8") {
  CHECK(content_type_for("index.html") == "text/html; charset=utf-8");
  CHECK(content_type_for("spiegel.css") == "text/css; charset=utf-8");
  CHECK(content_type_for("data/benchmark.csv") == "text/csv; charset=utf-8");
  CHECK(content_type_for("data/monitor.json") == "application/json");
  CHECK(content_type_for("sitemap.xml") == "application/xml");
  CHECK(content_type_for("kaart.SVG") == "image/svg+xml");
  CHECK(content_type_for("gemeenten/deventer/rapport.pdf") == "application/pdf");
  CHECK(content_type_for("LICENSE") == "application/octet-stream");
}
