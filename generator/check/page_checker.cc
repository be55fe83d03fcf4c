#include "check/page_checker.h"

#include <fmt/format.h>

#include <map>

namespace spiegel {

namespace {

bool blank(const std::string* s) { return !s || s->find_first_not_of(" \t\r\n\xC2\xA0") == std::string::npos; }
bool has_text(const std::string& s) { return s.find_first_not_of(" \t\r\n") != std::string::npos; }

/// Own text alternative of an <svg> start tag (without looking at its children).
bool svg_labelled(const HtmlToken& t) {
  const std::string* hidden = t.attribute("aria-hidden");
  return (hidden && *hidden == "true") || !blank(t.attribute("aria-label")) || !blank(t.attribute("aria-labelledby"));
}

/// State of one open <figure>.
struct OpenFigure {
  int line = 0;
  bool has_alternative = false;  ///< figcaption with text, aria-label(ledby), or an image/chart with its own
  int caption_depth = 0;         ///< >0 while inside its <figcaption>
};

/// State of one open outermost <svg>; `open` false while none is. A flag,
/// not std::optional<OpenSvg>: GCC 12 took the optional's members for
/// maybe-uninitialized (-Wmaybe-uninitialized, a false positive).
struct OpenSvg {
  bool open = false;
  int line = 0;
  bool labelled = false;
  bool role_img = false;
  bool in_figure = false;
  int depth = 0;  ///< nested <svg> elements
  bool in_title = false;
};

}  // namespace

std::set<std::string> page_ids(const std::vector<HtmlToken>& tokens) {
  std::set<std::string> ids;
  for (const HtmlToken& t : tokens) {
    if (t.kind != HtmlToken::Kind::start_tag) continue;
    if (const std::string* id = t.attribute("id")) ids.insert(*id);
    if (const std::string* name = t.attribute("name"); name && t.name == "a") ids.insert(*name);
  }
  return ids;
}

void check_page(const std::string& file, const std::vector<HtmlToken>& tokens, std::vector<CheckProblem>& problems,
                const SourceMap* map) {
  auto problem = [&](int line, std::string message) { problems.push_back({file, line, std::move(message), {}}); };
  // Where an earlier line of the page was written, said from line `from`.
  auto place = [&](int line, int from) -> std::string {
    std::optional<SourceLoc> there = map ? map->find(line) : std::nullopt;
    if (!there) return fmt::format("regel {}", line);
    std::optional<SourceLoc> here = map->find(from);
    if (here && here->file == there->file) return fmt::format("regel {}", there->line);
    return fmt::format("{}:{}", there->file, there->line);
  };
  std::map<std::string, int> first_line_of_id;
  std::vector<std::pair<int, std::string>> id_references;  // (line, id)
  std::vector<OpenFigure> figures;
  OpenSvg svg;

  for (const HtmlToken& t : tokens) {
    if (t.kind == HtmlToken::Kind::text) {
      if (!figures.empty() && figures.back().caption_depth > 0 && has_text(t.text))
        figures.back().has_alternative = true;
      if (svg.open && svg.in_title && has_text(t.text)) svg.labelled = true;
      continue;
    }
    bool start = t.kind == HtmlToken::Kind::start_tag;
    if (start) {
      if (const std::string* id = t.attribute("id")) {
        if (id->empty()) {
          problem(t.line, fmt::format("<{}> heeft een leeg id", t.name));
        } else if (auto [it, fresh] = first_line_of_id.emplace(*id, t.line); !fresh) {
          problem(t.line, fmt::format("het id '{}' staat al op {}; een id mag maar één keer voorkomen", *id,
                                      place(it->second, t.line)));
        }
      }
      for (const char* attr : {"aria-labelledby", "aria-describedby"})
        if (const std::string* refs = t.attribute(attr)) {
          std::size_t pos = 0;
          while (pos < refs->size()) {
            std::size_t end = refs->find_first_of(" \t\n", pos);
            if (end == std::string::npos) end = refs->size();
            if (end > pos) id_references.emplace_back(t.line, refs->substr(pos, end - pos));
            pos = end + 1;
          }
        }
      if (t.name == "label")
        if (const std::string* target = t.attribute("for")) id_references.emplace_back(t.line, *target);
    }

    if (t.name == "img" && start) {
      const std::string* alt = t.attribute("alt");
      if (!alt) {
        const std::string* src = t.attribute("src");
        problem(t.line,
                fmt::format("afbeelding '{}' heeft geen alt-tekst (alt=\"\" als ze alleen versiert)", src ? *src : ""));
      } else if (!blank(alt) && !figures.empty()) {
        figures.back().has_alternative = true;
      }
    } else if (t.name == "figure") {
      if (start) {
        figures.push_back({t.line, !blank(t.attribute("aria-label")) || !blank(t.attribute("aria-labelledby")), 0});
      } else if (!figures.empty()) {
        if (!figures.back().has_alternative)
          problem(figures.back().line,
                  "figuur zonder tekstalternatief: geef een <figcaption> met tekst, of een alt-tekst of <title> bij de "
                  "afbeelding");
        figures.pop_back();
      }
    } else if (t.name == "figcaption" && !figures.empty()) {
      figures.back().caption_depth += start ? 1 : -1;
    } else if (t.name == "svg") {
      if (start && !svg.open) {
        const std::string* role = t.attribute("role");
        svg = OpenSvg{true, t.line, svg_labelled(t), role && *role == "img", !figures.empty(), 1, false};
        if (t.self_closing) svg.depth = 0;
      } else if (start && svg.open && !t.self_closing) {
        ++svg.depth;
      } else if (!start && svg.open) {
        --svg.depth;
      }
      if (svg.open && svg.depth == 0) {
        if (svg.labelled && svg.in_figure && !figures.empty()) figures.back().has_alternative = true;
        // A chart inside a figure may lean on the figcaption, unless it
        // presents itself as an image (role="img"): then it needs its own name.
        if (!svg.labelled && (svg.role_img || !svg.in_figure))
          problem(svg.line,
                  "grafiek (svg) zonder tekstalternatief: geef een <title>, aria-label of aria-hidden=\"true\"");
        svg = {};
      }
    } else if (t.name == "title" && svg.open) {
      svg.in_title = start;
    }
  }
  for (const OpenFigure& f : figures)
    if (!f.has_alternative) problem(f.line, "figuur zonder tekstalternatief en zonder </figure>");
  for (const auto& [line, id] : id_references)
    if (!first_line_of_id.count(id))
      problem(line, fmt::format("verwijst naar id '{}', dat niet in de pagina staat", id));
}

}  // namespace spiegel
