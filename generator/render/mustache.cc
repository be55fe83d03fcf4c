#include "render/mustache.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "base/edit_distance.h"
#include "base/html_escape.h"
#include "base/text.h"
#include "render/source_marks.h"

namespace spiegel::mustache {

using nlohmann::json;

TemplateError::TemplateError(std::string file_, int line_, const std::string& msg)
    : std::runtime_error(
          (file_.empty() ? std::string() : file_ + (line_ > 0 ? ":" + std::to_string(line_) : "") + ": ") + msg),
      file(std::move(file_)),
      line(line_) {}

namespace {

enum class Kind : std::uint8_t {
  Text,        // literal template text
  Escaped,     // {{name}}
  Raw,         // {{{name}}} or {{&name}}
  Section,     // {{#name}}
  Inverted,    // {{^name}}
  Close,       // {{/name}}
  Comment,     // {{! ...}}
  Delimiters,  // {{=<% %>=}}
  Partial,     // {{>name}}
  Parent,      // {{<name}}
  Block,       // {{$name}}
};

bool is_opener(Kind k) { return k == Kind::Section || k == Kind::Inverted || k == Kind::Parent || k == Kind::Block; }

/// "sectie", as in "sectie 'x' is niet gesloten".
const char* noun(Kind k) {
  switch (k) {
    case Kind::Inverted:
      return "omgekeerde sectie";
    case Kind::Block:
      return "blok";
    case Kind::Parent:
      return "ouder-template";
    default:
      return "sectie";
  }
}

/// "geopende sectie", as in "past niet bij geopende sectie 'x'".
const char* opened_noun(Kind k) {
  switch (k) {
    case Kind::Inverted:
      return "geopende omgekeerde sectie";
    case Kind::Block:
      return "geopend blok";
    case Kind::Parent:
      return "geopende ouder-template";
    default:
      return "geopende sectie";
  }
}

bool is_space(char c) { return c == ' ' || c == '\t'; }

/// The leading spaces and tabs of `s`.
std::string_view leading_space(std::string_view s) {
  std::size_t n = 0;
  while (n < s.size() && is_space(s[n])) ++n;
  return s.substr(0, n);
}

/// Whether text is only spaces and tabs, optionally ended by "\n" or "\r\n".
bool is_blank(std::string_view s) {
  if (s.ends_with('\n')) s.remove_suffix(s.ends_with("\r\n") ? 2 : 1);
  return leading_space(s).size() == s.size();
}

}  // namespace

/// One node of a parsed template. Sections, inverted sections and blocks hold
/// their content; a parent holds only its block arguments.
struct Node {
  Kind kind = Kind::Text;
  bool line_start = false;  ///< begins a line of its template, so it gets the indentation
  bool standalone = false;  ///< the tag was alone on its line, which is not output
  int line = 0;
  std::string text;               ///< Text: the literal; tags: the name as written
  std::vector<std::string> path;  ///< the name split on '.'; empty for "."
  std::string indent;             ///< Partial/Parent: whitespace before the tag; Block: its content's indentation
  std::string newline;            ///< Block: line end to add unless the content ended its line
  std::vector<Node> children;
};

/// A parsed template.
struct Template {
  std::string file;
  std::size_t source_size = 0;
  std::vector<Node> nodes;
};

namespace {

/// A token of the flat scan. Standalone lines and block indentation are
/// decided on this flat list, where lines are still visible; nesting comes after.
struct Token {
  Token(Kind k, std::string t, int l, bool starts) : kind(k), text(std::move(t)), line(l), line_start(starts) {}

  Kind kind;
  std::string text;  // literal text or tag name
  int line;
  bool line_start;    // first token of its source line
  bool dead = false;  // text of a standalone line, not output
  bool standalone = false;
  std::string indent;                       // whitespace before a standalone tag
  std::string block_indent;                 // Block: the indentation its content is re-indented with
  std::string newline;                      // Block: the line end kept after `{{$b}}{{/b}}` alone on a line
  std::size_t partner = std::string::npos;  // opener <-> its Close
};

/// Sections, partials, parents and block overrides nest this deep at most:
/// rendering recurses once per level, so a template including itself, or
/// thousands of nested sections, end in an error instead of a crash.
constexpr int kMaxDepth = 100;

class Parser {
 public:
  Parser(std::string_view source, const std::string& file) : src_(source), file_(file) {}

