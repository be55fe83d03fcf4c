// The typed model of a content repository, as the load stage produces it.
// Every part keeps where it came from, so later stages can point at the
// user's file and line.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/date.h"
#include "base/diagnostics.h"
#include "model/period.h"

namespace spiegel {

/// spiegel.yaml
struct Settings {
  enum class PagePolicy { met_tekst, alle };
  std::string titel;
  std::string organisatie;
  std::string editie;
  std::string basis_url;
  std::string taal = "nl";
  std::optional<Period> peilperiode;   ///< "now" in tables and prose; default: latest period in the data
  std::optional<Period> basisperiode;  ///< index base (= 100)
  bool anonimiseren = false;
  PagePolicy pagina_per_gemeente = PagePolicy::met_tekst;
  bool markdown_html = false;  ///< let raw HTML in Markdown through (trusted texts only)
  /// Indicator ids at the top of every report; none: those with a richting, at most eight.
  std::optional<std::vector<std::string>> kerncijfers;
  SourceLoc kerncijfers_loc;  ///< the line of `kerncijfers:`, for errors in it
  /// An image below content/ ("afbeeldingen/logo.svg") for the printed title page; "" without one.
  std::string logo;
  SourceLoc logo_loc;
  /// How tables and figures are numbered: "Tabel 4" through the report, or "Tabel 3.1" per chapter.
  enum class Numbering { doorlopend, hoofdstuk };
  Numbering nummering = Numbering::doorlopend;
  /// Name the tool in every footer and the printed colofon; a rekenkamer publishes in its own name by default.
  bool vermeld_spiegel = false;
  SourceLoc loc;
};

/// One row of gemeenten.csv.
struct Gemeente {
  std::string code;  ///< CBS code, GM + 4 digits
  std::string naam;
  std::string slug;  ///< from naam: lower case, diacritics folded, spaces and apostrophes to '-'
  std::map<std::string, std::string> kolommen;  ///< every column of the row, by header name
  SourceLoc loc;
};

/// gemeenten.csv: every gemeente that occurs in the data.
struct Registry {
  std::vector<std::string> columns;  ///< header names in file order
  std::vector<Gemeente> gemeenten;   ///< in file order
  std::unordered_map<std::string, std::size_t> by_code;
  char decimal = '.';  ///< decimal separator of numeric columns: ',' in a ';'-file saved by Excel

  const Gemeente* find(const std::string& code) const {
    auto it = by_code.find(code);
    return it == by_code.end() ? nullptr : &gemeenten[it->second];
  }
};

enum class Unit { procent, euro, aantal, per_1000, index, deciel, getal };
enum class Direction { hoger_is_beter, lager_is_beter, neutraal };
enum class Aggregation { ratio, som, gewogen, gemiddelde, geen };

/// One entry of indicatoren.yaml.
struct Indicator {
  std::string id;
  std::string naam;
  Unit eenheid = Unit::getal;
  int decimalen = 0;
  Direction richting = Direction::neutraal;
  std::string thema;
  std::string bron;
  std::string definitie;
  std::string teller;  ///< computed as teller / noemer * factor when both are set
  std::string noemer;
  double factor = 1;
  Aggregation aggregatie = Aggregation::gemiddelde;
  std::string gewicht;       ///< for `gewogen`: an indicator id or a registry column
  double tolerantie = 0.05;  ///< relative difference still called "vergelijkbaar"
  SourceLoc loc;
};

/// One entry of groepen.yaml's `groepen:`, before expansion into concrete groups.
struct GroupDef {
  enum class Kind { alle, per_kolom, bereik, leden };
  std::string id;
  std::string naam;  ///< may hold {waarde} for per_kolom groups
  Kind kind = Kind::leden;
  std::string kolom;               ///< per_kolom, bereik
  double van = 0, tot = 0;         ///< bereik: van <= x < tot
  std::vector<std::string> leden;  ///< leden: gemeente codes
  /// false: Spiegel computes no aggregate; only figures given as data count. For a
  /// registry that holds part of a group (Nederland in a five-gemeente monitor).
  bool berekenen = true;
  SourceLoc loc;
};

enum class Status { none, voorlopig, geheim };

/// One row of data/*.csv.
struct Observation {
  std::string gemeente;  ///< a registry code, or a group id for a source's group figure
  std::string indicator;
  Period periode;
  std::optional<double> waarde;  ///< empty when missing or geheim
  Status status = Status::none;
  SourceLoc loc;
};

/// The front matter of a Markdown file, typed. A report and a page allow
/// different keys (load/content_keys.h reports the others as unknown); every
/// key of either is here, so that a Document on its own tells whether its front
/// matter changed (serve's rebuilder keeps the figures only when it did not).
struct FrontMatter {
  std::string gemeente;  ///< report: the gemeente's code; Report::gemeente has it too
  std::string titel;     ///< empty: the page falls back to a name
  std::string ondertitel;
  std::string datum;                                    ///< report: "maart 2021"; empty: the editie
  std::string rapportnummer;                            ///< report: "2021-04" on the printed title page; may be empty
  std::vector<std::string> referentiegroep;             ///< report; Report::referentiegroep has it too
  std::optional<std::vector<std::string>> kerncijfers;  ///< report: its own key figures, over spiegel.yaml's
  std::optional<int> volgorde;  ///< page: place in the menu, low first; none: after those with one
  /// page: whether it lists every indicator and group; absent means "if it is verantwoording.md".
  std::optional<bool> verantwoording;
  /// A text still being written: left out of `build` (unless --concepten),
  /// shown by `serve` with a "concept" band.
  bool is_concept = false;

