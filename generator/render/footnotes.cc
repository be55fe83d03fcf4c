#include "render/footnotes.h"

#include <cmark-gfm.h>
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <memory>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "base/edit_distance.h"
#include "base/text.h"

namespace spiegel {

namespace {

// What cmark-gfm writes for footnotes (html.c); this file reads only that.
constexpr std::string_view kSectionOpen = "<section class=\"footnotes\" data-footnotes>\n";
constexpr std::string_view kSectionClose = "</section>\n";
constexpr std::string_view kItemOpen = "<li id=\"fn-";
constexpr std::string_view kRefOpen = "<sup class=\"footnote-ref\"><a href=\"#fn-";
constexpr std::string_view kBackref = "<a href=\"#fnref-";

/// The label of an id or href that starts at `from`, up to the closing quote.
std::string label_at(const std::string& html, std::size_t from) {
  std::size_t end = html.find('"', from);
  return end == std::string::npos ? "" : html.substr(from, end - from);
}

/// A note's content with cmark's back-links (and the space before them) removed.
std::string without_backrefs(std::string content) {
  std::size_t first = content.find(kBackref);
  if (first == std::string::npos) return content;
  std::size_t last = content.rfind("data-footnote-backref");
  std::size_t end = content.find("</a>", last);
  if (end == std::string::npos) return content;
  if (first > 0 && content[first - 1] == ' ') --first;
  content.erase(first, end + 4 - first);
  return content;
}

/// Removes every footnote section from `html`; notes not yet in `notes` are added, unnumbered.
void take_sections(std::string& html, std::vector<Footnotes::Note>* notes) {
  std::unordered_set<std::string> known;  // a set, not a search of `notes`: a report may have thousands
  if (notes)
    for (const auto& n : *notes) known.insert(n.label);
  for (std::size_t at; (at = html.find(kSectionOpen)) != std::string::npos;) {
    std::size_t end = html.find(kSectionClose, at);
    end = end == std::string::npos ? html.size() : end + kSectionClose.size();
    std::string section = html.substr(at, end - at);
    html.erase(at, end - at);
    if (!notes) continue;
    for (std::size_t item = section.find(kItemOpen); item != std::string::npos;) {
      std::string label = label_at(section, item + kItemOpen.size());
      std::size_t content = section.find(">\n", item) + 2;
      std::size_t next = section.find(kItemOpen, content);
      std::size_t stop = next == std::string::npos ? section.rfind("</ol>") : next;
      std::string body = section.substr(content, stop - content);
      if (body.ends_with("</li>\n")) body.resize(body.size() - 6);
      if (known.insert(label).second) notes->push_back({label, without_backrefs(body), 0});
      item = next;
    }
  }
}

/// Rewrites every reference in `html` with the report-wide number of its note;
/// `with_ids` gives each a unique id (fnref-a, fnref-a-2) and counts them.
void rewrite_references(std::string& html, std::vector<Footnotes::Note>& order, bool with_ids) {
  if (html.find(kRefOpen) == std::string::npos) return;
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < order.size(); ++i) index.emplace(order[i].label, i);
  // Into a new string: replacing in place moves the rest of the page at every reference.
  std::string out;
  out.reserve(html.size() + html.size() / 8);
  std::size_t done = 0;
  for (std::size_t at = 0; (at = html.find(kRefOpen, at)) != std::string::npos;) {
    std::string label = label_at(html, at + kRefOpen.size());
    std::size_t end = html.find("</sup>", at);
    auto found = index.find(label);
    if (end == std::string::npos || found == index.end()) {
      at += kRefOpen.size();
      continue;
    }
    Footnotes::Note* note = &order[found->second];
    int number = static_cast<int>(found->second) + 1;
    std::string id;
    if (with_ids) {
      ++note->references;
      id = note->references == 1 ? fmt::format(" id=\"fnref-{}\"", label)
                                 : fmt::format(" id=\"fnref-{}-{}\"", label, note->references);
    }
    out.append(html, done, at - done);
    fmt::format_to(std::back_inserter(out), "{}{}\"{} data-footnote-ref>{}</a></sup>", kRefOpen, label, id, number);
    at = done = end + 6;
  }
  out.append(html, done, std::string::npos);
  html = std::move(out);
}

/// The back-links of a note: one per reference, the second shown as ↩2 and named so (WCAG 2.5.3).
std::string backrefs(const Footnotes::Note& n) {
  std::string out;
  for (int k = 1; k <= n.references; ++k) {  // none for a note only another note refers to
    std::string target = k == 1 ? n.label : fmt::format("{}-{}", n.label, k);
    std::string label = k == 1 ? "Terug naar de tekst" : fmt::format("Terug naar verwijzing {} in de tekst", k);
    std::string mark = k == 1 ? "↩" : fmt::format("↩<sup>{}</sup>", k);
    out +=
        fmt::format("{}<a href=\"#fnref-{}\" class=\"footnote-backref\" data-footnote-backref aria-label=\"{}\">{}</a>",
                    k == 1 ? "" : " ", target, label, mark);
  }
  return out;
}

std::string note_item(const Footnotes::Note& n) {
  std::string body = n.html;
  if (n.references > 0 && body.ends_with("</p>\n"))
    body.insert(body.size() - 5, fmt::format(" {}", backrefs(n)));
  else if (n.references > 0)
    body += backrefs(n) + "\n";
  return fmt::format("{}{}\">\n{}</li>\n", kItemOpen, n.label, body);
}

/// The label of a definition line "[^label]: …" (up to three spaces in), or "".
std::string defined_label(const std::string& line) {
  std::size_t i = line.find_first_not_of(' ');
  if (i == std::string::npos || i > 3 || line.compare(i, 2, "[^") != 0) return "";
  std::size_t close = line.find("]:", i);
  std::string label = close == std::string::npos ? "" : line.substr(i + 2, close - i - 2);
  return label.find_first_of(" \t]") == std::string::npos ? label : "";
}

/// A reference cmark could not resolve stays as text "[^x]"; a second
/// definition of a label is dropped by cmark without a word. Both are errors.
void check_labels(cmark_node* doc, const std::vector<std::string>& lines, SourceLoc at, Diagnostics& diags) {
  std::map<std::string, int> defined;
  std::string fence;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string l(trim(lines[i]));
    if (l.starts_with("```") || l.starts_with("~~~")) {
      if (fence.empty())
        fence = l.substr(0, 3);
      else if (l.starts_with(fence))
        fence.clear();
    }
    std::string label = fence.empty() ? defined_label(lines[i]) : "";
    if (label.empty()) continue;
    int line = at.line + static_cast<int>(i);
    if (auto [it, fresh] = defined.emplace(label, line); !fresh)
      diags.error({at.file, line, 1}, fmt::format("voetnoot [^{}] heeft al een tekst op regel {}", label, it->second));
  }
  std::vector<std::string> labels;
  for (const auto& [label, line] : defined) labels.push_back(label);
  cmark_iter* it = cmark_iter_new(doc);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(it);
    if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(n) != CMARK_NODE_TEXT) continue;
    std::string literal = cmark_node_get_literal(n);
    for (std::size_t open = 0; (open = literal.find("[^", open)) != std::string::npos; open += 2) {
      std::size_t close = literal.find(']', open);
      std::string label = close == std::string::npos ? "" : literal.substr(open + 2, close - open - 2);
      if (label.empty() || label.find_first_of(" \t[") != std::string::npos) continue;
      diags.error(
          {at.file, at.line + cmark_node_get_start_line(n) - 1, 0},
          fmt::format("voetnoot [^{}] heeft geen tekst — zet in het bestand een regel '[^{}]: …'", label, label),
          suggest(label, labels));
    }
  }
  cmark_iter_free(it);
}

}  // namespace

