#include "text/shortcode_parser.h"

#include <doctest/doctest.h>

using namespace spiegel;

TEST_CASE("shortcodes are found with their arguments and file positions") {
  Diagnostics d;
  ShortcodeScan scan = scan_shortcodes(
      "Tekst\nIn {{< periode >}} was {{< waarde lasten periode=2019 >}}.\n{{< tabel thema=\"Gebruik van jeugdhulp\" "
      ">}}\n",
      "g.md", 5, d);
  CHECK_FALSE(d.has_errors());
  REQUIRE(scan.calls.size() == 3);
  CHECK(scan.calls[0].name == "periode");
  CHECK(scan.calls[0].loc.line == 6);
  CHECK(scan.calls[0].loc.column == 4);
  CHECK(scan.calls[1].positional == std::vector<std::string>{"lasten"});
  CHECK(scan.calls[1].named.at("periode") == "2019");
  CHECK(scan.calls[2].named.at("thema") == "Gebruik van jeugdhulp");
  CHECK(scan.calls[2].loc.line == 7);
  CHECK(scan.text == "Tekst\nIn " + shortcode_placeholder(0) + " was " + shortcode_placeholder(1) + ".\n" +
                         shortcode_placeholder(2) + "\n");
}

TEST_CASE("placeholders are found back in rendered text") {
  std::string text = "a " + shortcode_placeholder(12) + " b SPGLSC c " + shortcode_placeholder(3);
  std::size_t index = 0, length = 0;
  std::size_t at = find_placeholder(text, 0, index, length);
  CHECK(at == 2);
  CHECK(index == 12);
  at = find_placeholder(text, at + length, index, length);
  CHECK(index == 3);
  CHECK(find_placeholder(text, at + length, index, length) == std::string::npos);
}

TEST_CASE("an unclosed shortcode, an empty one and an open quote are errors at their place") {
  Diagnostics d;
  scan_shortcodes("a {{< waarde x\nb {{< >}}\nc {{< tabel thema=\"x >}}\n", "g.md", 1, d);
  REQUIRE(d.count() == 3);
  CHECK(d.all()[0].loc.line == 1);
  CHECK(d.all()[0].loc.column == 3);
  CHECK(d.all()[0].message.find("niet afgesloten") != std::string::npos);
  CHECK(d.all()[1].loc.line == 2);
  CHECK(d.all()[2].loc.line == 3);
}

TEST_CASE("{{ waarde x }} without < > is a warning at its place, written as it should be; other braces are text") {
  const std::vector<std::string> known = {"gemeente", "waarde"};
  Diagnostics d;
  ShortcodeScan scan = scan_shortcodes(
      "Tekst\nDe lasten waren {{ waarde lasten periode=2019 }} in {{gemeente}}.\n"
      "Een {{ mustache }} of {{ waardering }} of {{< waarde x >}} of {{% waarde x %}} blijft stil.\n",
      "g.md", 5, d, known);
  CHECK_FALSE(d.has_errors());
  REQUIRE(d.warnings().size() == 2);
  CHECK(d.warnings()[0].str() ==
        "g.md:6:17: waarschuwing: lijkt een shortcode maar mist < >: schrijf {{< waarde lasten periode=2019 >}}");
  CHECK(d.warnings()[1].str() ==
        "g.md:6:53: waarschuwing: lijkt een shortcode maar mist < >: schrijf {{< gemeente >}}");
  // The text stays as written: only the real shortcode became a placeholder.
  CHECK(scan.calls.size() == 1);
  CHECK(scan.text.find("{{ waarde lasten periode=2019 }}") != std::string::npos);
}

TEST_CASE("literal braces in code, fenced blocks and comments are meant literally") {
  const std::vector<std::string> known = {"waarde"};
  Diagnostics d;
  scan_shortcodes(
      "Schrijf niet `{{ waarde x }}` maar ``{{< waarde x >}}``.\n\n```\n{{ waarde x }}\n```\n\n~~~~md\n{{ waarde x }}\n"
      "```\n{{ waarde y }}\n~~~~\n<!-- {{ waarde x }}\n{{ waarde x }} -->\nEen los ` teken en {{ waarde z }}\n",
      "g.md", 1, d, known);
  REQUIRE(d.warnings().size() == 1);
  CHECK(d.warnings()[0].loc.line == 14);
  CHECK(d.warnings()[0].message == "lijkt een shortcode maar mist < >: schrijf {{< waarde z >}}");
}
