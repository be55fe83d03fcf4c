#include "base/html_escape.h"

#include <doctest/doctest.h>

using namespace spiegel;

TEST_CASE("escape_html escapes the five characters that matter in text and attributes") {
  CHECK(escape_html("a < b & 'c' > \"d\"") == "a &lt; b &amp; &#39;c&#39; &gt; &quot;d&quot;");
  CHECK(escape_html("gewoon") == "gewoon");
  std::string out = "x";
  append_escaped(out, "<");
  CHECK(out == "x&lt;");
}