  std::vector<Node> parse() {
    scan();
    match();
    for (std::size_t b = 0; b < tokens_.size();) {
      std::size_t e = b + 1;
      while (e < tokens_.size() && !tokens_[e].line_start) ++e;
      mark_standalone(b, e);
      b = e;
    }
    // Outer blocks first: their dedent changes the lines an inner block measures.
    for (std::size_t i = 0; i < tokens_.size(); ++i)
      if (tokens_[i].kind == Kind::Block && tokens_[i].standalone) dedent_block(i);
    return build();
  }

 private:
  [[noreturn]] void fail(int line, const std::string& msg) const { throw TemplateError(file_, line, msg); }

  bool at_line_start(std::size_t pos) const { return pos == 0 || src_[pos - 1] == '\n'; }

  /// Adds text as tokens that each end at a newline, so each line start is a token start.
  void add_text(std::size_t from, std::size_t to, int& line) {
    while (from < to) {
      std::size_t nl = src_.find('\n', from);
      std::size_t end = (nl == std::string_view::npos || nl >= to) ? to : nl + 1;
      tokens_.emplace_back(Kind::Text, std::string(src_.substr(from, end - from)), line, at_line_start(from));
      if (src_[end - 1] == '\n') ++line;
      from = end;
    }
  }

  void scan() {
    std::string open = "{{", close = "}}";
    std::size_t pos = 0;
    int line = 1;
    while (pos < src_.size()) {
      std::size_t start = src_.find(open, pos);
      if (start == std::string_view::npos) {
        add_text(pos, src_.size(), line);
        break;
      }
      add_text(pos, start, line);
      std::size_t body = start + open.size();
      char sigil = body < src_.size() ? src_[body] : '\0';
      Kind kind = Kind::Escaped;
      std::string closer = close;
      switch (sigil) {
        case '#':
          kind = Kind::Section;
          break;
        case '^':
          kind = Kind::Inverted;
          break;
        case '/':
          kind = Kind::Close;
          break;
        case '!':
          kind = Kind::Comment;
          break;
        case '>':
          kind = Kind::Partial;
          break;
        case '<':
          kind = Kind::Parent;
          break;
        case '$':
          kind = Kind::Block;
          break;
        case '&':
          kind = Kind::Raw;
          break;
        case '{':
          kind = Kind::Raw, closer = "}" + close;
          break;
        case '=':
          kind = Kind::Delimiters, closer = "=" + close;
          break;
        default:
          sigil = '\0';
      }
      if (sigil != '\0') ++body;
      std::size_t end = src_.find(closer, body);
      if (end == std::string_view::npos) fail(line, "tag '" + open + "' wordt niet gesloten met '" + closer + "'");
      std::string_view content = src_.substr(body, end - body);
      Token tok(kind, {}, line, at_line_start(start));
      for (char c : content) line += c == '\n';
      if (kind == Kind::Delimiters) {
        set_delimiters(content, open, close, tok.line);
      } else if (kind != Kind::Comment) {
        tok.text = std::string(trim(content));
        check_name(tok.text, std::string(src_.substr(start, end + closer.size() - start)), tok.line);
      }
      tokens_.push_back(std::move(tok));
      pos = end + closer.size();
    }
  }

  void set_delimiters(std::string_view content, std::string& open, std::string& close, int line) const {
    content = trim(content);
    std::size_t gap = content.find_first_of(" \t\r\n");
    std::string_view first = content.substr(0, gap);
    std::string_view second = gap == std::string_view::npos ? std::string_view() : trim(content.substr(gap));
    auto bad = [](std::string_view d) { return d.empty() || d.find_first_of(" \t\r\n=") != std::string_view::npos; };
    if (bad(first) || bad(second))
      fail(line, "ongeldige scheidingstekens '" + std::string(content) +
                     "': verwacht twee tekens of tekenreeksen zonder spaties en '=', zoals {{=<% %>=}}");
    open = first;
    close = second;
  }

