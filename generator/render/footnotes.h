// Footnotes of a whole report. cmark-gfm numbers footnotes per document, but
// a report is rendered in pieces (the text and each block apart), so a note
// referenced in a conclusie would not find its definition at the end of the
// file, and two pieces would both number from 1 with the same ids. Here the
// definitions are given to every piece, and afterwards the notes are numbered
// once over the whole report and placed at the end of the chapter where each
// is first referenced, as printed reports do.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.h"

namespace spiegel {

/// A text may have this many footnotes.
inline constexpr std::size_t kMaxFootnotes = 2000;

/// The Markdown source of every footnote definition in `text` ("[^1]: …" and
/// its continuation lines), to be appended to each piece rendered apart.
/// A definition ends at a block fence (':::'), which belongs to the block.
/// A reference without a definition, or a label defined twice, is an error
/// at its line (`text` starts at `first_line` of `file`). `lines`, when given,
/// gets the file line of each line of the result.
std::string footnote_definitions(const std::string& text, const std::string& file, int first_line, Diagnostics& diags,
                                 std::vector<int>* lines = nullptr);

/// The notes of a rendered report, numbered in order of first reference.
struct Footnotes {
  struct Note {
    std::string label;   ///< as in the ids: fn-<label>
    std::string html;    ///< the note's content, without cmark's back-links
    int references = 0;  ///< how often the text refers to it
  };
  std::vector<Note> notes;
};

/// Takes the footnote sections cmark wrote (anywhere in `html`) out of it,
/// numbers the references in order and gives each a unique id. Returns the notes.
Footnotes number_footnotes(std::string& html);

/// Renumbers the references in a copy of a piece (a block shown in the summary)
/// like the report, and drops its footnote section; the copy keeps no ids.
void renumber_copy(std::string& html, const Footnotes& notes);

/// Puts each note at the end of the chapter where it is first referenced. A
/// chapter starts at one of `chapter_starts` (the opening tags of the
/// top-level headings, in order); notes referenced before the first go after it.
void place_footnotes(std::string& html, const Footnotes& notes, const std::vector<std::string>& chapter_starts);

}  // namespace spiegel
