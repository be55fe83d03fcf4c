// End to end: `spiegel build --edities` on a repository made in the test
// (git init, commit, tag, change, tag), read back as a reader gets the site.
#include "site/editions.h"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>

#include "base/run_program.h"
#include "capture_output.h"
#include "check/site_checker.h"
#include "cli/commands.h"
#include "serve/rebuilder.h"
#include "temp_project.h"
#include "write/output_folder.h"

using namespace spiegel;
using spiegel::testing::capture_stderr;
using spiegel::testing::contains;
using spiegel::testing::EnvironmentFor;
using spiegel::testing::TempProject;
namespace fs = std::filesystem;

namespace {

/// git in the project, as a user types it; the test fails on an error.
std::string git(const TempProject& t, const std::vector<std::string>& arguments) {
  std::vector<std::string> all = {"-C", t.root().string(), "-c", "user.name=Test", "-c", "user.email=test@example.org"};
  all.insert(all.end(), arguments.begin(), arguments.end());
  ProgramResult r = run_program("/usr/bin/git", all, fs::temp_directory_path());
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return r.out;
}

/// A new repository with content/ as it is, committed and tagged editie-2023 (a lightweight tag).
void tag_first_edition(const TempProject& t) {
  git(t, {"init", "-q", "-b", "main"});
  git(t, {"add", "content"});
  git(t, {"commit", "-q", "-m", "editie 2023"});
  git(t, {"tag", "editie-2023"});
}

/// 2023: Aa only (lightweight tag); 2024: Aa and Bee (annotated tag); the working tree: editie 2025, uncommitted.
void write_history(const TempProject& t) {
  t.write_minimal();
  t.write("content/spiegel.yaml",
          "titel: Testmonitor\norganisatie: Rekenkamer Test\npeilperiode: 2020\neditie: 2023\n");
  tag_first_edition(t);
  t.write("content/spiegel.yaml",
          "titel: Testmonitor\norganisatie: Rekenkamer Test\npeilperiode: 2020\neditie: 2024\n");
  t.write("content/gemeenten/bee.md", "---\ngemeente: GM0002\ntitel: Jeugdhulp in Bee\n---\n\n## Kosten\n\nTekst.\n");
  git(t, {"add", "content"});
  git(t, {"commit", "-q", "-m", "editie 2024"});
  git(t, {"tag", "-a", "editie-2024", "-m", "De editie van 2024"});
  t.write("content/spiegel.yaml",
          "titel: Testmonitor\norganisatie: Rekenkamer Test\npeilperiode: 2020\neditie: 2025\n");
}

std::optional<SiteFiles> build(const TempProject& t, Diagnostics& d, EditionsOutcome* outcome = nullptr) {
  std::optional<Project> live = load_project(t.root(), d);
  REQUIRE(live);
  return build_with_editions(t.root(), *live, resolve_output(t.root() / "site"), d, {}, outcome);
}

}  // namespace