  void check_name(const std::string& name, const std::string& tag, int line) const {
    if (name.empty()) fail(line, "tag '" + tag + "' heeft geen naam");
    if (name.find_first_of(" \t\r\n") != std::string::npos)
      fail(line, "tag '" + tag + "': naam '" + name + "' bevat een spatie");
  }

  /// Pairs each opener with its Close, or reports the first that does not fit.
  void match() {
    std::vector<std::size_t> open;
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      Token& t = tokens_[i];
      if (is_opener(t.kind)) {
        open.push_back(i);
      } else if (t.kind == Kind::Close) {
        if (open.empty()) fail(t.line, "sluittag '/" + t.text + "' zonder geopende sectie");
        Token& o = tokens_[open.back()];
        if (o.text != t.text)
          fail(t.line, "sluittag '/" + t.text + "' past niet bij " + opened_noun(o.kind) + " '" + o.text +
                           "' (geopend op regel " + std::to_string(o.line) + ")");
        o.partner = i;
        t.partner = open.back();
        open.pop_back();
      }
    }
    if (!open.empty()) {
      const Token& o = tokens_[open.back()];
      fail(o.line, std::string(noun(o.kind)) + " '" + o.text + "' is niet gesloten (geopend op regel " +
                       std::to_string(o.line) + ")");
    }
  }

  /// Applies the spec's standalone rule to the line of tokens [b, e): a line
  /// with one non-interpolation tag and otherwise only whitespace is not output.
  /// Inheritance adds pairs that count as one tag: `{{<p}}{{/p}}`,
  /// `{{<p}}{{$b}}`, `{{/b}}{{/p}}`, and `{{$b}}{{/b}}` (which keeps its newline).
  void mark_standalone(std::size_t b, std::size_t e) {
    std::size_t tags[2];
    std::size_t count = 0;
    for (std::size_t i = b; i < e; ++i) {
      if (tokens_[i].kind == Kind::Text) {
        if (!is_blank(tokens_[i].text)) return;
      } else {
        if (count == 2) return;
        tags[count++] = i;
      }
    }
    if (count == 0) return;
    Token& first = tokens_[tags[0]];
    std::string lead = tags[0] > b ? tokens_[b].text : std::string();
    if (count == 1) {
      if (first.kind == Kind::Escaped || first.kind == Kind::Raw) return;
    } else {
      if (tags[1] != tags[0] + 1) return;
      Token& second = tokens_[tags[1]];
      bool closes_first = second.kind == Kind::Close && second.partner == tags[0];
      if (first.kind == Kind::Block && closes_first) {
        // An empty block alone on its line is indented where it is expanded,
        // but its newline stays (spec discussion mustache/spec#131); the
        // renderer leaves it out after content that ends a line itself.
        for (std::size_t i = b; i < e; ++i) {
          Token& t = tokens_[i];
          if (t.kind != Kind::Text) continue;
          t.dead = true;
          if (i > tags[1]) first.newline = t.text.ends_with("\r\n") ? "\r\n" : t.text.ends_with('\n') ? "\n" : "";
        }
        first.standalone = true;
        first.line_start = true;
        first.indent = lead;
        return;
      }
      bool parent_pair = first.kind == Kind::Parent && (closes_first || second.kind == Kind::Block);
      bool close_pair = first.kind == Kind::Close && second.kind == Kind::Close &&
                        tokens_[first.partner].kind == Kind::Block && tokens_[second.partner].kind == Kind::Parent;
      if (!parent_pair && !close_pair) return;
      second.standalone = true;
      second.line_start = false;
    }
    for (std::size_t i = b; i < e; ++i)
      if (tokens_[i].kind == Kind::Text) tokens_[i].dead = true;
    first.standalone = true;
    first.line_start = true;  // the tag now begins its (invisible) line
    first.indent = lead;
  }

