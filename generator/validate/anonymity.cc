#include "validate/anonymity.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <functional>
#include <future>
#include <iterator>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/text_normalise.h"

namespace spiegel {

namespace {

/// How a found text relates to the gemeente, for the message.
enum class Kind { naam, schrijfwijze, andere_naam, afgeleid, webadres, code };

/// A phrase that gives an anonymised gemeente away: normalised words, one space between.
struct Needle {
  std::string words;
  std::size_t gemeente = 0;  ///< index into Patterns::gemeenten
  Kind kind = Kind::naam;
  bool ordinary = false;  ///< also an ordinary word (kOrdinaryWords)
};

// Gemeente names that are also common Dutch words ("de huizen", "leiden tot",
// "op zijn best"): found in lower case in running text they are taken as the
// word, not the name; with a capital, in an address, an attribute value or
// data they still count. Picked by hand from the 2024 gemeenten that are in
// Debian's wdutch word list; add one when a monitor needs it.
constexpr std::string_view kOrdinaryWords[] = {"assen",  "beek",   "bergen", "best",   "buren",    "duiven",
                                               "gouda",  "hoorn",  "houten", "huizen", "hulst",    "kampen",
                                               "leiden", "losser", "putten", "sluis",  "waterland"};

bool ordinary_word(std::string_view words) {
  return std::find(std::begin(kOrdinaryWords), std::end(kOrdinaryWords), words) != std::end(kOrdinaryWords);
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'; }

/// Whether bytes [from, to) are a word in running text: lower-case letters as
/// written, between spaces, tags or punctuation, not inside an address
/// (leiden.nl, /leiden/), an attribute value (id="leiden") or a data cell.
bool in_running_text(std::string_view bytes, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to; ++k)
    if (bytes[k] < 'a' || bytes[k] > 'z') return false;
  const char before = from == 0 ? ' ' : bytes[from - 1];
  if (!is_space(before) && before != '>' && before != '(') return false;
  if (to == bytes.size()) return true;
  const char after = bytes[to];
  if (after == '.') return to + 1 == bytes.size() || is_space(bytes[to + 1]) || bytes[to + 1] == '<';
  return is_space(after) || after == '<' || after == ',' || after == ';' || after == ':' || after == '!' ||
         after == '?' || after == ')';
}

// Names by which people know a gemeente besides its official one, and
// adjectives that do not follow the regular "-se" (below). A small table kept
// by hand, not a register: add a line when a monitor needs one. Keys and
// values are normalised (see normalise_text).
struct OtherNames {
  std::string_view official;
  std::array<std::string_view, 3> other;
  Kind kind;
};
constexpr OtherNames kOtherNames[] = {
    {"s gravenhage", {"den haag", "the hague"}, Kind::andere_naam},
    {"s gravenhage", {"haagse"}, Kind::afgeleid},
    {"s hertogenbosch", {"den bosch"}, Kind::andere_naam},
    {"s hertogenbosch", {"bossche"}, Kind::afgeleid},
    {"sudwest fryslan", {"zuidwest friesland"}, Kind::andere_naam},
    {"noardeast fryslan", {"noordoost friesland"}, Kind::andere_naam},
    {"groningen", {"groningse"}, Kind::afgeleid},
    {"leiden", {"leidse"}, Kind::afgeleid},
    {"zwolle", {"zwolse"}, Kind::afgeleid},
    {"nijmegen", {"nijmeegse"}, Kind::afgeleid},
    {"zaanstad", {"zaanse"}, Kind::afgeleid},
    {"edam volendam", {"volendam"}, Kind::andere_naam},
};

/// Whether `phrase` occurs in `words` at word boundaries, from `at`.
bool phrase_at(std::string_view words, std::size_t at, std::string_view phrase) {
  if (words.compare(at, phrase.size(), phrase) != 0) return false;
  std::size_t end = at + phrase.size();
  return (at == 0 || words[at - 1] == ' ' || words[at - 1] == '\n') &&
         (end == words.size() || words[end] == ' ' || words[end] == '\n');
}

/// The first place `phrase` occurs in `words` as whole words, or npos.
std::size_t find_phrase(std::string_view words, std::string_view phrase) {
  for (std::size_t at = words.find(phrase); at != std::string_view::npos; at = words.find(phrase, at + 1))
    if (phrase_at(words, at, phrase)) return at;
  return std::string_view::npos;
}

/// Every needle of every anonymised gemeente, indexed by its first word, so
/// that a file is read once whatever the number of gemeenten.
class Patterns {
 public:
  explicit Patterns(const SiteData& site) {
    for (const auto& [code, pseudonym] : site.pseudonyms)
      if (const Gemeente* g = site.content.registry.find(code)) add_gemeente(*g, pseudonym);
    add_shields(site);
    add_group_names(site);
    index();
  }