TEST_CASE(
    "--edities: each tag editie-* under edities/<jaar>/, with a band, and every page links to itself in the others") {
  TempProject t;
  write_history(t);
  const std::string status_before = git(t, {"status", "--porcelain"});
  const std::string head_before = git(t, {"rev-parse", "HEAD"});
  Diagnostics d;
  std::optional<SiteFiles> files = build(t, d);
  INFO(d.str());
  REQUIRE(files);

  // 2023 had only Aa; 2024 Aa and Bee; the live site is the working tree.
  CHECK(files->count("edities/2023/gemeenten/aa/index.html"));
  CHECK_FALSE(files->count("edities/2023/gemeenten/bee/index.html"));
  CHECK(files->count("edities/2024/gemeenten/bee/index.html"));
  CHECK(contains(files->at("edities/2024/index.html"), "editie 2024"));
  CHECK(contains(files->at("index.html"), "editie 2025"));

  const std::string& old_aa = files->at("edities/2023/gemeenten/aa/index.html");
  CHECK(contains(old_aa,
                 "<p class=\"editieband\">U bekijkt de editie 2023 — <a href=\"../../../../gemeenten/aa/"
                 "index.html\">naar de actuele editie</a></p>"));
  CHECK(
      contains(old_aa, "<a href=\"../../../../edities/2023/gemeenten/aa/index.html\" aria-current=\"true\">2023</a>"));
  // The live page has the list, newest first, and no band.
  const std::string& bee = files->at("gemeenten/bee/index.html");
  CHECK_FALSE(contains(bee, "editieband"));
  const std::size_t live = bee.find(">2025 (actueel)</a>"), y2024 = bee.find(">2024</a>"),
                    y2023 = bee.find(">2023</a>");
  CHECK(live < y2024);
  CHECK(y2024 < y2023);
  CHECK(contains(bee, "<a href=\"../../edities/2024/gemeenten/bee/index.html\">2024</a>"));
  CHECK(contains(bee, "<a href=\"../../edities/2023/index.html\">2023</a>"));  // no Bee in 2023: its front page

  // The live report says what changed since the newest earlier edition; an earlier one does not.
  CHECK(contains(files->at("gemeenten/aa/index.html"),
                 "<h2 id=\"veranderd\">Wat is er veranderd sinds de editie 2024</h2>"));
  CHECK_FALSE(contains(old_aa, "id=\"veranderd\""));

  // Every link between the editions reaches a page.
  CheckResult checked = check_site(*files, "");
  for (const CheckProblem& p : checked.problems) CHECK_MESSAGE(false, p.file << ":" << p.line << ": " << p.message);

  // The user's working tree, branch and index are as they were: the tags were read with git archive.
  CHECK(git(t, {"status", "--porcelain"}) == status_before);
  CHECK(git(t, {"rev-parse", "HEAD"}) == head_before);
  CHECK(git(t, {"worktree", "list"}).find('\n') == git(t, {"worktree", "list"}).size() - 1);
}

TEST_CASE("--edities keeps an edition whose tag, theme and list of editions are unchanged, and rebuilds it otherwise") {
  TempProject t;
  write_history(t);
  int rc = 0;
  std::string err;
  std::tie(rc, err) = capture_stderr([&] { return run_build({t.root().string(), "--edities", "--zonder-zoeken"}); });
  INFO(err);
  REQUIRE(rc == kOk);
  CHECK(contains(err, "edities gebouwd: 2024 en 2023; ongewijzigd overgenomen: geen"));
  const std::string first = t.read("site/edities/2023/gemeenten/aa/index.html");

  // A text of the live edition changes: the editions come from the site as it was.
  t.write("content/gemeenten/aa.md", t.read("content/gemeenten/aa.md") + "\nEen nieuwe zin.\n");
  Diagnostics d;
  EditionsOutcome outcome;
  REQUIRE(build(t, d, &outcome));
  CHECK(outcome.built.empty());
  CHECK(outcome.kept == std::vector<std::string>{"2024", "2023"});

  // A template of the project changes every edition's pages.
  t.write("templates/spiegel.css", "body { color: black; }\n");
  outcome = {};
  REQUIRE(build(t, d, &outcome));
  CHECK(outcome.built == std::vector<std::string>{"2024", "2023"});

  // A new tag adds an edition to every page's list.
  auto [rc2, err2] = capture_stderr([&] { return run_build({t.root().string(), "--edities", "--zonder-zoeken"}); });
  REQUIRE(rc2 == kOk);
  git(t, {"tag", "editie-2022", "editie-2023"});
  outcome = {};
  std::optional<SiteFiles> files = build(t, d, &outcome);
  REQUIRE(files);
  CHECK(outcome.built == std::vector<std::string>{"2024", "2023", "2022"});
  CHECK_FALSE(contains(first, ">2022</a>"));
  CHECK(contains(files->at("edities/2023/gemeenten/aa/index.html"), ">2022</a>"));
}

