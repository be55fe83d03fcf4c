// The colours and line styles the charts share. Every distinction that matters
// is also made by something other than colour (a marker, a dash pattern, a
// hatch, a word), so that a chart reads in grayscale print and for a reader
// who does not see the difference between the colours.
#pragma once

#include "chart/figure.h"

namespace spiegel::chart::palette {

inline constexpr const char* kOwn = "#154273";     ///< the report's gemeente: dark blue, also dark in grayscale
inline constexpr const char* kGroup = "#39424d";   ///< group aggregates: dark grey, told apart by dashes and markers
inline constexpr const char* kMember = "#9aa3ad";  ///< other gemeenten: light grey context
inline constexpr const char* kText = "#1b1b1b";
inline constexpr const char* kMuted = "#4d5560";  ///< tick labels, notes (7.5:1 on white)
inline constexpr const char* kGrid = "#e3e6ea";
inline constexpr const char* kBand = "#e4e8ed";  ///< alternate decile bands

/// The dash pattern and marker of the n-th group line: Nederland and the
/// referentiegroep must differ without colour.
struct GroupStyle {
  const char* dash;  ///< stroke-dasharray
  enum class Marker { square, triangle, diamond } marker;
};
inline GroupStyle group_style(std::size_t n) {
  static constexpr GroupStyle kStyles[] = {{"7 3", GroupStyle::Marker::square},
                                           {"2 3", GroupStyle::Marker::triangle},
                                           {"9 3 2 3", GroupStyle::Marker::diamond}};
  return kStyles[n % 3];
}

/// A diverging pair that colour-blind readers tell apart (ColorBrewer PuOr/RdBu ends), grey between.
inline const char* tone_colour(Tone tone) {
  switch (tone) {
    case Tone::better:
      return "#2166ac";
    case Tone::worse:
      return "#b35806";
    case Tone::similar:
      return "#6b7785";
    case Tone::neutral:
      break;
  }
  return kOwn;
}

/// The symbol and the word for a tone: the word carries the meaning, the symbol finds the eye.
inline const char* tone_symbol(Tone tone) {
  return tone == Tone::better ? "▲" : tone == Tone::worse ? "▼" : tone == Tone::similar ? "●" : "";
}
inline const char* tone_word(Tone tone) {
  return tone == Tone::better    ? "gunstiger"
         : tone == Tone::worse   ? "ongunstiger"
         : tone == Tone::similar ? "vergelijkbaar"
                                 : "";
}

}  // namespace spiegel::chart::palette
