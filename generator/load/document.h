// Markdown files with YAML front matter: gemeenten/<slug>.md and paginas/<pagina>.md.
#pragma once

#include <string>

#include "base/diagnostics.h"
#include "model/content.h"

namespace spiegel {

/// Splits off the front matter (between '---' lines at the top) and parses it.
/// A file without front matter is all body.
Document load_document(const std::string& text, const std::string& file, const std::string& slug, Diagnostics& diags);

/// A gemeente's report: the document plus its `gemeente:` and `referentiegroep:`.
Report read_report(Document doc, Diagnostics& diags);

/// A page of paginas/: the document, its front matter checked for unknown keys.
Document read_page(Document doc, Diagnostics& diags);

}  // namespace spiegel