std::string footnote_definitions(const std::string& text, const std::string& file, int first_line, Diagnostics& diags,
                                 std::vector<int>* lines_out) {
  if (text.find("[^") == std::string::npos) return "";  // most texts: no second cmark parse
  std::unique_ptr<cmark_parser, void (*)(cmark_parser*)> parser(cmark_parser_new(CMARK_OPT_FOOTNOTES),
                                                                cmark_parser_free);
  cmark_parser_feed(parser.get(), text.data(), text.size());
  std::unique_ptr<cmark_node, void (*)(cmark_node*)> doc(cmark_parser_finish(parser.get()), cmark_node_free);

  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  std::vector<std::pair<int, int>> spans;  // cmark moves definitions to the end; keep source order
  for (cmark_node* n = cmark_node_first_child(doc.get()); n; n = cmark_node_next(n))
    if (cmark_node_get_type(n) == CMARK_NODE_FOOTNOTE_DEFINITION)
      spans.emplace_back(cmark_node_get_start_line(n), cmark_node_get_end_line(n));
  std::sort(spans.begin(), spans.end());
  // Every piece of the report gets the definitions: thousands of notes in one text
  // would make each piece that long. Printed reports have a few dozen.
  if (spans.size() > kMaxFootnotes) {
    diags.error(
        {file, first_line + spans[kMaxFootnotes].first - 1, 1},
        fmt::format("meer dan {} voetnoten in één tekst; verdeel de tekst of maak er een lijst van", kMaxFootnotes));
    return "";
  }
  check_labels(doc.get(), lines, {file, first_line, 0}, diags);

  std::string out;
  for (auto [first, last] : spans) {
    std::string definition;
    if (lines_out) lines_out->push_back(first_line + first - 1);  // the blank line before it
    for (int l = first; l <= last && l <= static_cast<int>(lines.size()); ++l) {
      if (l > first && trim(lines[l - 1]).starts_with(":::")) break;
      definition += lines[l - 1] + "\n";
      if (lines_out) lines_out->push_back(first_line + l - 1);
    }
    out += "\n" + definition;
  }
  return out;
}

