// A small HTML tokenizer, enough for `check`: start and end tags with their
// attributes and line numbers, and text. It follows the HTML tokenizer where
// Spiegel's pages need it (quoted and unquoted attributes, comments, raw text
// in script and style, character references in values) and never fails: any
// input gives some list of tokens. Fuzzed by html_scanner_fuzz.cc.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace spiegel {

/// One piece of an HTML page.
struct HtmlToken {
  enum class Kind { start_tag, end_tag, text };
  Kind kind = Kind::text;
  std::string name;                                             ///< tag name, lower case; empty for text
  std::vector<std::pair<std::string, std::string>> attributes;  ///< names lower case, values decoded
  std::string text;                                             ///< for text: the characters, references decoded
  int line = 1;                                                 ///< where the token starts, 1-based
  bool self_closing = false;

  /// The value of attribute `name`, or nullptr when the tag does not have it.
  const std::string* attribute(std::string_view name) const;
};

/// The tokens of `html` in document order. Comments, doctypes and processing
/// instructions are dropped; script and style contents too.
std::vector<HtmlToken> scan_html(std::string_view html);

/// Decodes the character references HTML pages commonly carry (&amp; &lt; &gt;
/// &quot; &apos; &nbsp; &#NN; &#xNN;); any other '&' stays as it is.
std::string decode_references(std::string_view s);

}  // namespace spiegel