TEST_CASE("--edities: an edition with an error names its tag; no git, or no repository, is a Dutch error") {
  TempProject t;
  write_history(t);
  // The 2024 tag holds a report for a gemeente the registry does not know.
  git(t, {"checkout", "-q", "editie-2024"});
  t.write("content/gemeenten/cee.md", "---\ngemeente: GM0003\ntitel: Jeugdhulp in Cee\n---\n\nTekst.\n");
  git(t, {"add", "content"});
  git(t, {"commit", "-q", "-m", "fout"});
  git(t, {"tag", "-f", "editie-2024"});
  git(t, {"checkout", "-q", "main"});
  Diagnostics d;
  CHECK_FALSE(build(t, d));
  CHECK(contains(d.str(), "editie-2024:content/gemeenten/cee.md:"));

  git(t, {"tag", "editie-2024+herzien"});
  Diagnostics named;
  CHECK_FALSE(build(t, named));
  CHECK(contains(named.str(), "tag 'editie-2024+herzien': na 'editie-' mogen alleen letters"));

  // A repository without a tag editie-*: the live site, without a list of one edition.
  TempProject untagged;
  untagged.write_minimal();
  git(untagged, {"init", "-q", "-b", "main"});
  git(untagged, {"add", "content"});
  git(untagged, {"commit", "-q", "-m", "begin"});
  auto [rc, err] = capture_stderr([&] {
    return run_build({untagged.root().string(), "--edities", "--zonder-zoeken"});
  });
  CHECK(rc == kOk);
  CHECK(contains(err, "geen edities: het project heeft geen git-tag editie-<jaar>"));
  CHECK_FALSE(contains(untagged.read("site/index.html"), "class=\"edities\""));

  TempProject bare;
  bare.write_minimal();
  Diagnostics no_repo;
  std::optional<Project> live = load_project(bare.root(), no_repo);
  REQUIRE(live);
  CHECK_FALSE(build_with_editions(bare.root(), *live, resolve_output(bare.root() / "site"), no_repo, {}));
  CHECK(contains(no_repo.str(), "git for-each-ref gaf een fout"));

  EnvironmentFor path("PATH", "/nonexistent");
  Diagnostics no_git;
  CHECK_FALSE(build_with_editions(bare.root(), *live, resolve_output(bare.root() / "site"), no_git, {}));
  CHECK(contains(no_git.str(), "git is niet gevonden"));
  CHECK(contains(no_git.str(), "apt-get install git"));
}

TEST_CASE("the example monitor with its editions 2020 and 2021, as tools/voorbeeld-edities.sh makes it") {
  TempProject t;
  const fs::path repo = t.root() / "voorbeeld";
  ProgramResult made = run_program("/bin/sh",
                                   {"-c", "SPIEGEL=geen \"$0\" \"$1\"",
                                    std::string(SPIEGEL_SOURCE_DIR) + "/tools/voorbeeld-edities.sh", repo.string()},
                                   t.root());
  INFO(made.err);
  REQUIRE(made.exit_code == 0);
  int rc = 0;
  std::string err;
  std::tie(rc, err) = capture_stderr([&] { return run_build({repo.string(), "--edities", "--zonder-zoeken"}); });
  INFO(err);
  REQUIRE(rc == kOk);
  auto read = [&](const std::string& path) { return t.read("voorbeeld/site/" + path); };
  // 2020 had three reports, 2021 all five.
  CHECK(fs::exists(repo / "site/edities/2020/gemeenten/deventer/index.html"));
  CHECK_FALSE(fs::exists(repo / "site/edities/2020/gemeenten/utrecht/index.html"));
  CHECK(fs::exists(repo / "site/edities/2021/gemeenten/utrecht/index.html"));
  // The follow-up register came with the current edition.
  CHECK(fs::exists(repo / "site/opvolging/index.html"));
  CHECK_FALSE(fs::exists(repo / "site/edities/2021/opvolging/index.html"));
  const std::string front = read("index.html");
  CHECK(contains(front, "<a href=\"index.html\" aria-current=\"true\">2022 (actueel)</a>"));
  CHECK(contains(front, "<a href=\"edities/2021/index.html\">2021</a>"));
  CHECK(contains(front, "<a href=\"edities/2020/index.html\">2020</a>"));
  CHECK(contains(read("edities/2020/gemeenten/deventer/index.html"),
                 "U bekijkt de editie 2020 — <a href=\"../../../../gemeenten/deventer/index.html\">"));
}

