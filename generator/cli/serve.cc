// spiegel serve: build in memory, serve on 127.0.0.1, rebuild on every save
// and let open pages reload themselves.
#include <fmt/format.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <thread>

#include "base/basis_path.h"
#include "base/text.h"
#include "cli/arguments.h"
#include "cli/commands.h"
#include "serve/error_page.h"
#include "serve/file_watcher.h"
#include "serve/rebuilder.h"
#include "serve/search_indexer.h"
#include "serve/site_server.h"

namespace fs = std::filesystem;

namespace spiegel {

namespace {

constexpr int kDefaultPort = 1111;
/// How often content/ and templates/ are looked at.
constexpr std::chrono::milliseconds kPollInterval{200};
/// Editors save in steps (truncate, write, rename); after a first change we
/// wait this long and collect the rest, so one save is one rebuild.
constexpr std::chrono::milliseconds kSettle{60};

volatile std::sig_atomic_t g_stop = 0;
extern "C" void on_stop_signal(int) { g_stop = 1; }

void show(SiteServer& server, BuildOutcome& outcome, SearchIndexer* indexer) {
  std::fputs(outcome.diags.warnings_str().c_str(), stderr);
  if (outcome.files) {
    std::size_t pages = 0;
    for (const auto& [path, bytes] : *outcome.files) pages += path.ends_with(".html");
    std::fprintf(stderr, "spiegel: opnieuw gebouwd: %s, %zu pagina's in %.0f ms\n", outcome.summary().c_str(), pages,
                 outcome.milliseconds);
    server.publish_site(std::move(*outcome.files), basis_path(outcome.basis_url));
    if (indexer) indexer->index(server.site_files(), std::move(outcome.search_records), std::move(outcome.taal));
  } else {
    std::fputs(outcome.diags.str().c_str(), stderr);
    std::fprintf(stderr, "spiegel: %s; de browser toont ze tot het volgende goede bestand\n",
                 plural(outcome.diags.count(), "fout", "fouten").c_str());
    server.publish_error(error_page_html(outcome.diags));
  }
}

std::string url_host(const std::string& address) {
  return address.find(':') != std::string::npos ? "[" + address + "]" : address;
}

}  // namespace

int run_serve(const std::vector<std::string>& args) {
  constexpr const char* kPortNeeded = "--poort vraagt om een poortnummer van 0 tot 65535";
  ParseResult parsed =
      parse_arguments(args,
                      {{"--poort", "-p", true, kPortNeeded, {"--port"}},
                       {"--adres", "", true, "--adres vraagt om een adres, zoals 127.0.0.1", {"--bind"}},
                       {kWithoutSearch, "", false, "", {"--no-search"}},
                       {"--edities", "", false, "", {"--editions"}}},
                      1);
  if (!parsed.error.empty()) return usage_error(parsed.error);
  const Arguments& a = parsed.arguments;
  fs::path dir = a.positional.empty() ? fs::path(".") : fs::path(a.positional[0]);
  std::string address = a.value("--adres").value_or("127.0.0.1");
  std::optional<int> port;
  if (auto v = a.value("--poort")) {
    int n = -1;
    try {
      std::size_t used = 0;
      n = std::stoi(*v, &used);
      if (used != v->size()) n = -1;
    } catch (const std::exception&) {
      n = -1;
    }
    if (n < 0 || n > 65535) return usage_error(kPortNeeded);
    port = n;
  }
  if (!fs::is_directory(dir / "content")) {
    std::fprintf(stderr, "spiegel: geen map 'content' gevonden in '%s' — is dit de map van een Spiegel-project?\n",
                 dir.generic_string().c_str());
    return kContentError;
  }

  SiteServer server;
  std::optional<int> bound = server.bind(address, port.value_or(kDefaultPort));
  // Without --poort a busy default port is no reason to give up.
  if (!bound && !port) bound = server.bind(address, 0);
  if (!bound)
    return usage_error(fmt::format("kan niet luisteren op {}:{} — is de poort bezet? Kies een andere met --poort",
                                   address, port.value_or(kDefaultPort)));

  std::optional<fs::path> pagefind = search_tool(dir, a.has(kWithoutSearch));
  Rebuilder rebuilder(dir, pagefind, a.has("--edities"));
  // After the server, so it stops first: it publishes into the server.
  std::optional<SearchIndexer> indexer;
  if (pagefind)
    indexer.emplace(
        *pagefind, [&server](SiteFiles bundle) { server.publish_search(std::move(bundle)); },
        [](const std::string& problem) {
          std::fprintf(stderr, "spiegel: %s; de vorige zoekindex blijft\n", problem.c_str());
        });
  FileWatcher watcher(dir, {"content", "templates"});
  BuildOutcome first = rebuilder.build_all();
  show(server, first, indexer ? &*indexer : nullptr);

  std::signal(SIGINT, on_stop_signal);
  std::signal(SIGTERM, on_stop_signal);
  std::signal(SIGPIPE, SIG_IGN);
  server.start();
  std::printf("Spiegel toont de site op http://%s:%d/ (Ctrl-C stopt)\n", url_host(address).c_str(), *bound);
  std::fflush(stdout);
  if (address != "127.0.0.1" && address != "::1" && address != "localhost")
    std::fprintf(stderr, "spiegel: let op: op %s is de site ook vanaf andere computers te zien\n", address.c_str());

  while (!g_stop) {
    std::this_thread::sleep_for(kPollInterval);
    std::vector<FileChange> changes = watcher.poll();
    if (changes.empty() || g_stop) continue;
    std::this_thread::sleep_for(kSettle);
    for (FileChange& c : watcher.poll()) changes.push_back(std::move(c));
    BuildOutcome outcome = rebuilder.rebuild(changes);
    if (outcome.redone == "niets") continue;
    show(server, outcome, indexer ? &*indexer : nullptr);
  }
  server.stop();
  std::fprintf(stderr, "spiegel: gestopt\n");
  return kOk;
}

}  // namespace spiegel
