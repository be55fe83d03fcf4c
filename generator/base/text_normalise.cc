#include "base/text_normalise.h"

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

#include "base/slug.h"

namespace spiegel {

namespace {

/// One named character reference. `legacy`: browsers also read it without ';'.
struct Entity {
  std::string_view name;
  char32_t cp;
  bool legacy;
};

// The Latin-1 names, in code point order from U+00A0; all of them are legacy names.
constexpr std::array<std::string_view, 96> kLatin1Names = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",    "copy",   "ordf",
    "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn", "sup2",   "sup3",   "acute",  "micro",
    "para",   "middot", "cedil",  "sup1",   "ordm",   "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave",
    "Aacute", "Acirc",  "Atilde", "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",
    "Igrave", "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",
    "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",  "szlig",  "agrave", "aacute",
    "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil", "egrave", "eacute", "ecirc",  "euml",   "igrave",
    "iacute", "icirc",  "iuml",   "eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide",
    "oslash", "ugrave", "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};

// Names outside Latin-1 that a text or template plausibly carries: the
// invisible ones (which would hide a name), Dutch ĳ, quotes and dashes. Not
// all of HTML's 2,000; an unknown name stays as written, which separates words.
constexpr Entity kOtherEntities[] = {
    {"amp", '&', true},
    {"AMP", '&', true},
    {"lt", '<', true},
    {"LT", '<', true},
    {"gt", '>', true},
    {"GT", '>', true},
    {"quot", '"', true},
    {"QUOT", '"', true},
    {"COPY", 0xA9, true},
    {"REG", 0xAE, true},
    {"apos", '\'', false},
    {"IJlig", 0x132, false},
    {"ijlig", 0x133, false},
    {"OElig", 0x152, false},
    {"oelig", 0x153, false},
    {"Scaron", 0x160, false},
    {"scaron", 0x161, false},
    {"Yuml", 0x178, false},
    {"Zcaron", 0x17D, false},
    {"zcaron", 0x17E, false},
    {"ensp", 0x2002, false},
    {"emsp", 0x2003, false},
    {"thinsp", 0x2009, false},
    {"ZeroWidthSpace", 0x200B, false},
    {"NegativeVeryThinSpace", 0x200B, false},
    {"NegativeThinSpace", 0x200B, false},
    {"NegativeMediumSpace", 0x200B, false},
    {"NegativeThickSpace", 0x200B, false},
    {"zwnj", 0x200C, false},
    {"zwj", 0x200D, false},
    {"lrm", 0x200E, false},
    {"rlm", 0x200F, false},
    {"hyphen", 0x2010, false},
    {"dash", 0x2010, false},
    {"ndash", 0x2013, false},
    {"mdash", 0x2014, false},
    {"lsquo", 0x2018, false},
    {"rsquo", 0x2019, false},
    {"sbquo", 0x201A, false},
    {"ldquo", 0x201C, false},
    {"rdquo", 0x201D, false},
    {"bdquo", 0x201E, false},
    {"hellip", 0x2026, false},
    {"NoBreak", 0x2060, false},
    {"ApplyFunction", 0x2061, false},
    {"af", 0x2061, false},
    {"InvisibleTimes", 0x2062, false},
    {"it", 0x2062, false},
    {"InvisibleComma", 0x2063, false},
    {"ic", 0x2063, false},
    {"euro", 0x20AC, false},
    {"NonBreakingSpace", 0xA0, false},
    {"NewLine", '\n', false},
    {"Tab", '\t', false},
};

std::optional<char32_t> named_entity(std::string_view name, bool legacy_only) {
  for (std::size_t k = 0; k < kLatin1Names.size(); ++k)
    if (kLatin1Names[k] == name) return static_cast<char32_t>(0xA0 + k);
  for (const Entity& e : kOtherEntities)
    if (e.name == name && (e.legacy || !legacy_only)) return e.cp;
  return std::nullopt;
}

/// Characters a reader does not see: between two letters they leave one word.
bool invisible(char32_t cp) {
  return cp == 0xAD || (cp >= 0x300 && cp <= 0x36F) || cp == 0x34F || cp == 0x180E || (cp >= 0x200B && cp <= 0x200F) ||
         (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x2069) ||
         cp == 0xFEFF;
}

// Tags a browser shows inside a line of text: a word split by one of them is one word.
constexpr std::string_view kInlineTags[] = {"a",    "abbr", "b",    "bdi",   "bdo",   "cite", "code",   "data",
                                            "del",  "dfn",  "em",   "font",  "i",     "ins",  "kbd",    "mark",
                                            "nobr", "q",    "s",    "samp",  "small", "span", "strike", "strong",
                                            "sub",  "sup",  "time", "tspan", "u",     "var",  "wbr"};

// Other tags of HTML, SVG and the sitemap; a tag in neither list may be a
// name typed between '<' and '>', so its name is searched too.
constexpr std::string_view kOtherTags[] = {"address",
                                           "area",
                                           "article",
                                           "aside",
                                           "audio",
                                           "base",
                                           "blockquote",
                                           "body",
                                           "br",
                                           "button",
                                           "canvas",
                                           "caption",
                                           "changefreq",
                                           "circle",
                                           "clippath",
                                           "col",
                                           "colgroup",
                                           "dd",
                                           "defs",
                                           "desc",
                                           "details",
                                           "dialog",
                                           "div",
                                           "dl",
                                           "dt",
                                           "ellipse",
                                           "embed",
                                           "fieldset",
                                           "figcaption",
                                           "figure",
                                           "footer",
                                           "foreignobject",
                                           "form",
                                           "g",
                                           "h1",
                                           "h2",
                                           "h3",
                                           "h4",
                                           "h5",
                                           "h6",
                                           "head",
                                           "header",
                                           "hgroup",
                                           "hr",
                                           "html",
                                           "iframe",
                                           "image",
                                           "img",
                                           "input",
                                           "label",
                                           "lastmod",
                                           "legend",
                                           "li",
                                           "line",
                                           "lineargradient",
                                           "link",
                                           "loc",
                                           "main",
                                           "marker",
                                           "math",
                                           "menu",
                                           "meta",
                                           "meter",
                                           "nav",
                                           "noscript",
                                           "object",
                                           "ol",
                                           "optgroup",
                                           "option",
                                           "output",
                                           "p",
                                           "path",
                                           "picture",
                                           "polygon",
                                           "polyline",
                                           "pre",
                                           "priority",
                                           "progress",
                                           "radialgradient",
                                           "rect",
                                           "script",
                                           "section",
                                           "select",
                                           "source",
                                           "stop",
                                           "style",
                                           "summary",
                                           "svg",
                                           "symbol",
                                           "table",
                                           "tbody",
                                           "td",
                                           "template",
                                           "text",
                                           "textarea",
                                           "tfoot",
                                           "th",
                                           "thead",
                                           "title",
                                           "tr",
                                           "track",
                                           "ul",
                                           "url",
                                           "urlset",
                                           "use",
                                           "video"};

bool inline_tag(std::string_view name) {
  return std::find(std::begin(kInlineTags), std::end(kInlineTags), name) != std::end(kInlineTags);
}

bool known_tag(std::string_view name) {
  return inline_tag(name) || std::find(std::begin(kOtherTags), std::end(kOtherTags), name) != std::end(kOtherTags);
}

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
int hex_value(char c) {
  if (is_digit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

/// What a byte is to the fast path: part of a word, a separator, or something to look at closely.
enum class ByteClass : unsigned char { word, separator, special };
constexpr std::array<ByteClass, 256> kByteClass = [] {
  std::array<ByteClass, 256> table{};
  for (int c = 0; c < 256; ++c) {
    bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    bool special = c >= 0x80 || c == '<' || c == '&' || c == '%' || c == '\\';
    table[c] = word ? ByteClass::word : special ? ByteClass::special : ByteClass::separator;
  }
  return table;
}();
ByteClass byte_class(char c) { return kByteClass[static_cast<unsigned char>(c)]; }

/// Which origins a Sink keeps: none, one per byte written, or only those of the
/// bytes at `wanted` positions (plus the word being written, for its pieces).
enum class Track { none, all, wanted };

/// The words being written: letters, and the separator owed before the next letter.
class Sink {
 public:
  /// `split_to`: where a word that an inline tag joined ("Dev<em>en</em>ter") also
  /// goes in its pieces, because CSS may show the pieces apart (two spans in a row).
  /// `wanted`: for Track::wanted, the positions in `out` to record, ascending.
  Sink(Track track, Sink* split_to, std::vector<std::size_t> wanted = {})
      : track_(track), split_to_(split_to), wanted_(std::move(wanted)) {}

  void letter(char c, std::size_t from) {
    if (pending_ == 0 && !join_pending_) [[likely]] {
      put(c, from);
      return;
    }
    if (pending_ != 0) {
      end_word();
      if (pending_ != 0 && !out.empty()) put(pending_, pending_from_);
      pending_ = 0;
      word_start_ = out.size();
      word_origins_.clear();
    } else if (join_pending_) {
      joins_.push_back(out.size());
    }
    join_pending_ = false;
    put(c, from);
  }
  void space(std::size_t from) {
    if (!joins_.empty()) end_word();
    join_pending_ = false;
    if (pending_ == 0) {
      pending_ = ' ';
      pending_from_ = from;
    }
  }
  /// A new segment: no phrase runs across this separator.
  void segment(std::size_t from) {
    end_word();
    join_pending_ = false;
    if (pending_ != '\n') {
      pending_ = '\n';
      pending_from_ = from;
    }
  }
  /// A run of ASCII letters and digits, `from` the offset of its first.
  void letters(std::string_view run, std::size_t from) {
    letter(lower(run[0]), from);
    if (track_ == Track::wanted) {
      for (std::size_t k = 1; k < run.size(); ++k) put(lower(run[k]), from + k);
      return;
    }
    const std::size_t old = out.size();
    out.append(run.data() + 1, run.size() - 1);
    for (std::size_t k = old; k < out.size(); ++k) out[k] = lower(out[k]);
    if (track_ == Track::all)
      for (std::size_t k = 1; k < run.size(); ++k) origins.push_back(from + k);
  }
  /// An inline tag: the letters on either side form one word, and its pieces are words too.
  void join() {
    if (pending_ == 0 && !out.empty()) join_pending_ = true;
  }
  /// Writes out what the last word owes; call before reading `out`.
  void finish() { end_word(); }

  std::string out;
  std::vector<std::size_t> origins;                        ///< Track::all: per byte of `out`
  std::vector<std::pair<std::size_t, std::size_t>> found;  ///< Track::wanted: position, origin

 private:
  void put(char c, std::size_t from) {
    if (track_ == Track::all) {
      origins.push_back(from);
    } else if (track_ == Track::wanted) {
      word_origins_.push_back(from);
      while (next_wanted_ < wanted_.size() && wanted_[next_wanted_] < out.size()) ++next_wanted_;
      if (next_wanted_ < wanted_.size() && wanted_[next_wanted_] == out.size()) found.emplace_back(out.size(), from);
    }
    out += c;
  }
  std::size_t origin_of(std::size_t k) const {
    if (track_ == Track::all) return origins[k];
    if (track_ == Track::wanted) return word_origins_[k - word_start_];
    return 0;
  }
  void end_word() {
    if (joins_.empty() || !split_to_) {
      joins_.clear();
      return;
    }
    std::size_t next_join = 0;
    for (std::size_t k = word_start_; k < out.size(); ++k) {
      const std::size_t from = origin_of(k);
      if (k == word_start_) split_to_->segment(from);
      if (next_join < joins_.size() && joins_[next_join] == k) {
        split_to_->space(from);
        ++next_join;
      }
      split_to_->letter(out[k], from);
    }
    joins_.clear();
  }

  Track track_;
  Sink* split_to_;
  std::vector<std::size_t> wanted_;
  std::size_t next_wanted_ = 0;
  char pending_ = 0;
  std::size_t pending_from_ = 0;
  std::size_t word_start_ = 0;             ///< where the word being written starts in `out`
  std::vector<std::size_t> word_origins_;  ///< Track::wanted: the origins of that word's bytes
  std::vector<std::size_t> joins_;         ///< where an inline tag joined it
  bool join_pending_ = false;
};

/// Adds one character, decoded, to `sink`.
void emit(Sink& sink, char32_t cp, std::size_t from) {
  if (cp < 0x80) {
    char c = static_cast<char>(cp);
    if (c >= 'A' && c <= 'Z') {
      sink.letter(static_cast<char>(c - 'A' + 'a'), from);
    } else if ((c >= 'a' && c <= 'z') || is_digit(c)) {
      sink.letter(c, from);
    } else {
      sink.space(from);
    }
    return;
  }
  if (invisible(cp)) return;
  if (const char* folded = fold_latin(cp)) {
    for (; *folded; ++folded) sink.letter(*folded, from);
    return;
  }
  sink.space(from);
}

class Normaliser {
 public:
  Normaliser(std::string_view text, Track track, std::vector<std::size_t> main_wanted = {},
             std::vector<std::size_t> side_wanted = {})
      : t_(text), main_(track, &side_, std::move(main_wanted)), side_(track, nullptr, std::move(side_wanted)) {}

  const std::vector<std::pair<std::size_t, std::size_t>>& main_found() const { return main_.found; }
  const std::vector<std::pair<std::size_t, std::size_t>>& side_found() const { return side_.found; }
  /// After run: the length of the visible text's words.
  std::size_t main_size() const { return main_size_; }

  std::string run(std::vector<std::size_t>* origins) {
    main_.out.reserve(t_.size());
    std::size_t i = 0;
    while (i < t_.size()) {
      if (t_[i] == '<') {
        if (std::size_t next = markup(i)) {
          i = next;
          continue;
        }
      }
      i = step(i, t_.size(), main_);
    }
    main_.finish();
    main_size_ = main_.out.size();
    std::string out = std::move(main_.out);
    if (origins) *origins = std::move(main_.origins);
    if (!side_.out.empty()) {
      if (!out.empty()) {
        out += '\n';
        if (origins) origins->push_back(side_.origins.front());
      }
      out += side_.out;
      if (origins) origins->insert(origins->end(), side_.origins.begin(), side_.origins.end());
    }
    return out;
  }

 private:
  /// Text [from, to) into `sink`, references and escapes decoded, tags not looked for.
  void plain(std::size_t from, std::size_t to, Sink& sink) {
    for (std::size_t i = from; i < to;) i = step(i, to, sink);
  }

  /// A run of word bytes or of separators at `i`, or else one character; returns where the next step starts.
  std::size_t step(std::size_t i, std::size_t to, Sink& sink) {
    switch (byte_class(t_[i])) {
      case ByteClass::word: {
        std::size_t j = i + 1;
        while (j < to && byte_class(t_[j]) == ByteClass::word) ++j;
        sink.letters(t_.substr(i, j - i), i);
        return j;
      }
      case ByteClass::separator: {
        sink.space(i);
        std::size_t j = i + 1;
        while (j < to && byte_class(t_[j]) == ByteClass::separator) ++j;
        return j;
      }
      case ByteClass::special:
        break;
    }
    return character(i, to, sink);
  }

  /// The character at `i` (a reference or escape counts as one) into `sink`; returns where the next one starts.
  std::size_t character(std::size_t i, std::size_t to, Sink& sink) {
    const char c = t_[i];
    if ((c >= 'a' && c <= 'z') || is_digit(c)) [[likely]] {
      sink.letter(c, i);
      return i + 1;
    }
    if (c == '&') {
      if (auto [cp, len] = reference(i, to); len > 0) {
        emit(sink, cp, i);
        return i + len;
      }
    } else if (c == '%') {
      if (std::size_t len = percent_escapes(i, to, sink)) return i + len;
    } else if (c == '\\' && i + 1 < to) {
      if (std::size_t len = json_escape(i, to, sink)) return i + len;
    }
    if (static_cast<unsigned char>(c) < 0x80) {
      emit(sink, static_cast<unsigned char>(c), i);
      return i + 1;
    }
    char32_t cp = 0;
    std::size_t len = decode_utf8(t_.substr(0, to), i, cp);
    if (len == 0) {
      sink.space(i);
      return i + 1;
    }
    emit(sink, cp, i);
    return i + len;
  }

  /// &name; &#NN; &#xNN; at `i`: the code point and the length; length 0 when there is none.
  std::pair<char32_t, std::size_t> reference(std::size_t i, std::size_t to) const {
    std::size_t j = i + 1;
    if (j < to && t_[j] == '#') {
      ++j;
      const bool hex = j < to && (t_[j] == 'x' || t_[j] == 'X');
      if (hex) ++j;
      const std::size_t digits = j;
      std::uint32_t value = 0;
      for (; j < to && (hex ? hex_value(t_[j]) >= 0 : is_digit(t_[j])); ++j)
        value =
            std::min<std::uint32_t>(0x110000, value * (hex ? 16 : 10) + static_cast<std::uint32_t>(hex_value(t_[j])));
      if (j == digits) return {0, 0};
      if (j < to && t_[j] == ';') ++j;
      char32_t cp = value;
      if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
      return {cp, j - i};
    }
    while (j < to && j - i <= 32 && (is_alpha(t_[j]) || is_digit(t_[j]))) ++j;
    std::string_view name = t_.substr(i + 1, j - i - 1);
    if (name.empty()) return {0, 0};
    if (j < to && t_[j] == ';')
      if (auto cp = named_entity(name, false)) return {*cp, j + 1 - i};
    // As a browser reads "&shyter": the longest legacy name that starts the word.
    for (std::size_t k = std::min<std::size_t>(name.size(), 6); k >= 2; --k)
      if (auto cp = named_entity(name.substr(0, k), true)) return {*cp, k + 1};
    return {0, 0};
  }

  /// A run of %XX at `i` when its bytes are valid UTF-8 (Den%20Bosch, Frysl%C3%A2n): decoded into
  /// `sink`, returning the run's length; else 0 and the '%' is an ordinary character.
  std::size_t percent_escapes(std::size_t i, std::size_t to, Sink& sink) {
    std::string bytes;
    std::vector<std::size_t> from;
    std::size_t j = i;
    while (j + 2 < to && t_[j] == '%' && hex_value(t_[j + 1]) >= 0 && hex_value(t_[j + 2]) >= 0) {
      bytes += static_cast<char>(hex_value(t_[j + 1]) * 16 + hex_value(t_[j + 2]));
      from.push_back(j);
      j += 3;
    }
    if (bytes.empty()) return 0;
    std::vector<std::pair<char32_t, std::size_t>> decoded;
    for (std::size_t k = 0; k < bytes.size();) {
      char32_t cp = static_cast<unsigned char>(bytes[k]);
      std::size_t len = cp < 0x80 ? 1 : decode_utf8(bytes, k, cp);
      if (len == 0) return 0;
      decoded.emplace_back(cp, from[k]);
      k += len;
    }
    for (auto [cp, at] : decoded) emit(sink, cp, at);
    return j - i;
  }

  /// JSON's \uXXXX (with surrogate pairs) and \n, \t, \", … at `i`; 0 when there is none.
  std::size_t json_escape(std::size_t i, std::size_t to, Sink& sink) {
    const char next = t_[i + 1];
    if (next == 'u') {
      auto hex4 = [&](std::size_t at) -> int {
        if (at + 4 > to) return -1;
        int v = 0;
        for (std::size_t k = at; k < at + 4; ++k) {
          int h = hex_value(t_[k]);
          if (h < 0) return -1;
          v = v * 16 + h;
        }
        return v;
      };
      int v = hex4(i + 2);
      if (v < 0) return 0;
      std::size_t len = 6;
      char32_t cp = static_cast<char32_t>(v);
      if (cp >= 0xD800 && cp <= 0xDBFF && i + 7 < to && t_[i + 6] == '\\' && t_[i + 7] == 'u') {
        int low = hex4(i + 8);
        if (low >= 0xDC00 && low <= 0xDFFF) {
          cp = 0x10000 + ((cp - 0xD800) << 10) + static_cast<char32_t>(low - 0xDC00);
          len = 12;
        }
      }
      if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
      emit(sink, cp, i);
      return len;
    }
    if (next == 'n' || next == 'r' || next == 't' || next == 'b' || next == 'f' || next == '"' || next == '/' ||
        next == '\\') {
      sink.space(i);
      return 2;
    }
    return 0;
  }

  /// A tag, comment or declaration at '<' (offset `i`); returns where the text goes on,
  /// or 0 when the '<' is an ordinary character ("a < b", or no '>' follows).
  std::size_t markup(std::size_t i) {
    const std::size_t n = t_.size();
    if (t_.substr(i, 4) == "<!--") {
      std::size_t end = t_.find("-->", i + 4);
      std::size_t after = end == std::string_view::npos ? n : end + 3;
      if (end == std::string_view::npos) end = n;
      // Invisible on the page but there for anyone who views the source.
      side_.segment(i);
      plain(i + 4, end, side_);
      return after;
    }
    if (i + 1 < n && (t_[i + 1] == '!' || t_[i + 1] == '?')) {
      std::size_t end = find(0, '>', i + 2);
      if (end == std::string_view::npos) return 0;
      side_.segment(i);
      plain(i + 2, end, side_);
      return end + 1;
    }
    const bool closing = i + 1 < n && t_[i + 1] == '/';
    const std::size_t name_from = i + (closing ? 2 : 1);
    if (name_from >= n || !is_alpha(t_[name_from])) return 0;
    std::size_t name_to = name_from;
    while (name_to < n && !is_space(t_[name_to]) && t_[name_to] != '/' && t_[name_to] != '>') ++name_to;
    // The end of the tag: the first '>' outside a quoted attribute value.
    std::size_t end = name_to;
    char last = ' ';
    while (end < n && t_[end] != '>') {
      if (end >= none_after_[0]) return 0;
      char c = t_[end];
      if ((c == '"' || c == '\'') && last == '=') {
        std::size_t close = find(c == '"' ? 1 : 2, c, end + 1);
        if (close == std::string_view::npos) return 0;
        end = close + 1;
        last = c;
        continue;
      }
      if (!is_space(c)) last = c;
      ++end;
    }
    if (end >= n) {
      none_after_[0] = std::min(none_after_[0], name_to);
      return 0;
    }
    std::string name;
    for (std::size_t k = name_from; k < name_to && name.size() <= 32; ++k) name += lower(t_[k]);
    if (inline_tag(name)) {
      main_.join();
    } else {
      main_.space(i);
    }
    if (!known_tag(name)) {
      side_.segment(i);
      plain(name_from, name_to, side_);
    }
    if (name_to < end) {
      side_.segment(name_to);
      plain(name_to, end, side_);
    }
    if (!closing && (name == "script" || name == "style") && t_[end - 1] != '/') {
      // Raw text up to the end tag, which is then read as a tag.
      const std::string close = "</" + name;
      std::size_t k = end + 1;
      while (k < n) {
        k = t_.find("</", k);
        if (k == std::string_view::npos) {
          k = n;
          break;
        }
        std::string candidate;
        for (std::size_t m = k; m < k + close.size() && m < n; ++m) candidate += lower(t_[m]);
        if (candidate == close) break;
        k += 2;
      }
      side_.segment(end + 1);
      plain(end + 1, k, side_);
      return k;
    }
    return end + 1;
  }

  /// t_.find(c, from), remembering where a search found nothing: a page with
  /// many '<' and no '>' after them would otherwise take quadratic time.
  std::size_t find(int which, char c, std::size_t from) {
    if (from >= none_after_[which]) return std::string_view::npos;
    std::size_t at = t_.find(c, from);
    if (at == std::string_view::npos) none_after_[which] = from;
    return at;
  }

  std::string_view t_;
  std::size_t main_size_ = 0;
  /// For '>', '"' and '\'': from here on the text has none.
  std::size_t none_after_[3] = {std::string_view::npos, std::string_view::npos, std::string_view::npos};
  Sink main_;
  Sink side_;
};

}  // namespace

std::string normalise_text(std::string_view text, std::vector<std::size_t>* origins) {
  return Normaliser(text, origins ? Track::all : Track::none).run(origins);
}

std::vector<std::size_t> origins_at(std::string_view text, std::string_view words,
                                    const std::vector<std::size_t>& offsets) {
  // The visible text never holds a '\n': when there is any, the first '\n'
  // starts the segments, which a second Sink writes counting from 0. When
  // there is none, the words are all segments. Which of the two is known only
  // after the run, so the segments' Sink is asked for both.
  const std::size_t first_break = words.find('\n');
  std::vector<std::size_t> main_wanted, side_wanted;
  for (std::size_t at : offsets) {
    main_wanted.push_back(at);
    side_wanted.push_back(at);
    if (first_break != std::string_view::npos && at >= first_break)
      side_wanted.push_back(at == first_break ? 0 : at - first_break - 1);
  }
  for (auto* list : {&main_wanted, &side_wanted}) {
    std::sort(list->begin(), list->end());
    list->erase(std::unique(list->begin(), list->end()), list->end());
  }
  Normaliser n(text, Track::wanted, std::move(main_wanted), std::move(side_wanted));
  n.run(nullptr);
  const std::size_t main_size = n.main_size();
  auto lookup = [](const std::vector<std::pair<std::size_t, std::size_t>>& found, std::size_t at) -> std::size_t {
    auto it = std::lower_bound(found.begin(), found.end(), std::make_pair(at, std::size_t{0}));
    return it != found.end() && it->first == at ? it->second : 0;
  };
  std::vector<std::size_t> out;
  out.reserve(offsets.size());
  for (std::size_t at : offsets) {
    if (at < main_size) {
      out.push_back(lookup(n.main_found(), at));
    } else if (main_size == 0) {
      out.push_back(lookup(n.side_found(), at));
    } else {
      out.push_back(lookup(n.side_found(), at == main_size ? 0 : at - main_size - 1));
    }
  }
  return out;
}

}  // namespace spiegel