TEST_CASE("--edities: the follow-up register may name an aanbeveling of an earlier edition only") {
  TempProject t;
  t.write_minimal();
  const std::string aa = t.read("content/gemeenten/aa.md");
  t.write("content/gemeenten/aa.md", aa + "\n::: aanbeveling {#a-oud aan=raad}\nDoe iets.\n:::\n");
  tag_first_edition(t);
  t.write("content/gemeenten/aa.md", aa);  // this year's report has no such aanbeveling
  t.write("content/opvolging.csv", "aanbeveling,peildatum,status,toelichting\naa#a-oud,2024-03-01,uitgevoerd,\n");

  Diagnostics plain;
  CHECK_FALSE(build_in_memory(t.root(), plain));
  CHECK(contains(plain.str(), "content/opvolging.csv:2:1: fout: aanbeveling 'aa#a-oud'"));

  Diagnostics d;
  std::optional<SiteFiles> files = build(t, d);
  INFO(d.str());
  REQUIRE(files);
  CHECK(contains(files->at("opvolging/index.html"), "<td>eerdere editie</td>"));
  // Kept from the site the second time, the edition still vouches for it.
  REQUIRE(capture_stderr([&] { return run_build({t.root().string(), "--edities", "--zonder-zoeken"}); }).first == kOk);
  EditionsOutcome outcome;
  Diagnostics again;
  REQUIRE(build(t, again, &outcome));
  CHECK(outcome.kept == std::vector<std::string>{"2023"});
}

TEST_CASE("spiegel diff: per report what changed between two editions, or between one and the content as it is") {
  TempProject t;
  t.write_minimal();  // lasten 2020: Aa 240, Bee 300
  tag_first_edition(t);
  t.write("content/data/kosten.csv",
          "gemeente,indicator,periode,waarde\nGM0001,lasten,2020,320\nGM0002,lasten,2020,300\n");

  auto [rc, out] = spiegel::testing::capture_stdout([&] {
    return run_diff({"editie-2023", "actueel", t.root().string()});
  });
  REQUIRE(rc == kOk);
  // Aa went from second (240 below Bee's 300) to first (320). Nederland, the mean of the two,
  // went from 270 (240 is more than 5% lower) to 310 (320 is within 5%).
  CHECK(out ==
        "Wat is er veranderd van de editie 2023 naar de editie actueel?\n\n"
        "Aa\n  Lasten per inwoner: nu vergelijkbaar met Nederland met € 320 (2020); was lager dan Nederland "
        "met € 240 (2020)\n"
        "  Lasten per inwoner: van plaats 2 van 2 naar 1 van 2 (€ 240 (2020) → € 320 (2020))\n");

  auto [unknown, err] = capture_stderr([&] { return run_diff({"editie-2032", "actueel", t.root().string()}); });
  CHECK(unknown == kContentError);
  CHECK(contains(err, "er is geen editie 'editie-2032'"));
  CHECK(contains(err, "bedoelt u 'editie-2023'?"));
  CHECK(capture_stderr([&] { return run_diff({"editie-2023"}); }).first == kUsageError);
}