  /// Removes the common indentation of a standalone block's content lines and
  /// remembers it, so the content can be re-indented where it is expanded
  /// ("block indentation is removed at the site of definition and added at the
  /// site of expansion"). Whitespace-only lines become empty, as in Python's
  /// textwrap.dedent.
  void dedent_block(std::size_t open) {
    struct LineStart {
      std::size_t token;
      std::string_view lead;
      bool blank;
    };
    std::vector<LineStart> starts;
    const std::size_t close = tokens_[open].partner;
    bool first = true;
    for (std::size_t i = open + 1; i < close; ++i) {
      const Token& t = tokens_[i];
      if (t.dead) continue;
      bool starts_line = first || t.line_start;
      first = false;
      if (!starts_line) continue;
      if (t.kind == Kind::Text) {
        std::size_t next = i + 1;
        while (next < close && tokens_[next].dead) ++next;
        bool line_ends = t.text.ends_with('\n') || next == close || tokens_[next].line_start;
        starts.push_back({i, leading_space(t.text), line_ends && is_blank(t.text)});
      } else {
        starts.push_back({i, t.standalone ? std::string_view(t.indent) : std::string_view(), false});
      }
    }
    std::optional<std::string_view> margin;
    for (const LineStart& s : starts) {
      if (s.blank) continue;
      if (!margin) {
        margin = s.lead;
      } else {
        std::size_t n = 0;
        while (n < margin->size() && n < s.lead.size() && (*margin)[n] == s.lead[n]) ++n;
        margin = margin->substr(0, n);
      }
    }
    std::string cut(margin.value_or(std::string_view()));
    for (const LineStart& s : starts) {
      Token& t = tokens_[s.token];
      if (t.kind != Kind::Text)
        t.indent.erase(0, std::min(cut.size(), t.indent.size()));
      else if (s.blank)
        t.text.erase(
            0, t.text.find_first_not_of(" \t") == std::string::npos ? t.text.size() : t.text.find_first_not_of(" \t"));
      else
        t.text.erase(0, cut.size());
    }
    // Without indented content, the whitespace before the tag says where the content goes.
    tokens_[open].block_indent = cut.empty() ? tokens_[open].indent : cut;
  }

  static std::vector<std::string> split_path(const std::string& name) {
    std::vector<std::string> path;
    if (name == ".") return path;
    std::size_t from = 0;
    while (true) {
      std::size_t dot = name.find('.', from);
      path.push_back(name.substr(from, dot - from));
      if (dot == std::string::npos) break;
      from = dot + 1;
    }
    return path;
  }

  /// Nests the live tokens into nodes.
  std::vector<Node> build() {
    std::vector<Node> root;
    std::vector<std::vector<Node>*> levels{&root};
    // An invisible tag at the start of a line passes the line start to what follows it.
    bool carry = false;
    for (Token& t : tokens_) {
      if (t.dead) continue;
      bool line_start = t.line_start || carry;
      carry = false;
      std::vector<Node>& out = *levels.back();
      switch (t.kind) {
        case Kind::Comment:
        case Kind::Delimiters:
          carry = line_start && !t.standalone;
          continue;
        case Kind::Close: {
          carry = line_start && !t.standalone;
          levels.pop_back();
          Node& owner = levels.back()->back();
          // Only blocks count inside a parent tag; other content is ignored (spec).
          if (owner.kind == Kind::Parent)
            std::erase_if(owner.children, [](const Node& n) { return n.kind != Kind::Block; });
          continue;
        }
        case Kind::Text:
          if (t.text.empty()) continue;
          break;
        default:
          break;
      }
      Node n;
      n.kind = t.kind;
      n.line_start = line_start;
      n.standalone = t.standalone;
      n.line = t.line;
      n.text = std::move(t.text);
      if (n.kind == Kind::Escaped || n.kind == Kind::Raw || n.kind == Kind::Section || n.kind == Kind::Inverted)
        n.path = split_path(n.text);
      n.indent = n.kind == Kind::Block ? std::move(t.block_indent) : std::move(t.indent);
      n.newline = std::move(t.newline);
      out.push_back(std::move(n));
      if (is_opener(t.kind)) {
        if (levels.size() > static_cast<std::size_t>(kMaxDepth))
          fail(t.line, "'" + out.back().text + "' is meer dan " + std::to_string(kMaxDepth) +
                           " niveaus diep genest; sluit de secties eerder");
        levels.push_back(&out.back().children);
      }
    }
    return root;
  }

