#include "text/blocks.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <sstream>

#include "base/edit_distance.h"
#include "base/text.h"
#include "base/theme_names.h"
#include "text/shortcode_parser.h"

namespace spiegel {

namespace {

struct KindSpec {
  const char* kind;
  const char* label;
  bool numbered;
  std::vector<std::string> attrs;  ///< besides thema
};

const std::vector<KindSpec>& kind_specs() {
  static const std::vector<KindSpec> specs = {
      {"hoofdvraag", "Hoofdvraag", false, {}},
      {"antwoord", "Antwoord op de hoofdvraag", false, {}},
      {"deelvraag", "Deelvraag", true, {}},
      {"norm", "Norm", true, {"oordeel", "deelvraag"}},
      {"bevindingen", "Bevindingen", false, {}},
      {"conclusie", "Conclusie", true, {}},
      {"aanbeveling", "Aanbeveling", true, {"aan", "conclusies"}},
      {"kader", "Kader", false, {"titel"}},
      {"tabel", "Tabel", true, {"titel", "bron"}},
      {"figuur", "Figuur", true, {"titel", "bron"}},
      {"bijlage", "Bijlage", true, {"titel"}},
      {"bestuurlijke_reactie", "Bestuurlijke reactie", false, {}},
      {"nawoord", "Nawoord", false, {}},
  };
  return specs;
}

const KindSpec* spec_of(const std::string& kind) {
  for (const KindSpec& s : kind_specs())
    if (kind == s.kind) return &s;
  return nullptr;
}

std::vector<std::string> split_list(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream in(s);
  for (std::string item; std::getline(in, item, ',');)
    if (!trim(item).empty()) out.emplace_back(trim(item));
  return out;
}

/// Parses "{#id key=value key="two words"}" into the block; false on a syntax problem.
bool parse_attributes(std::string braces, Block& b, std::string& problem) {
  if (braces.empty()) return true;
  if (braces.front() != '{' || braces.back() != '}') {
    problem = "de kenmerken van een blok staan tussen accolades, zoals {#kosten aan=raad}";
    return false;
  }
  std::optional<std::vector<std::string>> words = split_quoted_words(braces.substr(1, braces.size() - 2));
  if (!words) {
    problem = "aanhalingsteken '\"' wordt niet gesloten";
    return false;
  }
  for (const std::string& word : *words) {
    if (word.starts_with("#")) {
      b.id = word.substr(1);
      b.own_id = true;
    } else if (auto eq = word.find('='); eq != std::string::npos) {
      b.attrs[word.substr(0, eq)] = word.substr(eq + 1);
    } else {
      problem = fmt::format("'{}' is geen kenmerk — schrijf #id of sleutel=waarde", word);
      return false;
    }
  }
  return true;
}

bool valid_id(const std::string& id) {
  if (id.empty()) return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) return false;
  return true;
}

/// A writer's own {#id} must be usable as an anchor.
void check_own_id(const Block& b, Diagnostics& diags) {
  if (b.own_id && !valid_id(b.id))
    diags.error(b.loc, fmt::format("ongeldige id '{}' — gebruik kleine letters, cijfers en '-'", b.id));
}

void report_taken_id(const Block& b, int first_line, Diagnostics& diags) {
  diags.error(b.loc, fmt::format("de id '{}' is al gebruikt op regel {}", b.id, first_line));
}

/// Checks one block's attributes against its kind.
void check_block(Block& b, Diagnostics& diags) {
  const KindSpec* spec = spec_of(b.kind);
  std::vector<std::string> allowed = spec->attrs;
  allowed.push_back("thema");
  for (const auto& [key, value] : b.attrs)
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
      diags.error(b.loc, fmt::format("{}: onbekend kenmerk '{}'", b.kind, key), suggest(key, allowed));
  auto require_choice = [&](const std::string& key, const std::vector<std::string>& values) {
    auto it = b.attrs.find(key);
    std::string options;
    for (const std::string& v : values) options += (options.empty() ? "" : "|") + v;
    if (it == b.attrs.end()) {
      diags.error(b.loc, fmt::format("{} zonder '{}=' — schrijf bijvoorbeeld {}={}", b.kind, key, key, values[0]));
    } else if (std::find(values.begin(), values.end(), it->second) == values.end()) {
      diags.error(b.loc, fmt::format("{}: '{}={}' is onbekend (kies {})", b.kind, key, it->second, options),
                  suggest(it->second, values));
    }
  };
  if (b.kind == "aanbeveling") {
    require_choice("aan", {"raad", "college"});
    if (b.attrs.count("conclusies")) b.conclusies = split_list(b.attrs["conclusies"]);
  }
  if (b.kind == "norm") require_choice("oordeel", {"voldoet", "deels", "voldoet_niet"});
}

}  // namespace

const Block* BlockScan::find(const std::string& id) const {
  for (const Block& b : blocks)
    if (b.id == id) return &b;
  return nullptr;
}

