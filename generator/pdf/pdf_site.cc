#include "pdf/pdf_site.h"

#include <fmt/format.h>

#include <fstream>
#include <set>

#include "base/diagnostics.h"
#include "pdf/print_images.h"
#include "pdf/weasyprint.h"

namespace fs = std::filesystem;

namespace spiegel {

namespace {

/// A name that stays inside the folder however it is joined; others are left
/// to the site writer, which refuses them with its own message.
bool plain_name(const std::string& name) {
  if (name.empty() || name.front() == '/') return false;
  for (std::size_t at = 0; at <= name.size();) {
    std::size_t end = std::min(name.find('/', at), name.size());
    std::string_view part(name.data() + at, end - at);
    if (part.empty() || part == "." || part == "..") return false;
    at = end + 1;
  }
  return true;
}

std::string read_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

PdfJob page_job(const PrintPage& page, const fs::path& folder, const fs::path& weasyprint, const fs::path& output) {
  fs::path temporary = output;
  temporary += ".deel";
  return {page.name, weasyprint, weasyprint_arguments(folder / "spiegel.css", temporary),
          temporary, output,     folder / page.path};
}

}  // namespace

std::string report_pdf_path(const PrintPage& report) {
  return report.path.substr(0, report.path.rfind('/') + 1) + "rapport.pdf";
}

std::optional<PdfFailure> add_pdfs(SiteFiles& files, const std::vector<PrintPage>& reports,
                                   const std::vector<PrintPage>& common, const ScratchFolder& folder,
                                   const PdfBuildOptions& options) {
  const fs::path& root = folder.path();
  std::set<std::string> printed;
  for (const auto* pages : {&reports, &common})
    for (const PrintPage& p : *pages) printed.insert(p.path);
  for (const auto& [name, bytes] : files) {
    if (!plain_name(name)) continue;
    fs::create_directories((root / name).parent_path());
    std::ofstream out(root / name, std::ios::binary);
    if (printed.count(name))
      out << with_image_files(bytes, name, root, files);
    else
      out << bytes;
    if (!out) return PdfFailure{"", fmt::format("kan {} niet schrijven", (root / name).string()), "", false};
  }
  std::vector<PdfJob> jobs;
  for (const PrintPage& r : reports) jobs.push_back(page_job(r, root, options.weasyprint, root / report_pdf_path(r)));
  const bool bundle = !options.pdfunite.empty();
  // The common pages are rendered only for the bundle; their PDFs stay in the folder.
  if (bundle)
    for (const PrintPage& c : common) jobs.push_back(page_job(c, root, options.weasyprint, root / (c.path + ".pdf")));
  if (auto failure = run_pdf_jobs(jobs, options.run)) return failure;

  SiteFiles pdfs;
  for (const PrintPage& r : reports) pdfs[report_pdf_path(r)] = read_bytes(root / report_pdf_path(r));
  if (bundle) {
    // The front page, every report, then the text pages: as a reader pages through the monitor.
    std::vector<std::string> parts;
    if (!common.empty() && common.front().slug.empty() && common.front().path == "index.html")
      parts.push_back((root / "index.html.pdf").string());
    for (std::size_t i = 0; i < reports.size() && i < options.bundled_reports; ++i)
      parts.push_back((root / report_pdf_path(reports[i])).string());
    for (const PrintPage& c : common)
      if (c.path != "index.html") parts.push_back((root / (c.path + ".pdf")).string());
    PdfJob unite{"monitor.pdf", options.pdfunite, parts, root / "monitor.pdf.deel", root / kBundlePath, {}};
    unite.arguments.push_back(unite.temporary.string());
    PdfRunOptions run = options.run;
    run.on_progress = nullptr;
    if (auto failure = run_pdf_jobs({unite}, run)) return failure;
    pdfs[kBundlePath] = read_bytes(root / kBundlePath);
  }
  for (auto& [name, bytes] : pdfs) files[name] = std::move(bytes);
  return std::nullopt;
}

}  // namespace spiegel
