// The anatomy of a rekenkamer report in the text: fenced blocks
//   ::: conclusie {#kosten thema=organisatie}
//   …Markdown…
//   :::
// are found here (after shortcodes became placeholders), checked, numbered
// per kind and cross-linked; each block is replaced in the text by one
// placeholder so the report renders it in place.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "text/shortcode_parser.h"

namespace spiegel {

/// One fenced block of a report.
struct Block {
  std::string kind;                          ///< conclusie, aanbeveling, norm, …
  std::string id;                            ///< from {#id}; generated (conclusie-2) when absent
  bool own_id = false;                       ///< whether the writer gave the id
  std::map<std::string, std::string> attrs;  ///< key=value from the braces
  SourceLoc loc;                             ///< the opening fence
  std::string inner;                         ///< the Markdown inside, nested blocks already placeholders
  std::vector<int> lines;                    ///< the file line of each line of inner (a nested block's: its fence)
  int number = 0;                            ///< 1… per kind, in order of appearance; 0 for unnumbered kinds
  int chapter = 0;           ///< nummering: hoofdstuk: a table's or figure's chapter (number counts within it); else 0
  std::size_t fragment = 0;  ///< the placeholder index that stands for this block
  std::vector<std::string> conclusies;     ///< aanbeveling: the conclusie ids it rests on
  std::vector<std::string> aanbevelingen;  ///< conclusie: the aanbeveling ids resting on it
  std::string html;                        ///< the rendered inside, set by the text renderer
  bool from_shortcode = false;             ///< a table or figure a shortcode makes: numbered here, rendered there
};

/// The blocks of one text, and the text with each outermost block replaced.
struct BlockScan {
  std::string text;
  std::vector<int> lines;     ///< the file line of each line of text, as Block::lines
  std::vector<Block> blocks;  ///< in order of their opening fence
  const Block* find(const std::string& id) const;
};

/// Every kind of block, for suggestions and documentation.
const std::vector<std::string>& block_kinds();

/// The label of a kind: "Conclusie", "Bestuurlijke reactie".
std::string block_label(const std::string& kind);

/// "Conclusie 3", "Aanbeveling 2", "Bestuurlijke reactie", "Kader: titel".
std::string block_title(const Block& block);

/// "conclusie 3" as a reference in running text.
std::string block_reference(const Block& block);

/// A norm's judgement in words and as a symbol (never colour alone).
struct NormJudgement {
  std::string word;    ///< "Voldoet", "Voldoet deels", "Voldoet niet"
  std::string symbol;  ///< ✔ ◐ ✘
};
NormJudgement judgement_of(const std::string& oordeel);

/// Finds, checks and numbers the blocks of `text` (a Markdown text whose first
/// line is `first_line` of `file`). Block i gets placeholder index `first_fragment + i`.
BlockScan scan_blocks(const std::string& text, const std::string& file, int first_line, std::size_t first_fragment,
                      Diagnostics& diags);

/// The tables that shortcodes make (`tabel`, `kenmerken`) join the tabel
/// blocks, and their figures (`grafiek`, `kaart`) the figuur blocks: one
/// "Tabel n" and one "Figuur n" numbering in order of appearance, and
/// `{{< ref id >}}` reaches them by their `id=` argument.
void add_shortcode_blocks(BlockScan& scan, const std::vector<ShortcodeCall>& calls, Diagnostics& diags);

/// `nummering: hoofdstuk`: tables and figures are numbered within their
/// chapter ("Tabel 3.1"), the chapter being the report's numbered top-level
/// heading. `chapters` holds the file line of each chapter heading, in order;
/// a table or figure before the first one keeps its plain number. Ids stay
/// as they were, so links into the report do not change with the numbering.
void number_per_chapter(BlockScan& scan, const std::vector<int>& chapters);

/// The table or figure a `tabel`, `kenmerken`, `grafiek` or `kaart` call stands for (nullptr when not scanned).
const Block* shortcode_block(const BlockScan& scan, const ShortcodeCall& call);

}  // namespace spiegel