const std::vector<std::string>& block_kinds() {
  static const std::vector<std::string> kinds = [] {
    std::vector<std::string> k;
    for (const KindSpec& s : kind_specs()) k.push_back(s.kind);
    return k;
  }();
  return kinds;
}

std::string block_label(const std::string& kind) {
  const KindSpec* spec = spec_of(kind);
  return spec ? spec->label : kind;
}

BlockScan scan_blocks(const std::string& text, const std::string& file, int first_line, std::size_t first_fragment,
                      Diagnostics& diags) {
  BlockScan scan;
  // Open blocks, innermost last; each collects its own text.
  struct Open {
    std::size_t block;
    std::string text;
    std::vector<int> lines;
  };
  std::vector<Open> stack;
  std::string* out = &scan.text;
  std::vector<int>* out_lines = &scan.lines;
  std::istringstream in(text);
  int line = first_line - 1;
  std::string code_fence;  // inside ``` or ~~~ code, ':::' is just text
  for (std::string raw; std::getline(in, raw);) {
    ++line;
    std::string l(trim(raw));
    if (l.starts_with("```") || l.starts_with("~~~")) {
      if (code_fence.empty())
        code_fence = l.substr(0, 3);
      else if (l.starts_with(code_fence))
        code_fence.clear();
    }
    bool fence = code_fence.empty() && l.starts_with(":::") &&
                 (l.size() == 3 || l[3] == ' ' || std::isalpha(static_cast<unsigned char>(l[3])));
    if (!fence) {
      *out += raw + "\n";
      out_lines->push_back(line);
      continue;
    }
    std::string rest(trim(std::string_view(l).substr(3)));
    if (rest.empty()) {  // a closing fence
      if (stack.empty()) {
        diags.error({file, line, 1}, "':::' sluit een blok dat niet geopend is");
        continue;
      }
      Block& b = scan.blocks[stack.back().block];
      b.inner = std::move(stack.back().text);
      b.lines = std::move(stack.back().lines);
      stack.pop_back();
      out = stack.empty() ? &scan.text : &stack.back().text;
      out_lines = stack.empty() ? &scan.lines : &stack.back().lines;
      // Blank lines around the placeholder make it a paragraph of its own.
      *out += "\n" + shortcode_placeholder(b.fragment) + "\n\n";
      out_lines->insert(out_lines->end(), 3, b.loc.line);
      continue;
    }
    Block b;
    b.loc = {file, line, 1};
    std::size_t space = rest.find_first_of(" \t{");  // a tab separates as a space does
    b.kind = rest.substr(0, space);
    std::string problem;
    if (!spec_of(b.kind)) {
      diags.error(b.loc, fmt::format("onbekend soort blok '{}'", b.kind), suggest(b.kind, block_kinds()));
      b.kind = "kader";  // keep going, so that its closing fence still matches
    } else if (!parse_attributes(
                   space == std::string::npos ? "" : std::string(trim(std::string_view(rest).substr(space))), b,
                   problem)) {
      diags.error(b.loc, fmt::format("{}: {}", b.kind, problem));
    } else {
      check_block(b, diags);
    }
    check_own_id(b, diags);
    b.fragment = first_fragment + scan.blocks.size();
    scan.blocks.push_back(std::move(b));
    stack.push_back({scan.blocks.size() - 1, {}, {}});
    out = &stack.back().text;
    out_lines = &stack.back().lines;
  }
  for (const Open& o : stack)
    diags.error(scan.blocks[o.block].loc,
                fmt::format("blok '{}' wordt niet gesloten — zet een regel ':::' onder de tekst van het blok",
                            scan.blocks[o.block].kind));

  // Numbers per kind, generated ids, unique ids.
  std::map<std::string, int> counters;
  std::map<std::string, int> seen;
  for (Block& b : scan.blocks) {
    const KindSpec* spec = spec_of(b.kind);
    if (spec && spec->numbered) b.number = ++counters[b.kind];
    if (!b.own_id) b.id = b.number ? fmt::format("{}-{}", b.kind, b.number) : b.kind;
    if (auto [it, fresh] = seen.emplace(b.id, b.loc.line); !fresh) {
      if (b.own_id)
        report_taken_id(b, it->second, diags);
      else
        b.id = fmt::format("{}-{}", b.id, b.loc.line);  // a second unnumbered block of a kind
    }
  }
  // Cross-references: an aanbeveling rests on conclusies; each conclusie learns which.
  std::vector<std::string> conclusie_ids;
  for (const Block& b : scan.blocks)
    if (b.kind == "conclusie") conclusie_ids.push_back(b.id);
  for (Block& b : scan.blocks) {
    for (const std::string& c : b.conclusies) {
      auto it = std::find_if(scan.blocks.begin(), scan.blocks.end(),
                             [&](const Block& x) { return x.kind == "conclusie" && x.id == c; });
      if (it == scan.blocks.end()) {
        diags.error(b.loc, fmt::format("aanbeveling verwijst naar onbekende conclusie '{}'", c),
                    suggest(c, conclusie_ids));
        continue;
      }
      it->aanbevelingen.push_back(b.id);
    }
  }
  for (Block& b : scan.blocks)
    if (b.kind == "norm" && b.attrs.count("deelvraag")) {
      const Block* d = scan.find(b.attrs["deelvraag"]);
      if (!d || d->kind != "deelvraag") {
        std::vector<std::string> ids;
        for (const Block& x : scan.blocks)
          if (x.kind == "deelvraag") ids.push_back(x.id);
        diags.error(b.loc, fmt::format("norm verwijst naar onbekende deelvraag '{}'", b.attrs["deelvraag"]),
                    suggest(b.attrs["deelvraag"], ids));
      }
    }
  // "De kosten" and "de kosten" are one theme in the summary, headed as first written.
  ThemeNames themes;
  for (Block& b : scan.blocks) {
    auto thema = b.attrs.find("thema");
    if (thema == b.attrs.end() || thema->second.empty()) continue;
    bool merged = false;
    const std::string first = themes.canonical(thema->second, merged);
    if (merged)
      diags.warning(b.loc, fmt::format("thema '{}' geldt als '{}' (alleen hoofdletters of spaties verschillen); "
                                       "schrijf het overal hetzelfde",
                                       thema->second, first));
    thema->second = first;
  }
  return scan;
}