  bool operator==(const FrontMatter&) const = default;
};

/// A Markdown file with YAML front matter.
struct Document {
  std::string path;  ///< as shown in errors, relative to the project: content/gemeenten/deventer.md
  std::string slug;  ///< the file name without .md
  FrontMatter front;
  std::map<std::string, int> front_lines;  ///< line of each front matter key
  std::string body;                        ///< the Markdown after the front matter
  int body_line = 1;                       ///< line of the file where body starts

  bool operator==(const Document&) const = default;
};

/// A report of one gemeente: gemeenten/<slug>.md.
struct Report {
  Document doc;
  std::string gemeente;                      ///< code from front matter `gemeente:`
  std::vector<std::string> referentiegroep;  ///< from front matter, overrides groepen.yaml
};

/// Everything in content/.
/// What became of an aanbeveling (content/opvolging.csv, contract).
enum class FollowUpStatus { niet_gestart, in_uitvoering, uitgevoerd, niet_overgenomen, achterhaald };

/// One line of content/opvolging.csv: the state of an aanbeveling on a date.
struct FollowUp {
  std::string rapport;      ///< the report's file name without .md: "deventer"
  std::string aanbeveling;  ///< the aanbeveling's id in that report: "a-onderbouwing"
  std::string peildatum;    ///< YYYY-MM-DD, so that text order is date order
  FollowUpStatus status = FollowUpStatus::niet_gestart;
  std::string toelichting;
  SourceLoc loc;  ///< the row, for errors
};

/// One line of content/herindelingen.csv (contract): gemeente `oud` is part of
/// gemeente `nieuw` from date `per` on. A gemeente that takes in others and keeps
/// its code is listed as an `oud` of itself too.
struct Merger {
  std::string oud, nieuw;
  std::string naam;  ///< the old gemeente's name, for the verantwoording; "" gives the code
  Date per;
  SourceLoc loc;
};

struct Content {
  std::filesystem::path root;  ///< the project directory (holds content/)
  std::string logo;            ///< the bytes of settings.logo; "" without one
  /// content/bestanden/ (images, PDFs, spreadsheets): site path ("bestanden/foto.png") → bytes, copied unchanged.
  std::map<std::string, std::string> files;
  Settings settings;
  Registry registry;
  std::vector<GroupDef> groups;
  std::map<std::string, std::vector<std::string>> referentiegroepen;  ///< code → peer codes
  std::map<std::string, SourceLoc> referentiegroep_locs;
  std::vector<Indicator> indicators;
  std::vector<Observation> observations;
  std::vector<Report> reports;  ///< sorted by slug
  std::vector<Document> pages;  ///< paginas/*.md, sorted by slug
  /// content/opvolging.csv: by rapport, aanbeveling and peildatum; empty without one.
  std::vector<FollowUp> opvolging;
  /// content/herindelingen.csv: by date and new code; empty without one.
  std::vector<Merger> herindelingen;
  /// The concept texts (reports and pages) this build leaves out (see
  /// leave_out_concepts), so that build and check can name them.
  std::vector<Document> concepts_left_out;
  /// The project folder's git revision, abbreviated ("abc1234"), for the colofon: which
  /// version of the content a site or PDF was made from. "" when it is not a git checkout.
  std::string revision;

  const Indicator* indicator(const std::string& id) const {
    for (const Indicator& i : indicators)
      if (i.id == id) return &i;
    return nullptr;
  }
};

}  // namespace spiegel