  std::string_view src_;
  const std::string& file_;
  std::vector<Token> tokens_;
};

/// The spec's `!!data`, read as JavaScript would; only the empty list differs (the spec makes it falsy).
bool truthy(const json& v) {
  switch (v.type()) {
    case json::value_t::null:
    case json::value_t::discarded:
      return false;
    case json::value_t::boolean:
      return v.get<bool>();
    case json::value_t::string:
      return !v.get_ref<const std::string&>().empty();
    case json::value_t::number_integer:
      return v.get<std::int64_t>() != 0;
    case json::value_t::number_unsigned:
      return v.get<std::uint64_t>() != 0;
    case json::value_t::number_float:
      return v.get<double>() != 0.0;
    case json::value_t::array:
      return !v.empty();
    default:
      return true;
  }
}

template <typename Int>
void append_int(std::string& out, Int value) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  out.append(buf, end);
}

/// How the first node of a node list stands to the line it is rendered on.
enum class First {
  Natural,   // as in the source (section content)
  Start,     // begins a line: a standalone partial, parent or block
  Continue,  // continues a line: an inline partial, parent or block
};

}  // namespace

/// One render() call: the context stack, the active parents and the output.
class Renderer {
 public:
  Renderer(const TemplateSet& set, const Template& root, const json& data, std::string& out, bool mark_sources)
      : set_(set), out_(out), current_(&root), mark_sources_(mark_sources) {
    context_.push_back(&data);
  }

  void run() { render(current_->nodes, {}, First::Start); }

 private:
  void render(const std::vector<Node>& nodes, std::string_view indent, First first) {
    for (std::size_t i = 0; i < nodes.size(); ++i) {
      const Node& n = nodes[i];
      bool line_start = (i == 0 && first != First::Natural) ? first == First::Start : n.line_start;
      // Indentation goes before every line of the template, as if the partial's
      // source had been indented; empty lines stay empty.
      if (line_start && !n.standalone && !indent.empty() &&
          (n.kind != Kind::Text || (n.text[0] != '\n' && !n.text.starts_with("\r\n"))))
        out_ += indent;
      switch (n.kind) {
        case Kind::Text:
          if (mark_sources_ && !n.text.empty()) out_ += source_mark(current_->file, n.line);
          out_ += n.text;
          break;
        case Kind::Escaped:
        case Kind::Raw:
          if (const json* v = lookup(n.path)) write_value(*v, n.kind == Kind::Escaped);
          break;
        case Kind::Section:
          section(n, indent);
          break;
        case Kind::Inverted:
          if (const json* v = lookup(n.path); !v || !truthy(*v)) render(n.children, indent, First::Natural);
          break;
        case Kind::Partial:
          include(n, indent);
          break;
        case Kind::Parent:
          parents_.push_back({&n, current_});
          include(n, indent);
          parents_.pop_back();
          break;
        case Kind::Block:
          block(n, indent);
          break;
        default:
          break;
      }
    }
  }

  void section(const Node& n, std::string_view indent) {
    const json* v = lookup(n.path);
    if (!v || !truthy(*v)) return;
    if (v->is_array()) {
      for (const json& item : *v) {
        context_.push_back(&item);
        render(n.children, indent, First::Natural);
        context_.pop_back();
      }
    } else {
      context_.push_back(v);
      render(n.children, indent, First::Natural);
      context_.pop_back();
    }
  }

  /// Renders the partial or parent named by n; a missing one renders as nothing (spec).
  void include(const Node& n, std::string_view indent) {
    auto it = set_.templates_.find(n.text);
    if (it == set_.templates_.end()) return;
    enter(n);
    const Template* caller = current_;
    current_ = it->second.get();
    if (n.standalone)
      render(current_->nodes, std::string(indent) + n.indent, First::Start);
    else
      render(current_->nodes, indent, First::Continue);
    current_ = caller;
    --depth_;
  }