TEST_CASE("{{< waarde … editie=2023 >}} gives the figure as that edition had it; without --edities it is an error") {
  TempProject t;
  t.write_minimal();  // lasten 2020: Aa 240
  tag_first_edition(t);
  t.write("content/data/kosten.csv",
          "gemeente,indicator,periode,waarde\nGM0001,lasten,2020,320\nGM0002,lasten,2020,300\n");
  t.write("content/gemeenten/aa.md", t.read("content/gemeenten/aa.md") +
                                         "\nIn de editie 2023 was dat {{< waarde lasten editie=2023 >}}.\n\n"
                                         "{{< tabel indicatoren=lasten editie=2023 >}}\n");
  Diagnostics d;
  std::optional<SiteFiles> files = build(t, d);
  INFO(d.str());
  REQUIRE(files);
  CHECK(contains(files->at("gemeenten/aa/index.html"), "Aa gaf € 320 uit."));
  CHECK(contains(files->at("gemeenten/aa/index.html"), "In de editie 2023 was dat € 240."));
  // The table has beside today's column the one of 2023: Aa 320 then 240, Nederland (the mean) 310 then 270.
  const std::string& page = files->at("gemeenten/aa/index.html");
  const std::size_t table = page.find("<table class=\"benchmark\">"), end = page.find("</table>", table);
  REQUIRE(table != std::string::npos);
  const std::string html = page.substr(table, end - table);
  CHECK(contains(html, "editie 2023: 2020"));
  CHECK(html.find("€ 320") < html.find("€ 240"));
  CHECK(html.find("€ 240") < html.find("€ 310"));
  CHECK(html.find("€ 310") < html.find("€ 270"));
  CHECK(contains(files->at("gemeenten/aa/tabel-1.csv"), "editie 2023: 2020"));  // the download has it too

  Diagnostics plain;
  CHECK_FALSE(build_in_memory(t.root(), plain));
  CHECK(contains(plain.str(), "content/gemeenten/aa.md:"));
  CHECK(contains(plain.str(), "waarde: editie=2023 vraagt om de edities: bouw met 'spiegel build --edities'"));

  std::string text = t.read("content/gemeenten/aa.md");
  text.replace(text.find("editie=2023"), 11, "editie=2032");
  t.write("content/gemeenten/aa.md", text);
  Diagnostics unknown;
  CHECK_FALSE(build(t, unknown));
  CHECK(contains(unknown.str(), "waarde: er is geen editie 2032 (wel 2023) — bedoelt u '2023'?"));
}

TEST_CASE("--edities: a project in a folder of a larger repository takes that folder from each tag") {
  TempProject repo;
  git(repo, {"init", "-q", "-b", "main"});
  TempProject t;  // the project's files, copied into the repository's folder monitor/
  t.write_minimal();
  fs::create_directories(repo.root() / "monitor");
  fs::copy(t.root() / "content", repo.root() / "monitor" / "content", fs::copy_options::recursive);
  repo.write("README", "Een repository met meer dan de monitor.\n");
  git(repo, {"add", "."});
  git(repo, {"commit", "-q", "-m", "editie 2023"});
  git(repo, {"tag", "editie-2023"});
  int rc = 0;
  std::string err;
  std::tie(rc, err) = capture_stderr([&] {
    return run_build({(repo.root() / "monitor").string(), "--edities", "--zonder-zoeken"});
  });
  INFO(err);
  REQUIRE(rc == kOk);
  CHECK(fs::exists(repo.root() / "monitor/site/edities/2023/gemeenten/aa/index.html"));
  CHECK_FALSE(fs::exists(repo.root() / "monitor/site/edities/2023/README"));
}

TEST_CASE("spiegel pdf --edities: a PDF of every report of every edition; a kept edition keeps its PDFs") {
  TempProject t;
  write_history(t);
  // A stand-in renderer that "prints" the page it is given on stdin and logs each call;
  // a stand-in pdfunite that joins its parts. The real ones are tested in pdf_test.cc.
  t.write(
      "nep/weasyprint",
      "#!/bin/sh\nfor last; do :; done\necho x >> \"$(dirname \"$0\")/log\"\n{ printf %%PDF-; cat; } > \"$last\"\n");
  t.write("nep/pdfunite",
          "#!/bin/sh\nfor last; do :; done\nout=\"$last\"\nfor p; do [ \"$p\" = \"$out\" ] || "
          "cat \"$p\"; done > \"$out\"\n");
  for (const char* tool : {"nep/weasyprint", "nep/pdfunite"}) chmod((t.root() / tool).c_str(), 0755);
  EnvironmentFor path("PATH", (t.root() / "nep").string() + ":" + std::getenv("PATH"));
  int rc = 0;
  std::string err;
  std::tie(rc, err) = capture_stderr([&] {
    return run_pdf({t.root().string(), "--edities", "--bundel", "--zonder-zoeken"});
  });
  INFO(err);
  REQUIRE(rc == kOk);
  CHECK(contains(err, "edities gebouwd: 2024 en 2023"));
  // Live: Aa and Bee; 2024: Aa and Bee; 2023: Aa; and the live front page for monitor.pdf.
  CHECK(t.read("nep/log").size() == 6 * 2);
  CHECK(contains(t.read("site/edities/2023/gemeenten/aa/rapport.pdf"), "U bekijkt de editie 2023"));
  CHECK(contains(t.read("site/edities/2024/gemeenten/bee/rapport.pdf"), "U bekijkt de editie 2024"));
  CHECK_FALSE(contains(t.read("site/gemeenten/aa/rapport.pdf"), "U bekijkt de editie"));
  CHECK(contains(t.read("site/edities/2023/gemeenten/aa/index.html"), "href=\"rapport.pdf\""));
  // monitor.pdf is the live monitor's: no report of an earlier edition in it.
  CHECK(contains(t.read("site/monitor.pdf"), "Jeugdhulp in Bee"));
  CHECK_FALSE(contains(t.read("site/monitor.pdf"), "U bekijkt de editie"));

  // Again, with a live text changed: the editions and their PDFs are taken over; only the live reports are printed.
  t.write("content/gemeenten/aa.md", t.read("content/gemeenten/aa.md") + "\nEen nieuwe zin.\n");
  int rc2 = 0;
  std::string err2;
  std::tie(rc2, err2) = capture_stderr([&] { return run_pdf({t.root().string(), "--edities", "--zonder-zoeken"}); });
  INFO(err2);
  REQUIRE(rc2 == kOk);
  CHECK(contains(err2, "ongewijzigd overgenomen: 2024 en 2023"));
  CHECK(t.read("nep/log").size() == 8 * 2);
  CHECK(contains(t.read("site/edities/2023/gemeenten/aa/rapport.pdf"), "U bekijkt de editie 2023"));
}

