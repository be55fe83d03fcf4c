// `spiegel pdf` on top of the one pipeline: the site built in memory, its
// pages written to a private folder beside the output, the report pages
// rendered there, and the PDFs added to the site's files, which the site
// writer then writes like any other: in the manifest, swapped in at once.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "assemble/print_pages.h"
#include "model/site_files.h"
#include "pdf/pdf_job.h"
#include "write/output_folder.h"

namespace spiegel {

/// Where a report's PDF goes: gemeenten/<slug>/rapport.pdf, beside its page.
std::string report_pdf_path(const PrintPage& report);
inline constexpr const char* kBundlePath = "monitor.pdf";

struct PdfBuildOptions {
  std::filesystem::path weasyprint;
  std::filesystem::path pdfunite;  ///< empty: no monitor.pdf
  /// monitor.pdf has the first this many reports: the live ones, not those of an earlier edition.
  std::size_t bundled_reports = SIZE_MAX;
  PdfRunOptions run;
};

/// Writes `files` into `folder`, renders `reports` (and with a pdfunite the
/// common pages and monitor.pdf) and adds the PDFs to `files`. On failure
/// `files` is as it was and the failure says why.
std::optional<PdfFailure> add_pdfs(SiteFiles& files, const std::vector<PrintPage>& reports,
                                   const std::vector<PrintPage>& common, const ScratchFolder& folder,
                                   const PdfBuildOptions& options);

}  // namespace spiegel
