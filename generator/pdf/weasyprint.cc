#include "pdf/weasyprint.h"

namespace fs = std::filesystem;

namespace spiegel {

std::vector<std::string> weasyprint_arguments(const fs::path& stylesheet, const fs::path& output) {
  // Not --quiet: its stderr goes to a log that is shown only when the render
  // fails, and then the errors WeasyPrint logs are what the user needs.
  return {"--pdf-variant", "pdf/ua-1", "--base-url", "", "--stylesheet", stylesheet.string(), "-", output.string()};
}

std::string weasyprint_missing_message() {
  return "WeasyPrint is niet gevonden (het programma 'weasyprint' staat niet in PATH); spiegel pdf maakt de PDF's "
         "ermee. Installeer het met 'apt-get install weasyprint' (als root) en probeer het opnieuw. Er is niets "
         "gebouwd en de site is niet veranderd.";
}

std::string pdfunite_missing_message() {
  return "pdfunite is niet gevonden (het staat niet in PATH); --bundel voegt de PDF's ermee samen tot monitor.pdf. "
         "Installeer het met 'apt-get install poppler-utils' (als root) en probeer het opnieuw. Er is niets gebouwd "
         "en de site is niet veranderd.";
}

}  // namespace spiegel