  /// Renders a block with the argument of the outermost parent that passes
  /// one (top-level substitutions win), or else with its default content.
  void block(const Node& n, std::string_view indent) {
    const Node* content = &n;
    const Template* caller = current_;
    for (const auto& [parent, written_in] : parents_) {
      auto it = std::find_if(parent->children.begin(), parent->children.end(),
                             [&](const Node& arg) { return arg.text == n.text; });
      if (it != parent->children.end()) {
        content = &*it;
        current_ = written_in;  // the argument is text of the template that passed it
        break;
      }
    }
    enter(n);
    std::size_t before = out_.size();
    if (n.standalone)
      render(content->children, n.indent.empty() ? indent : std::string(indent) + n.indent, First::Start);
    else
      render(content->children, indent, First::Continue);
    if (!n.newline.empty() && (out_.size() == before || out_.back() != '\n')) out_ += n.newline;
    current_ = caller;
    --depth_;
  }

  void enter(const Node& n) {
    if (++depth_ > kMaxDepth)
      throw TemplateError(current_->file, n.line,
                          "'" + n.text + "' is meer dan " + std::to_string(kMaxDepth) +
                              " niveaus diep genest; roept een template zichzelf aan?");
  }

  /// The value a name refers to, or nullptr. The first part of a dotted name is
  /// looked up through the context stack; the rest only inside what it found.
  const json* lookup(const std::vector<std::string>& path) const {
    if (path.empty()) return context_.back();
    const json* v = nullptr;
    for (auto it = context_.rbegin(); it != context_.rend() && !v; ++it) {
      if (!(*it)->is_object()) continue;
      auto found = (*it)->find(path[0]);
      if (found != (*it)->end()) v = &*found;
    }
    for (std::size_t i = 1; v && i < path.size(); ++i) {
      if (!v->is_object()) return nullptr;
      auto found = v->find(path[i]);
      v = found == v->end() ? nullptr : &*found;
    }
    return v;
  }

  void write_value(const json& v, bool escape) {
    switch (v.type()) {
      case json::value_t::string: {
        const std::string& s = v.get_ref<const std::string&>();
        if (escape)
          append_escaped(out_, s);
        else
          out_ += s;
        return;
      }
      case json::value_t::number_integer:
        append_int(out_, v.get<std::int64_t>());
        return;
      case json::value_t::number_unsigned:
        append_int(out_, v.get<std::uint64_t>());
        return;
      case json::value_t::number_float: {
        // Whole numbers print without ".0", as in the spec's JavaScript-like data.
        double d = v.get<double>();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
          append_int(out_, static_cast<std::int64_t>(d));
        else
          out_ += v.dump();
        return;
      }
      case json::value_t::boolean:
        out_ += v.get<bool>() ? "true" : "false";
        return;
      case json::value_t::null:
      case json::value_t::discarded:
        return;
      default:
        if (escape)
          append_escaped(out_, v.dump());
        else
          out_ += v.dump();
    }
  }

  const TemplateSet& set_;
  std::string& out_;
  const Template* current_;  // whose nodes are rendered: for the file name in errors and marks
  bool mark_sources_;
  std::vector<const json*> context_;
  /// Active `{{<parent}}` tags, outermost first, with the template each stands in.
  std::vector<std::pair<const Node*, const Template*>> parents_;
  int depth_ = 0;
};

void TemplateSet::add(const std::string& name, std::string source, std::string file) {
  auto t = std::make_shared<Template>();
  t->file = file.empty() ? name : std::move(file);
  t->source_size = source.size();
  t->nodes = Parser(source, t->file).parse();
  templates_[name] = std::move(t);
}

bool TemplateSet::has(const std::string& name) const { return templates_.contains(name); }

std::string TemplateSet::render(const std::string& name, const json& data, bool mark_sources) const {
  auto it = templates_.find(name);
  if (it == templates_.end()) {
    std::vector<std::string> names;
    for (const auto& entry : templates_) names.push_back(entry.first);
    std::string msg = "onbekende template '" + name + "'";
    if (std::string s = suggest(name, names); !s.empty()) msg += " — bedoelt u '" + s + "'?";
    throw TemplateError(name, 0, msg);
  }
  std::string out;
  out.reserve(it->second->source_size * 2);
  Renderer(*this, *it->second, data, out, mark_sources).run();
  return out;
}

}  // namespace spiegel::mustache
