#include "model/period.h"

#include <fmt/format.h>

namespace spiegel {

std::string Period::key() const {
  switch (kind) {
    case Kind::year:
      return fmt::format("{}", year);
    case Kind::half:
      return fmt::format("{}-H{}", year, part);
    case Kind::quarter:
      return fmt::format("{}-Q{}", year, part);
  }
  return {};
}

std::string Period::label() const {
  switch (kind) {
    case Kind::year:
      return fmt::format("{}", year);
    case Kind::half:
      return fmt::format("{}e halfjaar {}", part, year);
    case Kind::quarter:
      return fmt::format("{}e kwartaal {}", part, year);
  }
  return {};
}

Period Period::previous() const {
  Period p = *this;
  int parts = kind == Kind::half ? 2 : kind == Kind::quarter ? 4 : 1;
  if (kind == Kind::year || part == 1) {
    p.year -= 1;
    p.part = kind == Kind::year ? 0 : parts;
  } else {
    p.part -= 1;
  }
  return p;
}

std::optional<Period> parse_period(std::string_view text) {
  auto digits = [](std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
      if (c < '0' || c > '9') return false;
    return true;
  };
  if (text.size() < 4 || !digits(text.substr(0, 4))) return std::nullopt;
  Period p;
  p.year = std::stoi(std::string(text.substr(0, 4)));
  if (p.year < kFirstYear || p.year > kLastYear) return std::nullopt;
  if (text.size() == 4) return p;
  if (text.size() != 7 || text[4] != '-' || !digits(text.substr(6, 1))) return std::nullopt;
  p.part = text[6] - '0';
  if (text[5] == 'H' && p.part >= 1 && p.part <= 2) {
    p.kind = Period::Kind::half;
  } else if (text[5] == 'Q' && p.part >= 1 && p.part <= 4) {
    p.kind = Period::Kind::quarter;
  } else {
    return std::nullopt;
  }
  return p;
}

}  // namespace spiegel
