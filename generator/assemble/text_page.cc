#include "assemble/text_page.h"

using nlohmann::json;

namespace spiegel {

json TextPage::to_json() const {
  json j = page.to_json();
  j["pagina"]["ondertitel"] = ondertitel;
  if (verantwoording) j["verantwoording"] = *verantwoording;
  return j;
}

}  // namespace spiegel