  struct Anonymised {
    const Gemeente* g;
    std::string pseudonym;
  };
  std::vector<Anonymised> gemeenten;  ///< what the needles' `gemeente` indexes
  std::vector<Needle> needles;
  /// Names of gemeenten that are not anonymised and contain a needle ("Bergen op
  /// Zoom" when Bergen (NH.) is anonymised): shown as themselves, they give nothing away.
  std::vector<std::string> shields;
  /// Group names that contain a needle ("Provincie Utrecht"), to say so in the message.
  std::vector<std::string> group_names;

  /// Adds to `hits` (needle → offsets) every needle found in `words`.
  /// Where needles of one gemeente overlap ("s hertogenbosch", "hertogenbosch"),
  /// the first and longest counts.
  void scan(std::string_view words, std::map<std::size_t, std::vector<std::size_t>>& hits) const {
    std::vector<std::size_t> covered(gemeenten.size(), 0);  // per gemeente: counted up to here
    const std::size_t n = words.size();
    std::size_t i = 0;
    while (i < n) {
      std::size_t e = i;
      while (e < n && words[e] != ' ' && words[e] != '\n') ++e;
      const std::size_t len = e - i;
      // Most words start no needle: a table of first letters and lengths
      // answers that before the hash does.
      if (len < kMaxLen && first_[static_cast<unsigned char>(words[i])] & (1ULL << len)) {
        std::string_view word = words.substr(i, len);
        if (auto s = shields_by_first_.find(word); s != shields_by_first_.end()) {
          bool skipped = false;
          for (std::size_t k : s->second)
            if (phrase_at(words, i, shields[k])) {
              i += shields[k].size() + 1;
              skipped = true;
              break;
            }
          if (skipped) continue;
        }
        if (auto it = by_first_.find(word); it != by_first_.end())
          for (std::size_t k : it->second) {
            const Needle& needle = needles[k];
            if (covered[needle.gemeente] > i || !phrase_at(words, i, needle.words)) continue;
            covered[needle.gemeente] = i + needle.words.size();
            hits[k].push_back(i);
          }
      }
      i = e + 1;
    }
  }

 private:
  static constexpr std::size_t kMaxLen = 64;

  void add(std::string words, std::size_t gemeente, Kind kind) {
    if (words.empty()) return;
    for (const Needle& n : needles)
      if (n.words == words) return;
    const bool ordinary = kind != Kind::code && ordinary_word(words);
    needles.push_back({std::move(words), gemeente, kind, ordinary});
  }

  void add_gemeente(const Gemeente& g, const std::string& pseudonym) {
    const std::size_t index = gemeenten.size();
    gemeenten.push_back({&g, pseudonym});
    std::vector<std::string> names = {normalise_text(g.naam)};
    // "Bergen (NH.)": people write "Bergen".
    if (auto paren = g.naam.find('('); paren != std::string::npos)
      names.push_back(normalise_text(g.naam.substr(0, paren)));
    // "'s-Hertogenbosch" is also written "s-Hertogenbosch" and "Hertogenbosch" (and in the
    // domain s-hertogenbosch.nl); normalised, the first two are the same already.
    const std::string full = names.front();
    if (full.starts_with("s ") || full.starts_with("t ")) names.push_back(full.substr(2));
    for (const std::string& name : names) add(name, index, name == full ? Kind::naam : Kind::schrijfwijze);
    std::vector<std::string> spoken;
    for (const OtherNames& o : kOtherNames)
      if (o.official == full)
        for (std::string_view other : o.other)
          if (!other.empty()) {
            add(std::string(other), index, o.kind);
            if (o.kind == Kind::andere_naam) spoken.emplace_back(other);
          }
    // A host name has no spaces: www.peelenmaas.nl, denhaag.nl.
    for (const std::vector<std::string>* list : {&names, &spoken})
      for (const std::string& name : *list)
        if (name.find(' ') != std::string::npos) {
          std::string joined = name;
          std::erase(joined, ' ');
          add(joined, index, Kind::webadres);
        }
    // The regular adjective: "de Deventerse jeugdhulp", "Utrechtse", "Edese".
    for (const std::string& name : names)
      if (name.find(' ') == std::string::npos && name.size() >= 3) add(name + "se", index, Kind::afgeleid);
    const std::string code = normalise_text(g.code);
    add(code, index, Kind::code);
    // "GM 0150", "GM-0150": the letters and the digits as two words. The digits
    // alone would match any number in the data.
    if (code.size() > 2 && code.starts_with("gm")) add("gm " + code.substr(2), index, Kind::code);
  }

