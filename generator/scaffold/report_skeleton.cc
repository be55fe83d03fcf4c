#include "scaffold/report_skeleton.h"

#include <fmt/format.h>

#include "base/edit_distance.h"
#include "base/slug.h"
#include "base/text.h"
#include "scaffold/national_gemeenten.h"

namespace spiegel {

namespace {

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return out;
}

/// A YAML double-quoted scalar: safe for names like 's-Hertogenbosch.
std::string yaml_quoted(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

/// The standard parts of a rekenkamer report, each with what belongs there.
struct Section {
  const char* heading;
  const char* hint;
};

constexpr Section kSections[] = {
    {"Aanleiding en onderzoeksvragen",
     "Waarom onderzoekt de rekenkamer dit, en waarom nu? Zet de hoofdvraag in een blok dat begint met\n"
     "  '::: hoofdvraag' en eindigt met ':::', en elke deelvraag in een blok '::: deelvraag'."},
    {"Normenkader",
     "Aan welke normen toetst de rekenkamer? Eén blok per norm, met het oordeel:\n"
     "  '::: norm {#korte-naam oordeel=voldoet}' (of deels, voldoet_niet), afgesloten met ':::'."},
    {"Kenmerken van de gemeente",
     "Inwoners, grootteklasse, jeugdregio en wat de gemeente bijzonder maakt. De shortcodes gemeente,\n"
     "  waarde en periode zetten naam en cijfers uit de data in de tekst (zie de README)."},
    {"Bevindingen",
     "Wat laten de cijfers zien, naast de referentiegroep en Nederland? Zet per thema een tabel met\n"
     "  daarna een grafiek (soort=index, lijn, staaf of spreiding) of een kaart, en schrijf met vergelijk\n"
     "  en trend wat erin opvalt; voeg tussenkoppen (###) toe per thema."},
    {"Conclusies",
     "Elke conclusie in een blok '::: conclusie {#korte-naam}' … ':::'. Begin met één vetgedrukte\n"
     "  zin; Spiegel nummert de conclusies en neemt ze op in het overzicht."},
    {"Aanbevelingen",
     "Elke aanbeveling in een blok '::: aanbeveling {#korte-naam aan=raad conclusies=korte-naam}' … ':::'.\n"
     "  aan=raad of aan=college; conclusies= noemt de conclusies waarop zij rust."},
    {"Bestuurlijke reactie",
     "De reactie van het college op het rapport, letterlijk of samengevat, met de datum van de brief."},
    {"Nawoord", "Het antwoord van de rekenkamer op de bestuurlijke reactie."},
};

}  // namespace

const Gemeente* find_gemeente(const Registry& registry, std::string_view wanted) {
  if (trim(wanted).empty()) return nullptr;
  if (std::optional<std::string> code = gemeente_code(wanted)) return registry.find(*code);
  for (const Gemeente& g : registry.gemeenten)
    if (same_name(g.naam, wanted)) return &g;
  // "Den Haag" is 's-Gravenhage when the project has that gemeente under its official name.
  if (const NationalGemeente* n = find_national_gemeente(wanted)) return registry.find(n->code);
  return nullptr;
}

std::string suggest_gemeente(const Registry& registry, std::string_view wanted) {
  std::vector<std::string> names = national_names();
  for (const Gemeente& g : registry.gemeenten) names.push_back(g.naam);
  std::string by_name = suggest(trim(wanted), names);
  if (!by_name.empty()) return by_name;
  std::vector<std::string> codes;
  for (const Gemeente& g : registry.gemeenten) codes.push_back(g.code);
  for (const NationalGemeente& g : national_gemeenten()) codes.push_back(g.code);
  return suggest(upper(trim(wanted)), codes);
}

std::string report_title(std::string_view monitor_title, const std::string& naam) {
  std::string subject(trim(monitor_title));
  if (std::size_t cut = subject.find_first_of(":("); cut != std::string::npos) subject = trim(subject.substr(0, cut));
  if (std::size_t dash = subject.find(" \xE2\x80\x94 "); dash != std::string::npos)
    subject = trim(subject.substr(0, dash));
  if (upper(subject).starts_with("MONITOR ")) subject = trim(subject.substr(8));
  // A trailing edition year belongs to the monitor, not to one report.
  if (subject.size() > 5 && subject[subject.size() - 5] == ' ' &&
      subject.substr(subject.size() - 4).find_first_not_of("0123456789") == std::string::npos)
    subject = trim(subject.substr(0, subject.size() - 5));
  if (subject.empty() || subject == trim(monitor_title)) return "Rapport " + naam;
  if (subject[0] >= 'a' && subject[0] <= 'z') subject[0] = static_cast<char>(subject[0] - 'a' + 'A');
  return subject + " in " + naam;
}

std::string report_skeleton(const Content& content, const Gemeente& gemeente) {
  std::string out = "---\n";
  out += fmt::format("gemeente: {}\n", gemeente.code);
  out += fmt::format("titel: {}\n", yaml_quoted(report_title(content.settings.titel, gemeente.naam)));
  out += "# ondertitel: één zin met de kern van wat de rekenkamer vond\n";
  // Until the writer says the text is done, only serve shows it: an untouched
  // skeleton must never be published as a report of empty chapters.
  out += "# Haal 'concept: true' weg als het rapport af is; tot dan laat 'spiegel build' het weg.\n";
  out += "concept: true\n";
  auto peers = content.referentiegroepen.find(gemeente.code);
  if (peers != content.referentiegroepen.end() && !peers->second.empty()) {
    std::string names, codes;
    for (const std::string& code : peers->second) {
      const Gemeente* g = content.registry.find(code);
      names += (names.empty() ? "" : ", ") + (g ? g->naam : code);
      codes += (codes.empty() ? "" : ", ") + code;
    }
    out += fmt::format("# referentiegroep uit groepen.yaml: {}.\n", names);
    out += "# Laat deze regel weg om altijd groepen.yaml te volgen; pas hem aan om voor dit rapport af te wijken.\n";
    out += fmt::format("referentiegroep: [{}]\n", codes);
  }
  out += "---\n";
  for (const Section& s : kSections) out += fmt::format("\n## {}\n\n<!--\n  {}\n-->\n", s.heading, s.hint);
  return out;
}

}  // namespace spiegel