Footnotes number_footnotes(std::string& html) {
  std::vector<Footnotes::Note> found;
  take_sections(html, &found);
  // Number in order of first reference in the assembled report; a note that
  // only another note refers to comes after the notes of the text.
  Footnotes out;
  std::unordered_map<std::string, std::size_t> by_label;
  for (std::size_t i = 0; i < found.size(); ++i) by_label.emplace(found[i].label, i);
  std::unordered_set<std::string> numbered;
  auto number_referenced = [&](const std::string& in) {
    for (std::size_t at = 0; (at = in.find(kRefOpen, at)) != std::string::npos; at += kRefOpen.size()) {
      std::string label = label_at(in, at + kRefOpen.size());
      auto note = by_label.find(label);
      if (note != by_label.end() && numbered.insert(label).second) out.notes.push_back(found[note->second]);
    }
  };
  number_referenced(html);
  for (std::size_t i = 0; i < out.notes.size(); ++i) number_referenced(std::string(out.notes[i].html));
  rewrite_references(html, out.notes, true);
  // A reference inside a note gets the number but no id: back-links lead to the text.
  std::vector<Footnotes::Note> order = out.notes;
  for (Footnotes::Note& n : out.notes) rewrite_references(n.html, order, false);
  return out;
}

void renumber_copy(std::string& html, const Footnotes& notes) {
  take_sections(html, nullptr);
  std::vector<Footnotes::Note> order = notes.notes;
  rewrite_references(html, order, false);
}

void place_footnotes(std::string& html, const Footnotes& notes, const std::vector<std::string>& chapter_starts) {
  if (notes.notes.empty()) return;
  // Where each chapter ends: the start of the next one, or the end of the text.
  std::vector<std::size_t> ends;
  std::size_t from = 0;
  for (const std::string& start : chapter_starts) {
    std::size_t at = html.find(start, from);
    if (at == std::string::npos) continue;
    ends.push_back(at);
    from = at + start.size();
  }
  ends.push_back(html.size());
  std::vector<std::string> sections(ends.size());
  std::vector<int> first_number(ends.size(), 0);
  std::unordered_map<std::string, std::size_t> first_ref;  // label → where the text first refers to it
  for (std::size_t at = 0; (at = html.find(kRefOpen, at)) != std::string::npos; at += kRefOpen.size())
    first_ref.emplace(label_at(html, at + kRefOpen.size()), at);
  for (std::size_t i = 0; i < notes.notes.size(); ++i) {
    const auto& n = notes.notes[i];
    auto found = first_ref.find(n.label);
    std::size_t ref = found == first_ref.end() ? std::string::npos : found->second;
    std::size_t chapter = std::upper_bound(ends.begin(), ends.end(), ref) - ends.begin();
    chapter = std::min(chapter, ends.size() - 1);
    if (sections[chapter].empty()) first_number[chapter] = static_cast<int>(i) + 1;
    sections[chapter] += note_item(n);
  }
  std::string out;
  out.reserve(html.size());
  std::size_t done = 0;
  for (std::size_t c = 0; c < ends.size(); ++c) {
    if (sections[c].empty()) continue;
    out.append(html, done, ends[c] - done);
    done = ends[c];
    std::string start = first_number[c] > 1 ? fmt::format(" start=\"{}\"", first_number[c]) : "";
    fmt::format_to(std::back_inserter(out), "{}<ol{}>\n{}</ol>\n{}", kSectionOpen, start, sections[c], kSectionClose);
  }
  out.append(html, done, std::string::npos);
  html = std::move(out);
}

}  // namespace spiegel
