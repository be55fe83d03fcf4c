// A page reduced to the words a reader sees, so that a search for a name is
// not fooled by how the page spells it: "Dev<em>en</em>ter", "Deven&shy;ter",
// "DEVENTER", "Peel en⏎Maas", "Peel-en-Maas" and "https://www.deventer.nl"
// all contain the words of "Deventer" or "Peel en Maas". Used by the
// anonymity check (validate/anonymity.h); fuzzed by text_normalise_fuzz.cc.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace spiegel {

/// The words of `text` — HTML, XML, JSON, CSV or plain text — as maximal runs
/// of a–z and 0–9, one separator between two words:
///  - tags are left out; an inline tag (em, strong, a, span, …) joins the text
///    around it as a browser shows it, any other tag separates words;
///  - character references (&eacute; &shy; &#8203; &#x200B;, also a legacy name
///    without ';' as browsers read it), %XX escapes that make valid UTF-8, and
///    JSON's \uXXXX and \n are decoded;
///  - soft hyphens, zero-width and other invisible characters (U+00AD,
///    U+200B–U+200F, U+2060–U+2064, U+FEFF, combining accents) vanish, so the
///    letters on either side form one word;
///  - letters are lower case with Latin diacritics folded (Fryslân → fryslan,
///    ĳ → ij), as slugify does; every other character separates words.
/// The visible text comes first. After it, each tag's attributes (href, src,
/// alt, …), each comment and each script or style follow as their own segment,
/// separated by '\n' instead of ' ', so that a phrase never runs from one
/// segment into the next.
/// With `origins`, origins[k] is the offset in `text` that byte k of the
/// result comes from (a separator: the character that caused it).
std::string normalise_text(std::string_view text, std::vector<std::size_t>* origins = nullptr);

/// For each of `offsets` into `words` (which is normalise_text(text)), the
/// offset in `text` it comes from, as `origins` would give it. For the few
/// places a search found in a large file: it keeps only those, not one origin
/// per byte (8 bytes for each byte of a 54 MB monitor.json).
std::vector<std::size_t> origins_at(std::string_view text, std::string_view words,
                                    const std::vector<std::size_t>& offsets);

}  // namespace spiegel
