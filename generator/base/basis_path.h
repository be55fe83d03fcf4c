// The path part of spiegel.yaml's basis_url: where the site lives on its host.
// Pages that cannot use relative links (404.html, served at any depth) link
// from there, so `check` and `serve` must understand it too.
#pragma once

#include <string>
#include <string_view>

namespace spiegel {

/// "https://rekenkamer.example.nl/monitor/" → "/monitor/"; "https://x.nl" → "/";
/// "" → "/". Always starts and ends with '/'.
std::string basis_path(std::string_view basis_url);

}  // namespace spiegel
