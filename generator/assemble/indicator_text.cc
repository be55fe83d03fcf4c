#include "assemble/indicator_text.h"

#include <fmt/format.h>

#include "assemble/number_format.h"

namespace spiegel {

namespace {

std::string name_of(const Content& content, const std::string& id) {
  const Indicator* i = content.indicator(id);
  return i ? i->naam : id;
}

}  // namespace

std::string unit_description(const Indicator& indicator) {
  switch (indicator.eenheid) {
    case Unit::procent:
      return "procent";
    case Unit::euro:
      return "euro";
    case Unit::aantal:
      return "aantal";
    case Unit::per_1000:
      return "per 1.000";
    case Unit::index:
      return "indexcijfer";
    case Unit::deciel:
      return "deciel (1 tot en met 10)";
    case Unit::getal:
      return "getal";
  }
  return "";
}

std::string direction_description(const Indicator& indicator) {
  switch (indicator.richting) {
    case Direction::hoger_is_beter:
      return "Hoger is gunstiger.";
    case Direction::lager_is_beter:
      return "Lager is gunstiger.";
    case Direction::neutraal:
      return "Neutraal: een hoger of lager cijfer is op zichzelf geen oordeel.";
  }
  return "";
}

std::string calculation_description(const Content& content, const Indicator& indicator) {
  if (indicator.teller.empty()) return "";
  std::string factor = indicator.factor == 1 ? "" : " × " + format_decimal(indicator.factor, 0);
  if (indicator.factor != 1 && indicator.factor != static_cast<long long>(indicator.factor)) {
    std::string plain = format_plain(indicator.factor);
    for (char& c : plain) c = c == '.' ? ',' : c;
    factor = " × " + plain;
  }
  return fmt::format("{} gedeeld door {}{}.", name_of(content, indicator.teller), name_of(content, indicator.noemer),
                     factor);
}

std::string aggregation_description(const Content& content, const Indicator& indicator) {
  switch (indicator.aggregatie) {
    case Aggregation::ratio:
      return fmt::format(
          "Het groepscijfer is de som van {} gedeeld door de som van {} over de gemeenten van de "
          "groep, niet het gemiddelde van hun cijfers.",
          name_of(content, indicator.teller), name_of(content, indicator.noemer));
    case Aggregation::som:
      return "Het groepscijfer is de som over de gemeenten van de groep.";
    case Aggregation::gewogen:
      return fmt::format("Het groepscijfer is het gemiddelde van de gemeenten van de groep, gewogen naar {}.",
                         content.indicator(indicator.gewicht) ? name_of(content, indicator.gewicht)
                                                              : "de kolom '" + indicator.gewicht + "'");
    case Aggregation::gemiddelde:
      return "Het groepscijfer is het ongewogen gemiddelde van de gemeenten van de groep.";
    case Aggregation::geen:
      return "Er is geen groepscijfer: dit cijfer laat zich niet optellen of middelen (x in de tabellen).";
  }
  return "";
}

}  // namespace spiegel
