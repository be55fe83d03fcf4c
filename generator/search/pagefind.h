// Pagefind (pagefind.app), which makes the site's search index, run as a child
// process in its service mode (`pagefind --service`): Spiegel hands it the
// pages from memory and gets the index back in memory, so the index is made
// before anything is written (a failed index leaves the old site as it was)
// and `serve` can show it without a folder on disk. The protocol, as
// Pagefind's own Node and Python wrappers speak it: each message is JSON in
// base64, followed by a comma, on standard input; the answers come the same
// way on standard output, each with the id of the message it answers.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/site_files.h"

namespace spiegel {

/// Where Spiegel looks for Pagefind, in this order: $SPIEGEL_PAGEFIND; the
/// platform binary npm puts in node_modules/@pagefind/<platform>/bin/ (`npm ci`
/// with the lock file), in the project's folder and then in the Spiegel
/// checkout the running binary was built in; `pagefind_extended` and
/// `pagefind` on PATH. nullopt when none is there.
std::optional<std::filesystem::path> find_pagefind(const std::filesystem::path& project);

/// One page to index: its url from the site root ("/gemeenten/deventer/index.html") and its HTML.
struct PagefindPage {
  std::string url;
  std::string html;
};

/// One result that is not a page of its own (a conclusie, an aanbeveling).
struct SearchRecord {
  std::string url;                                          ///< from the site root, with its anchor
  std::string content;                                      ///< plain text
  std::map<std::string, std::string> meta;                  ///< title and what the results show
  std::map<std::string, std::vector<std::string>> filters;  ///< soort, gemeente, thema
};

/// What Pagefind is asked to do besides the defaults.
struct PagefindConfig {
  std::string language = "nl";                 ///< every page is indexed in this language (stemming)
  std::vector<std::string> exclude_selectors;  ///< parts of the marked pages left out of the index
};

/// Runs `program` in service mode over `pages` and `records` and returns the
/// index, by path inside the bundle folder ("pagefind.js", "index/…").
/// Throws Error when Pagefind cannot be started, refuses a page or stops.
SiteFiles run_pagefind(const std::filesystem::path& program, const PagefindConfig& config,
                       const std::vector<PagefindPage>& pages, const std::vector<SearchRecord>& records);

}  // namespace spiegel
