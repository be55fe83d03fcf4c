#include "base/diagnostics.h"

#include <fmt/format.h>

#include "base/utf8.h"

namespace spiegel {

std::string Diagnostic::str() const {
  // A message quotes content (a cell, a key, a file name): a NUL or an escape
  // sequence in it is shown, not passed to the terminal.
  std::string out = printable(loc.file);
  if (loc.line > 0) out += fmt::format(":{}", loc.line);
  if (loc.line > 0 && loc.column > 0) out += fmt::format(":{}", loc.column);
  if (!out.empty()) out += ": ";
  out += (warning ? "waarschuwing: " : strict ? "fout (strikt): " : "fout: ") + printable(message);
  if (!suggestion.empty()) out += fmt::format(" — bedoelt u '{}'?", printable(suggestion));
  return out;
}

void Diagnostics::error(SourceLoc loc, std::string message, std::string suggestion) {
  add(Diagnostic{std::move(loc), std::move(message), std::move(suggestion)});
}

void Diagnostics::warning(SourceLoc loc, std::string message) {
  add(Diagnostic{std::move(loc), std::move(message), {}, true});
}

void Diagnostics::add(Diagnostic d) {
  if (d.warning) {
    ++warning_count_;
    if (warnings_.size() < kLimit) warnings_.push_back(std::move(d));
    return;
  }
  ++count_;
  if (kept_.size() < kLimit) kept_.push_back(std::move(d));
}

void Diagnostics::merge(const Diagnostics& other) {
  for (const Diagnostic& d : other.kept_) add(d);
  for (const Diagnostic& d : other.warnings_) add(d);
  // Those past other's limit were counted there but not kept.
  count_ += other.count_ - other.kept_.size();
  warning_count_ += other.warning_count_ - other.warnings_.size();
}

void Diagnostics::promote_warnings() {
  for (Diagnostic& d : warnings_) {
    d.warning = false;
    d.strict = true;
    if (kept_.size() < kLimit) kept_.push_back(std::move(d));
  }
  count_ += warning_count_;
  warnings_.clear();
  warning_count_ = 0;
}

std::string Diagnostics::str() const {
  std::string out;
  for (const Diagnostic& d : kept_) out += d.str() + "\n";
  if (count_ > kept_.size()) out += fmt::format("… en nog {} fouten die niet getoond worden\n", count_ - kept_.size());
  return out;
}

std::string Diagnostics::warnings_str() const {
  std::string out;
  for (const Diagnostic& d : warnings_) out += d.str() + "\n";
  if (warning_count_ > warnings_.size())
    out += fmt::format("… en nog {} waarschuwingen die niet getoond worden\n", warning_count_ - warnings_.size());
  return out;
}

}  // namespace spiegel
