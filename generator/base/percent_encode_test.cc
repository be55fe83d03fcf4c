#include "base/percent_encode.h"

#include <doctest/doctest.h>

using spiegel::percent_encode_path;

TEST_CASE("percent_encode_path keeps unreserved characters and '/', and encodes every other byte") {
  CHECK(percent_encode_path("/tmp/a-b_c.d~e/F9") == "/tmp/a-b_c.d~e/F9");
  CHECK(percent_encode_path("render map/Súdwest?#%") == "render%20map/S%C3%BAdwest%3F%23%25");
  CHECK(percent_encode_path(std::string_view("\n\0x", 3)) == "%0A%00x");
}
