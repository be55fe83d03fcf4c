#include "pdf/weasyprint.h"

#include <unistd.h>

#include <string_view>

namespace fs = std::filesystem;

namespace spiegel {

std::optional<fs::path> find_program(const std::string& name, const char* path_env) {
  if (name.empty()) return std::nullopt;
  auto usable = [](const fs::path& p) {
    std::error_code ec;
    return fs::is_regular_file(p, ec) && access(p.c_str(), X_OK) == 0;
  };
  if (name.find('/') != std::string::npos) return usable(name) ? std::optional<fs::path>(name) : std::nullopt;
  std::string_view path = path_env ? path_env : "";
  for (std::size_t at = 0; at <= path.size();) {
    std::size_t end = std::min(path.find(':', at), path.size());
    // An empty entry is the current folder, as for the shell.
    fs::path dir = end == at ? fs::path(".") : fs::path(path.substr(at, end - at));
    if (usable(dir / name)) return dir / name;
    at = end + 1;
  }
  return std::nullopt;
}

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
