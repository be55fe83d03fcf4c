// `spiegel pdf` on top of the one pipeline: the site built in memory, its
// pages written to a private folder beside the output, the report pages
// rendered there, and the PDFs added to the site's files, which the site
// writer then writes like any other: in the manifest, swapped in at once.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "compute/site_data.h"
#include "model/site_files.h"
#include "pdf/pdf_job.h"
#include "write/output_folder.h"

namespace spiegel {

/// A page to print: a report, or a common page for monitor.pdf.
struct PrintPage {
  std::string slug;  ///< the gemeente's slug as in the site's address; "" for a common page
  std::string name;  ///< "Zaltbommel", "Verantwoording"
  std::string path;  ///< the page in the site: gemeenten/zaltbommel/index.html
};

/// Every report page, by slug.
std::vector<PrintPage> report_print_pages(const SiteData& site);

/// The pages monitor.pdf has besides the reports: the front page first, the text pages (paginas/) after them.
std::vector<PrintPage> common_print_pages(const SiteData& site);

/// Where a report's PDF goes: gemeenten/<slug>/rapport.pdf, beside its page.
std::string report_pdf_path(const PrintPage& report);
inline constexpr const char* kBundlePath = "monitor.pdf";

struct PdfBuildOptions {
  std::filesystem::path weasyprint;
  std::filesystem::path pdfunite;  ///< empty: no monitor.pdf
  PdfRunOptions run;
};

/// Writes `files` into `folder`, renders `reports` (and with a pdfunite the
/// common pages and monitor.pdf) and adds the PDFs to `files`. On failure
/// `files` is as it was and the failure says why.
std::optional<PdfFailure> add_pdfs(SiteFiles& files, const std::vector<PrintPage>& reports,
                                   const std::vector<PrintPage>& common, const ScratchFolder& folder,
                                   const PdfBuildOptions& options);

}  // namespace spiegel
