#include "serve/error_page.h"

#include <fmt/format.h>

#include "base/html_escape.h"

namespace spiegel {


std::string error_page_html(const Diagnostics& diags) {
  std::string items;
  for (const Diagnostic& d : diags.all()) {
    std::string where = d.loc.file;
    if (d.loc.line > 0) where += fmt::format(":{}", d.loc.line);
    if (d.loc.line > 0 && d.loc.column > 0) where += fmt::format(":{}", d.loc.column);
    items += "<li>";
    if (!where.empty()) items += fmt::format("<code class=\"plaats\">{}</code> ", escape_html(where));
    items += escape_html(d.message);
    if (!d.suggestion.empty()) items += fmt::format(" — bedoelt u <code>{}</code>?", escape_html(d.suggestion));
    items += "</li>\n";
  }
  std::size_t left_out = diags.count() - diags.all().size();
  std::string more = left_out == 0 ? std::string()
                                   : fmt::format("<p>En nog {} {} die niet getoond {}.</p>\n", left_out,
                                                 left_out == 1 ? "fout" : "fouten", left_out == 1 ? "wordt" : "worden");
  std::size_t n = diags.count();
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>Fout bij het bouwen — Spiegel</title>\n"
      "<style>body{{font:1rem/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;"
      "color:#1a1a1a;background:#fff}}h1{{color:#8b0000}}li{{margin:.5rem 0}}"
      "code{{font-family:ui-monospace,monospace;background:#f3f3f3;padding:0 .2rem}}</style>\n"
      "</head>\n<body>\n<main>\n<h1 id=\"spiegel-fout\">De site kan niet worden gebouwd</h1>\n"
      "<p>Spiegel vond {}. Sla het bestand opnieuw op als het verbeterd is; deze pagina laadt "
      "dan vanzelf opnieuw.</p>\n<ul class=\"fouten\">\n{}</ul>\n{}</main>\n</body>\n</html>\n",
      n == 1 ? std::string("een fout") : fmt::format("{} fouten", n), items, more);
}

}  // namespace spiegel