TEST_CASE("spiegel check --edities: every edition's pages checked; an earlier edition's warning stays a warning") {
  TempProject t;
  t.write_minimal();
  const std::string text = t.read("content/gemeenten/aa.md");
  t.write("content/gemeenten/aa.md", text + "\n## Nog te schrijven\n");  // an empty chapter: a warning
  tag_first_edition(t);
  // Live, the same warning is an error in check; fixed, check passes, and the tagged one stays a warning.
  int rc = 0;
  std::string err;
  std::tie(rc, err) = capture_stderr([&] { return run_check({t.root().string(), "--edities", "--zonder-zoeken"}); });
  CHECK(rc == kContentError);
  t.write("content/gemeenten/aa.md", text);
  std::string out;
  std::tie(rc, err) = capture_stderr([&] {
    int code = 0;
    out = spiegel::testing::capture_stdout([&] {
            code = run_check({t.root().string(), "--edities", "--zonder-zoeken"});
            return code;
          }).second;
    return code;
  });
  INFO(err, out);
  CHECK(rc == kOk);
  CHECK(contains(err, "editie-2023:content/gemeenten/aa.md"));
  CHECK(contains(err, "waarschuwing"));
  CHECK(contains(err, "geen problemen"));
}

TEST_CASE("spiegel serve --edities: the editions beside the live site; a text edit keeps them") {
  TempProject t;
  write_history(t);
  Rebuilder rebuilder(t.root(), std::nullopt, true);
  BuildOutcome first = rebuilder.build_all();
  INFO(first.diags.str());
  REQUIRE(first.files);
  CHECK(first.files->count("edities/2023/gemeenten/aa/index.html"));
  CHECK(contains(first.files->at("edities/2024/gemeenten/bee/index.html"), "U bekijkt de editie 2024"));
  const std::string& live = first.files->at("gemeenten/aa/index.html");
  CHECK(contains(live, "href=\"../../edities/2023/gemeenten/aa/index.html\""));
  CHECK(contains(live, "Wat is er veranderd sinds de editie 2024"));

  t.write("content/gemeenten/aa.md", t.read("content/gemeenten/aa.md") + "\nEen nieuwe zin.\n");
  BuildOutcome edit = rebuilder.rebuild({{"content/gemeenten/aa.md", FileChange::Type::modified}});
  INFO(edit.diags.str());
  REQUIRE(edit.files);
  CHECK(edit.redone == "tekst");
  CHECK(contains(edit.files->at("gemeenten/aa/index.html"), "Een nieuwe zin."));
  CHECK(edit.files->count("edities/2023/gemeenten/aa/index.html"));
  CHECK(contains(edit.files->at("gemeenten/aa/index.html"), "Wat is er veranderd sinds de editie 2024"));
}
