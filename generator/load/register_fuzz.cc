// libFuzzer target for the small parsers of the content: the follow-up
// register and the herindelingen (CSV), periods, dates, numbers and the
// StatLine download with a fixed mapping. Besides crashes it checks what the
// later stages rely on. Built with -DSPIEGEL_FUZZ=ON (clang).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "base/date.h"
#include "base/diagnostics.h"
#include "base/text.h"
#include "load/follow_up.h"
#include "load/mergers.h"
#include "load/number.h"
#include "load/statline.h"

#define require(ok)                                                           \
  do {                                                                        \
    if (!(ok)) {                                                              \
      std::fprintf(stderr, "register_fuzz.cc:%d: %s faalt\n", __LINE__, #ok); \
      std::abort();                                                           \
    }                                                                         \
  } while (0)

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  spiegel::Diagnostics diags;
  for (const spiegel::FollowUp& f : spiegel::load_follow_up(text, "opvolging.csv", diags)) {
    require(!f.rapport.empty() && !f.aanbeveling.empty());
    require(spiegel::parse_date(f.peildatum));
  }
  for (const spiegel::Merger& m : spiegel::load_mergers(text, "herindelingen.csv", diags)) {
    require(!m.oud.empty() && !m.nieuw.empty());
    require(m.per.year >= spiegel::kFirstYear && m.per.year <= spiegel::kLastYear);
  }
  if (auto p = spiegel::parse_period(text)) {
    require(p->year >= spiegel::kFirstYear && p->year <= spiegel::kLastYear);
    require(spiegel::parse_period(p->key()) == p);  // the canonical spelling reads back
  }
  if (auto d = spiegel::parse_date(text)) require(d->iso() == text);
  if (auto p = spiegel::statline_period(text)) require(p->year >= spiegel::kFirstYear);
  for (char sep : {'.', ','})
    if (auto v = spiegel::parse_decimal(text, sep)) require(*v == *v);  // never NaN
  spiegel::split_quoted_words(text);

  static const spiegel::StatlineMapping mapping = [] {
    spiegel::Diagnostics ignored;
    return *spiegel::load_statline_mapping(
        "regio: RegioS\nperioden: Perioden\nkolommen:\n  Aantal_1: jongeren\n  Percentage_2: pct\n", "koppeling.yaml",
        ignored);
  }();
  spiegel::convert_statline(text, "statline.csv", mapping, diags);
  return 0;
}