  void add_shields(const SiteData& site) {
    for (const Gemeente& other : site.content.registry.gemeenten) {
      if (site.anonymised(other.code)) continue;
      std::string name = normalise_text(other.naam);
      for (const Needle& n : needles)
        if (n.words != name && find_phrase(name, n.words) != std::string::npos) {
          shields.push_back(name);
          break;
        }
    }
    // The longest first: "bergen op zoom" before a shorter shield that starts the same.
    std::sort(shields.begin(), shields.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  }

  void add_group_names(const SiteData& site) {
    for (const Group& group : site.groups) {
      std::string name = normalise_text(group.naam);
      for (const Needle& n : needles)
        if (find_phrase(name, n.words) != std::string::npos) {
          group_names.push_back(name);
          break;
        }
    }
  }

  void index() {
    auto first_word = [](std::string_view words) { return words.substr(0, words.find(' ')); };
    auto note = [this](std::string_view word) {
      if (word.size() < kMaxLen) first_[static_cast<unsigned char>(word[0])] |= 1ULL << word.size();
    };
    for (std::size_t k = 0; k < needles.size(); ++k) {
      std::string_view word = first_word(needles[k].words);
      by_first_[word].push_back(k);
      note(word);
    }
    for (auto& [word, list] : by_first_)
      std::stable_sort(list.begin(), list.end(), [this](std::size_t a, std::size_t b) {
        return needles[a].words.size() > needles[b].words.size();
      });
    for (std::size_t k = 0; k < shields.size(); ++k) {
      std::string_view word = first_word(shields[k]);
      shields_by_first_[word].push_back(k);
      note(word);
    }
  }

  // Keys point into `needles` and `shields`, which do not change after index().
  std::unordered_map<std::string_view, std::vector<std::size_t>> by_first_;
  std::unordered_map<std::string_view, std::vector<std::size_t>> shields_by_first_;
  std::array<std::uint64_t, 256> first_{};  ///< by first letter: bit n set when a first word has n letters
};

std::string describe(Kind kind, const std::string& naam) {
  switch (kind) {
    case Kind::naam:
      return fmt::format("de naam van {}", naam);
    case Kind::schrijfwijze:
      return fmt::format("een schrijfwijze van {}", naam);
    case Kind::andere_naam:
      return fmt::format("een andere naam voor {}", naam);
    case Kind::afgeleid:
      return fmt::format("afgeleid van {}", naam);
    case Kind::webadres:
      return fmt::format("de naam van {} aaneengeschreven, zoals in een webadres", naam);
    case Kind::code:
      return fmt::format("de code van {}", naam);
  }
  return naam;
}

/// The words around [at, at + len) in `words`, about `room` characters each side.
std::string excerpt(std::string_view words, std::size_t at, std::size_t len, std::size_t room = 40) {
  std::size_t from = at > room ? at - room : 0;
  while (from > 0 && words[from - 1] != ' ' && words[from - 1] != '\n') ++from;
  std::size_t to = std::min(words.size(), at + len + room);
  while (to < words.size() && words[to] != ' ' && words[to] != '\n') --to;
  std::string out = from > 0 ? "…" : "";
  for (char c : words.substr(from, to - from)) out += c == '\n' ? std::string(" / ") : std::string(1, c);
  if (to < words.size()) out += "…";
  return out;
}

/// The input text from `from` to the character at `last` (both origins of normalised
/// words): "Dev<em>en</em>ter", whitespace as one space.
std::string original_span(std::string_view bytes, std::size_t from, std::size_t last) {
  std::size_t to = last + 1;
  if (bytes[last] == '&') {
    std::size_t semi = bytes.find(';', last);
    if (semi != std::string_view::npos && semi - last <= 32) to = semi + 1;
  } else {
    while (to < bytes.size() && (static_cast<unsigned char>(bytes[to]) & 0xC0) == 0x80) ++to;
  }
  std::string out;
  bool space = false;
  for (char c : bytes.substr(from, to - from)) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  if (out.size() > 80) {
    std::size_t cut = 77;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out = out.substr(0, cut) + "…";
  }
  return out;
}

int line_of(std::string_view bytes, std::size_t offset) {
  return 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

/// "content/gemeenten/x.md:12" when the text's own words contain the phrase, else the path.
std::string source_place(const Document& doc, const std::string& phrase) {
  // Markdown's emphasis and code marks may split the name in the source (Dev*en*ter):
  // search the text without them, keeping where each byte was.
  std::string body;
  std::vector<std::size_t> kept;
  for (std::size_t k = 0; k < doc.body.size(); ++k)
    if (char c = doc.body[k]; c != '*' && c != '_' && c != '`') {
      body += c;
      kept.push_back(k);
    }
  std::vector<std::size_t> origins;
  std::string words = normalise_text(body, &origins);
  std::size_t at = find_phrase(words, phrase);
  if (at == std::string::npos) return doc.path;
  return fmt::format("{}:{}", doc.path, doc.body_line + line_of(doc.body, kept[origins[at]]) - 1);
}

using Finding = AnonymityFinding;

}  // namespace

namespace {

/// The findings in one output file, at most one per anonymised gemeente.
std::vector<Finding> check_file(const Patterns& patterns, const std::string& path, const std::string& bytes,
                                const Document* source) {
  std::map<std::size_t, std::vector<std::size_t>> hits;  // needle → offsets in the words
  const std::string words = normalise_text(bytes);
  patterns.scan(words, hits);
  if (hits.empty()) return {};
  // Rare: where the found words are in the file, for the places that matter:
  // each place of a name that is also a word (to tell which it is here), the
  // first place of any other needle. Their first and last byte.
  std::vector<std::size_t> wanted;
  for (const auto& [k, offsets] : hits) {
    const Needle& needle = patterns.needles[k];
    for (std::size_t j = 0; j < (needle.ordinary ? offsets.size() : 1); ++j) {
      wanted.push_back(offsets[j]);
      wanted.push_back(offsets[j] + needle.words.size() - 1);
    }
  }
  const std::vector<std::size_t> found = origins_at(bytes, words, wanted);
  std::unordered_map<std::size_t, std::size_t> origin;  // offset in the words → in the file
  for (std::size_t j = 0; j < wanted.size(); ++j) origin[wanted[j]] = found[j];

  std::map<std::size_t, std::pair<std::size_t, int>> first_of;           // gemeente → first offset, count
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> needle_at;  // gemeente and offset → needle
  for (auto& [k, offsets] : hits) {
    const Needle& needle = patterns.needles[k];
    if (needle.ordinary)
      std::erase_if(offsets, [&](std::size_t at) {
        return in_running_text(bytes, origin.at(at), origin.at(at + needle.words.size() - 1) + 1);
      });
    if (offsets.empty()) continue;
    needle_at[{needle.gemeente, offsets.front()}] = k;
    auto [it, fresh] = first_of.try_emplace(needle.gemeente, offsets.front(), 0);
    it->second.first = std::min(it->second.first, offsets.front());
    it->second.second += static_cast<int>(offsets.size());
  }
  std::vector<Finding> findings;
  for (const auto& [gemeente, first] : first_of) {
    const std::size_t at = first.first;
    const Needle& needle = patterns.needles[needle_at.at({gemeente, at})];
    const Gemeente& g = *patterns.gemeenten[gemeente].g;
    const std::string span = original_span(bytes, origin.at(at), origin.at(at + needle.words.size() - 1));
    std::string lowered;
    for (char c : span) lowered += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    std::string message = fmt::format("'{}' staat in de uitvoer ({}", span, describe(needle.kind, g.naam));
    if (lowered != needle.words) message += fmt::format(", gelezen als '{}'", needle.words);
    message += fmt::format(", in \"{}\")", excerpt(words, at, needle.words.size()));
    if (first.second > 1) message += fmt::format(" en nog {} keer in dit bestand", first.second - 1);
    if (source) message += fmt::format("; de pagina komt uit {}", source_place(*source, needle.words));
    message += fmt::format(", maar {} is geanonimiseerd als '{}'", g.naam, patterns.gemeenten[gemeente].pseudonym);
    std::string group;
    for (const std::string& name : patterns.group_names) {
      std::size_t offset = find_phrase(name, needle.words);
      if (at >= offset && phrase_at(words, at - offset, name)) group = name;
    }
    if (!group.empty()) {
      message += fmt::format(
          " — het staat in de naam van de groep '{}': geef die groep in groepen.yaml of "
          "gemeenten.csv een naam zonder de gemeente, of laat haar weg",
          group);
    } else {
      message +=
          " — schrijf in de tekst {{< gemeente >}} in plaats van de naam, en laat kolommen en bronnen die "
          "de gemeente noemen weg";
    }
    if (needle.ordinary)
      message += fmt::format(
          "; '{}' is ook een gewoon woord, maar met een hoofdletter (ook aan het begin van "
          "een zin), in een adres of in data telt het als de naam: schrijf de zin anders",
          needle.words);
    findings.push_back({gemeente, path, line_of(bytes, origin.at(at)), std::move(message)});
  }
  return findings;
}

}  // namespace

namespace {

/// Whether the check can read file `path` of the site: Spiegel's own files
/// are text; of the writer's files in bestanden/ only the text formats.
bool readable_as_text(std::string_view path) {
  if (!path.starts_with("bestanden/")) return true;
  for (std::string_view ext : {".svg", ".csv", ".tsv", ".txt", ".md", ".html", ".htm", ".json", ".xml", ".css"}) {
    if (path.size() < ext.size()) continue;
    std::string tail(path.substr(path.size() - ext.size()));
    for (char& c : tail) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (tail == ext) return true;
  }
  return false;
}

}  // namespace

void check_anonymity(const SiteData& site, const std::map<std::string, std::string>& files,
                     const std::map<std::string, const Document*>& sources, Diagnostics& diags, AnonymityMemo* memo) {
  if (site.pseudonyms.empty()) return;
  const Patterns patterns(site);
  // Every file is read once, whatever the number of gemeenten; the files are
  // shared out over the processors, the largest (monitor.json) first.
  struct Job {
    const std::string* path;
    const std::string* bytes;
    const Document* source;
    std::size_t hash = 0;  ///< with a memo, for a file without a source
    std::vector<Finding> found;
  };
  std::vector<Job> jobs;
  for (const auto& [path, bytes] : files) {
    if (!readable_as_text(path)) {
      // A PNG, PDF or spreadsheet is compressed or binary: a name in it would
      // not be found, so a strict build (and check) must not call it clean.
      diags.warning({"content/" + path, 0, 0},
                    "Spiegel kan in dit bestand niet zoeken naar de namen van geanonimiseerde gemeenten (het is "
                    "geen tekst); kijk zelf of er geen naam, code of logo van een gemeente in of op staat, of laat "
                    "het weg uit content/bestanden/");
      continue;
    }
    auto src = sources.find(path);
    jobs.push_back({&path, &bytes, src == sources.end() ? nullptr : src->second, 0, {}});
  }
  std::stable_sort(jobs.begin(), jobs.end(),
                   [](const Job& a, const Job& b) { return a.bytes->size() > b.bytes->size(); });
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t k; (k = next++) < jobs.size();) {
      Job& job = jobs[k];
      // A message about a page names the line in its text, which may move
      // while the page stays the same: pages with a text are always read.
      if (memo && !job.source) {
        job.hash = std::hash<std::string>{}(*job.bytes);
        auto kept = memo->files.find(*job.path);  // only read while the workers run
        if (kept != memo->files.end() && kept->second.hash == job.hash) {
          job.found = kept->second.found;
          continue;
        }
      }
      job.found = check_file(patterns, *job.path, *job.bytes, job.source);
    }
  };
  const unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
  std::vector<std::future<void>> helpers;
  for (unsigned t = 1; t < threads; ++t) helpers.push_back(std::async(std::launch::async, work));
  work();
  for (auto& h : helpers) h.get();

  if (memo) {
    memo->files.clear();
    for (const Job& job : jobs)
      if (!job.source) memo->files[*job.path] = {job.hash, job.found};
  }
  std::vector<Finding> findings;
  for (Job& job : jobs) std::move(job.found.begin(), job.found.end(), std::back_inserter(findings));
  // By gemeente, then by file, as a researcher fixes them.
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return a.gemeente != b.gemeente ? a.gemeente < b.gemeente : a.path < b.path;
  });
  for (Finding& f : findings) diags.error({"site/" + f.path, f.line, 0}, std::move(f.message));
}

}  // namespace spiegel