void add_shortcode_blocks(BlockScan& scan, const std::vector<ShortcodeCall>& calls, Diagnostics& diags) {
  bool any = false;
  for (std::size_t i = 0; i < calls.size(); ++i) {
    const ShortcodeCall& call = calls[i];
    const bool table = call.name == "tabel" || call.name == "kenmerken";
    if (!table && call.name != "grafiek" && call.name != "kaart") continue;
    Block b;
    b.kind = table ? "tabel" : "figuur";
    b.loc = call.loc;
    b.fragment = i;
    b.from_shortcode = true;
    if (auto id = call.named.find("id"); id != call.named.end()) {
      b.id = id->second;
      b.own_id = true;
      check_own_id(b, diags);
      if (const Block* other = valid_id(b.id) ? scan.find(b.id) : nullptr) report_taken_id(b, other->loc.line, diags);
    }
    scan.blocks.push_back(std::move(b));
    any = true;
  }
  if (!any) return;
  // Document order; a block's fence comes before what it holds, so nesting order is kept.
  std::stable_sort(scan.blocks.begin(), scan.blocks.end(), [](const Block& a, const Block& b) {
    return std::pair(a.loc.line, a.loc.column) < std::pair(b.loc.line, b.loc.column);
  });
  // Renumber both kinds: a shortcode's table or figure may stand between two blocks of its kind.
  std::map<std::string, int> number;
  for (Block& b : scan.blocks) {
    if (b.kind != "tabel" && b.kind != "figuur") continue;
    b.number = ++number[b.kind];
    if (!b.own_id) b.id = fmt::format("{}-{}", b.kind, b.number);
  }
}

void number_per_chapter(BlockScan& scan, const std::vector<int>& chapters) {
  std::map<std::pair<int, std::string>, int> number;
  for (Block& b : scan.blocks) {
    if ((b.kind != "tabel" && b.kind != "figuur") || !b.number) continue;
    const auto after = std::upper_bound(chapters.begin(), chapters.end(), b.loc.line);
    b.chapter = static_cast<int>(after - chapters.begin());
    b.number = ++number[{b.chapter, b.kind}];
  }
}

const Block* shortcode_block(const BlockScan& scan, const ShortcodeCall& call) {
  for (const Block& b : scan.blocks)
    if (b.from_shortcode && b.loc.line == call.loc.line && b.loc.column == call.loc.column) return &b;
  return nullptr;
}

NormJudgement judgement_of(const std::string& oordeel) {
  if (oordeel == "voldoet") return {"Voldoet", "✔"};
  if (oordeel == "deels") return {"Voldoet deels", "◐"};
  if (oordeel == "voldoet_niet") return {"Voldoet niet", "✘"};
  return {"", ""};
}

std::string block_title(const Block& b) {
  std::string label = block_label(b.kind);
  if ((b.kind == "kader" || b.kind == "bijlage") && b.attrs.count("titel")) {
    std::string numbered = b.number ? fmt::format("{} {}", label, b.number) : label;
    return numbered + ": " + b.attrs.at("titel");
  }
  if (b.chapter) return fmt::format("{} {}.{}", label, b.chapter, b.number);
  return b.number ? fmt::format("{} {}", label, b.number) : label;
}

std::string block_reference(const Block& b) {
  if (b.kind == "kader") return block_title(b);
  // "tabel 2", "conclusie 3": in running text, lower case and without the title.
  std::string label = block_label(b.kind);
  label[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(label[0])));
  if (b.chapter) return fmt::format("{} {}.{}", label, b.chapter, b.number);
  return b.number ? fmt::format("{} {}", label, b.number) : label;
}

}  // namespace spiegel
