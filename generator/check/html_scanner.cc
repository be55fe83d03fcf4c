#include "check/html_scanner.h"

#include <algorithm>

namespace spiegel {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lowered(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), lower);
  return out;
}

void append_utf8(std::string& out, unsigned long cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

/// Walks the page, keeping the line number of the current position.
class Scanner {
 public:
  explicit Scanner(std::string_view html) : s_(html) {}

  std::vector<HtmlToken> run() {
    std::size_t text_start = 0;
    int text_line = 1;
    while (pos_ < s_.size()) {
      if (s_[pos_] != '<') {
        advance(1);
        continue;
      }
      std::size_t lt = pos_;
      int lt_line = line_;
      if (starts("<!--")) {
        flush_text(text_start, lt, text_line);
        skip_past("-->", 4);
      } else if (starts("<!") || starts("<?")) {
        flush_text(text_start, lt, text_line);
        skip_past(">", 2);
      } else if (starts("</") && pos_ + 2 < s_.size() && is_alpha(s_[pos_ + 2])) {
        flush_text(text_start, lt, text_line);
        advance(2);
        tag(HtmlToken::Kind::end_tag, lt_line);
      } else if (pos_ + 1 < s_.size() && is_alpha(s_[pos_ + 1])) {
        flush_text(text_start, lt, text_line);
        advance(1);
        tag(HtmlToken::Kind::start_tag, lt_line);
        const std::string& name = tokens_.back().name;
        if (name == "script" || name == "style") {
          skip_raw_text(name);
        } else if (name == "title" || name == "textarea") {
          std::size_t from = pos_;
          int from_line = line_;
          std::size_t end = find_end_tag(name);
          HtmlToken t;
          t.line = from_line;
          t.text = decode_references(s_.substr(from, end - from));
          if (!t.text.empty()) tokens_.push_back(std::move(t));
          advance(end - pos_);
        }
      } else {
        advance(1);  // a '<' that starts nothing is text
        continue;
      }
      text_start = pos_;
      text_line = line_;
    }
    flush_text(text_start, s_.size(), text_line);
    return std::move(tokens_);
  }

 private:
  bool starts(std::string_view p) const { return s_.substr(pos_, p.size()) == p; }

  void advance(std::size_t n) {
    n = std::min(n, s_.size() - pos_);
    line_ += static_cast<int>(std::count(s_.begin() + static_cast<std::ptrdiff_t>(pos_),
                                         s_.begin() + static_cast<std::ptrdiff_t>(pos_ + n), '\n'));
    pos_ += n;
  }

  void skip_past(std::string_view end, std::size_t min_skip) {
    std::size_t at = s_.find(end, std::min(pos_ + min_skip, s_.size()));
    advance(at == std::string_view::npos ? s_.size() - pos_ : at + end.size() - pos_);
  }

  /// Position of "</name" (any case) from here, or the end of the page.
  std::size_t find_end_tag(const std::string& name) const {
    for (std::size_t at = s_.find("</", pos_); at != std::string_view::npos; at = s_.find("</", at + 2))
      if (lowered(s_.substr(at + 2, name.size())) == name) return at;
    return s_.size();
  }

  void skip_raw_text(const std::string& name) { advance(find_end_tag(name) - pos_); }

  void flush_text(std::size_t from, std::size_t to, int line) {
    if (to <= from) return;
    HtmlToken t;
    t.line = line;
    t.text = decode_references(s_.substr(from, to - from));
    tokens_.push_back(std::move(t));
  }

  void skip_spaces() {
    while (pos_ < s_.size() && is_space(s_[pos_])) advance(1);
  }

  /// Reads a tag after "<" or "</", up to and including its '>'.
  void tag(HtmlToken::Kind kind, int line) {
    HtmlToken t;
    t.kind = kind;
    t.line = line;
    std::size_t from = pos_;
    while (pos_ < s_.size() && !is_space(s_[pos_]) && s_[pos_] != '/' && s_[pos_] != '>') advance(1);
    t.name = lowered(s_.substr(from, pos_ - from));
    while (pos_ < s_.size()) {
      skip_spaces();
      if (pos_ >= s_.size()) break;
      if (s_[pos_] == '>') {
        advance(1);
        break;
      }
      if (s_[pos_] == '/') {
        advance(1);
        if (pos_ < s_.size() && s_[pos_] == '>') {
          t.self_closing = true;
          advance(1);
          break;
        }
        continue;
      }
      // An attribute name may start with '=' (the tokenizer's rule); it ends
      // at space, '/', '>' or '='.
      std::size_t name_from = pos_;
      advance(1);
      while (pos_ < s_.size() && !is_space(s_[pos_]) && s_[pos_] != '/' && s_[pos_] != '>' && s_[pos_] != '=')
        advance(1);
      std::string name = lowered(s_.substr(name_from, pos_ - name_from));
      std::string value;
      skip_spaces();
      if (pos_ < s_.size() && s_[pos_] == '=') {
        advance(1);
        skip_spaces();
        if (pos_ < s_.size() && (s_[pos_] == '"' || s_[pos_] == '\'')) {
          char quote = s_[pos_];
          advance(1);
          std::size_t end = s_.find(quote, pos_);
          if (end == std::string_view::npos) end = s_.size();
          value = decode_references(s_.substr(pos_, end - pos_));
          advance(end - pos_ + 1);
        } else {
          std::size_t v = pos_;
          while (pos_ < s_.size() && !is_space(s_[pos_]) && s_[pos_] != '>') advance(1);
          value = decode_references(s_.substr(v, pos_ - v));
        }
      }
      if (kind == HtmlToken::Kind::start_tag && !t.attribute(name))
        t.attributes.emplace_back(std::move(name), std::move(value));
    }
    tokens_.push_back(std::move(t));
  }

  std::string_view s_;
  std::size_t pos_ = 0;
  int line_ = 1;
  std::vector<HtmlToken> tokens_;
};

}  // namespace

const std::string* HtmlToken::attribute(std::string_view wanted) const {
  for (const auto& [name, value] : attributes)
    if (name == wanted) return &value;
  return nullptr;
}

std::string decode_references(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    std::size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) {
      out += '&';
      continue;
    }
    std::string_view ref = s.substr(i + 1, semi - i - 1);
    if (ref.size() >= 2 && ref[0] == '#') {
      bool hex = ref[1] == 'x' || ref[1] == 'X';
      std::string_view digits = ref.substr(hex ? 2 : 1);
      unsigned long cp = 0;
      bool ok = !digits.empty();
      for (char c : digits) {
        int d = c >= '0' && c <= '9' ? c - '0' : hex && lower(c) >= 'a' && lower(c) <= 'f' ? lower(c) - 'a' + 10 : -1;
        if (d < 0)
          ok = false;
        else
          cp = std::min<unsigned long>(cp * (hex ? 16 : 10) + static_cast<unsigned long>(d), 0x110000);
      }
      if (ok) {
        append_utf8(out, cp);
        i = semi;
        continue;
      }
    }
    static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
        {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", "\xC2\xA0"}};
    bool named = false;
    for (const auto& [n, v] : kNamed)
      if (ref == n) {
        out += v;
        i = semi;
        named = true;
        break;
      }
    if (!named) out += '&';
  }
  return out;
}

std::vector<HtmlToken> scan_html(std::string_view html) { return Scanner(html).run(); }

}  // namespace spiegel
