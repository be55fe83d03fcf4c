#include "scaffold/indicator_fragment.h"

#include <doctest/doctest.h>

#include "load/indicators.h"

using namespace spiegel;

namespace {

const std::vector<std::pair<std::string, std::string>> kNew = {
    {"JongerenTot18Jaar_1", "jongeren_0_17"}, {"JongerenMetJeugdhulpZonderVerblijf_2", "jongeren_jeugdhulp"}};

}  // namespace

TEST_CASE("the indicator fragment names each new id and its StatLine column, with placeholders marked") {
  std::string text = indicator_fragment(kNew, "jeugdhulp.csv");
  CHECK(text.find("uit jeugdhulp.csv") != std::string::npos);
  CHECK(text.find("\n- id: jongeren_0_17\n") != std::string::npos);
  CHECK(text.find("\n- id: jongeren_jeugdhulp\n") != std::string::npos);
  CHECK(text.find("StatLine-kolom JongerenTot18Jaar_1") != std::string::npos);
  CHECK(text.find("  naam: \"VUL IN") != std::string::npos);
  CHECK(text.find("  eenheid: \"VUL IN") != std::string::npos);
}

TEST_CASE("the indicator fragment with its placeholders left in does not load: the build names them") {
  Diagnostics d;
  load_indicators(indicator_fragment(kNew, "jeugdhulp.csv"), "indicatoren.yaml", d);
  CHECK(d.has_errors());
  CHECK(d.str().find("indicatoren.yaml:") != std::string::npos);
}
