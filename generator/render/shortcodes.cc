#include "render/shortcodes.h"

#include <functional>
#include <map>

#include <fmt/format.h>

#include "assemble/number_format.h"
#include "base/edit_distance.h"
#include "render/mustache.h"

namespace spiegel {

namespace {

/// Thrown by a handler; becomes a diagnostic at the call.
struct ShortcodeProblem {
  std::string message;
  std::string suggestion;
};

class Args {
 public:
  Args(const ShortcodeCall& call, std::vector<std::string> allowed_named, std::size_t max_positional)
      : call_(call) {
    for (const auto& [key, value] : call.named) {
      bool ok = false;
      for (const std::string& a : allowed_named) ok = ok || a == key;
      if (!ok)
        throw ShortcodeProblem{fmt::format("{}: onbekend argument '{}'", call.name, key), suggest(key, allowed_named)};
    }
    if (call.positional.size() > max_positional)
      throw ShortcodeProblem{fmt::format("{}: te veel argumenten ({}; verwacht hooguit {})", call.name,
                                         call.positional.size(), max_positional)};
  }
  std::string positional(std::size_t i) const { return i < call_.positional.size() ? call_.positional[i] : ""; }
  std::string named(const std::string& key) const {
    auto it = call_.named.find(key);
    return it == call_.named.end() ? "" : it->second;
  }

 private:
  const ShortcodeCall& call_;
};

Fragment text_fragment(const std::string& text) { return Fragment{mustache::escape_html(text), text, false, ""}; }

const Indicator& indicator_arg(const SiteData& site, const std::string& id, const std::string& shortcode) {
  if (id.empty()) throw ShortcodeProblem{fmt::format("{}: welke indicator? Schrijf bijvoorbeeld {{{{< {} lasten_per_inwoner >}}}}", shortcode, shortcode)};
  if (const Indicator* ind = site.content.indicator(id)) return *ind;
  std::vector<std::string> ids;
  for (const Indicator& i : site.content.indicators) ids.push_back(i.id);
  throw ShortcodeProblem{fmt::format("{}: onbekende indicator '{}'", shortcode, id), suggest(id, ids)};
}

Period period_arg(const SiteData& site, const std::string& text, const std::string& shortcode) {
  if (text.empty()) return site.peilperiode;
  auto p = parse_period(text);
  std::vector<std::string> keys;
  for (const Period& q : site.periods) keys.push_back(q.key());
  if (!p)
    throw ShortcodeProblem{
        fmt::format("{}: ongeldige periode '{}' — verwacht 2020, 2020-H1 of 2020-Q1", shortcode, text),
        suggest(text, keys)};
  if (std::find(site.periods.begin(), site.periods.end(), *p) == site.periods.end())
    throw ShortcodeProblem{fmt::format("{}: de data hebben geen cijfers over periode '{}'", shortcode, text),
                           suggest(text, keys)};
  return *p;
}

const Gemeente& gemeente_of(const ShortcodeContext& ctx, const std::string& shortcode) {
  if (!ctx.gemeente)
    throw ShortcodeProblem{fmt::format("{{{{< {} >}}}} werkt alleen in de tekst van een gemeente (content/gemeenten/)",
                                       shortcode)};
  return *ctx.gemeente;
}

using Handler = std::function<Fragment(const ShortcodeCall&, const ShortcodeContext&)>;

const std::map<std::string, Handler>& handlers() {
  static const std::map<std::string, Handler> table = {
      {"gemeente",
       [](const ShortcodeCall& call, const ShortcodeContext& ctx) {
         Args args(call, {}, 0);
         return text_fragment(ctx.site.display_name(gemeente_of(ctx, "gemeente").code));
       }},
      {"periode",
       [](const ShortcodeCall& call, const ShortcodeContext& ctx) {
         Args args(call, {}, 1);
         return text_fragment(period_arg(ctx.site, args.positional(0), "periode").label());
       }},
      {"waarde",
       [](const ShortcodeCall& call, const ShortcodeContext& ctx) {
         Args args(call, {"periode"}, 1);
         const Indicator& ind = indicator_arg(ctx.site, args.positional(0), "waarde");
         Period p = period_arg(ctx.site, args.named("periode"), "waarde");
         const Value* v = ctx.site.data.get(gemeente_of(ctx, "waarde").code, ind.id, p);
         return text_fragment(v ? format_value(ind, v->waarde, v->status) : format_value(ind, std::nullopt));
       }},
  };
  return table;
}

}  // namespace

std::vector<std::string> shortcode_names() {
  std::vector<std::string> names;
  for (const auto& [name, handler] : handlers()) names.push_back(name);
  return names;
}

std::vector<Fragment> evaluate_shortcodes(const std::vector<ShortcodeCall>& calls, const ShortcodeContext& context,
                                          Diagnostics& diags) {
  std::vector<Fragment> out;
  out.reserve(calls.size());
  for (const ShortcodeCall& call : calls) {
    Fragment f;
    if (!call.name.empty()) {  // an empty name was reported by the parser
      auto it = handlers().find(call.name);
      if (it == handlers().end()) {
        diags.error(call.loc, fmt::format("onbekende shortcode '{}'", call.name), suggest(call.name, shortcode_names()));
      } else {
        try {
          f = it->second(call, context);
        } catch (const ShortcodeProblem& p) {
          diags.error(call.loc, p.message, p.suggestion);
        }
      }
    }
    f.source = call.source;
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace spiegel
