#include "check/html_scanner.h"

#include <doctest/doctest.h>

using namespace spiegel;

TEST_CASE("tags, attributes, lines and text") {
  auto tokens = scan_html(
      "<!DOCTYPE html>\n<P ID=a class='x y' hidden data-v=\"1&amp;2\">tekst &lt;b&gt;</p>\n<img src=a.png alt=\"\"/>");
  REQUIRE(tokens.size() >= 4);
  CHECK(tokens[1].kind == HtmlToken::Kind::start_tag);
  CHECK(tokens[1].name == "p");
  CHECK(tokens[1].line == 2);
  CHECK(*tokens[1].attribute("id") == "a");
  CHECK(*tokens[1].attribute("class") == "x y");
  CHECK(*tokens[1].attribute("hidden") == "");
  CHECK(*tokens[1].attribute("data-v") == "1&2");
  CHECK(tokens[2].text == "tekst <b>");
  CHECK(tokens[3].kind == HtmlToken::Kind::end_tag);
  const HtmlToken& img = tokens.back();
  CHECK(img.name == "img");
  CHECK(img.line == 3);
  CHECK(img.self_closing);
  CHECK(*img.attribute("src") == "a.png");
  CHECK(*img.attribute("alt") == "");
}

TEST_CASE("comments, scripts and styles hide their contents") {
  auto tokens = scan_html(
      "<!-- <a id=x> -->\n<script>if (a<b) document.write('<p id=y>')</script><style>p{}</style><title>T &amp; "
      "U</title><a id=z>");
  int anchors = 0;
  for (const auto& t : tokens)
    if (t.kind == HtmlToken::Kind::start_tag && t.name == "a") {
      ++anchors;
      CHECK(*t.attribute("id") == "z");
      CHECK(t.line == 2);
    }
  CHECK(anchors == 1);
  bool title_text = false;
  for (const auto& t : tokens) title_text |= t.text == "T & U";
  CHECK(title_text);
}

TEST_CASE("numeric references and broken input") {
  CHECK(decode_references("&#233;&#xE9;&#x1F600;&nbsp;") == "\xC3\xA9\xC3\xA9\xF0\x9F\x98\x80\xC2\xA0");
  CHECK(decode_references("a & b &unknown; &#xZZ; &#0;") == "a & b &unknown; &#xZZ; \xEF\xBF\xBD");
  for (const char* bad : {"<", "<a", "<a href=\"", "</", "<!--", "<a b='c", "<script>", "< a>", "<a =x>"}) {
    CAPTURE(bad);
    CHECK_NOTHROW(scan_html(bad));
  }
}
