#include "search/pagefind.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <nlohmann/json.hpp>
#include <thread>

#include "base/base64.h"
#include "base/diagnostics.h"
#include "base/program_path.h"

extern char** environ;

namespace fs = std::filesystem;
using nlohmann::json;

namespace spiegel {

namespace {

/// The folder of npm's platform package for this machine.
constexpr const char* kPlatformPackage =
#if defined(__aarch64__)
    "node_modules/@pagefind/linux-arm64/bin";
#else
    "node_modules/@pagefind/linux-x64/bin";
#endif

/// How long Pagefind may be silent before Spiegel gives up on it: far longer
/// than it takes to index a national monitor (seconds), so only a hang ends it.
constexpr int kSilenceLimitMs = 5 * 60 * 1000;

std::optional<fs::path> executable_in(const fs::path& dir) {
  for (const char* name : {"pagefind_extended", "pagefind"})
    if (auto found = find_program((dir / name).string(), nullptr)) return found;
  return std::nullopt;
}

[[noreturn]] void fail(const std::string& message) {
  Diagnostic d;
  d.message = message;
  throw Error{d};
}

/// A pipe whose both ends close on exec; the child gets its end by dup2.
struct Pipe {
  int read = -1, write = -1;
  Pipe() {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) fail(fmt::format("zoekindex: geen pipe naar Pagefind ({})", std::strerror(errno)));
    read = fds[0];
    write = fds[1];
  }
  ~Pipe() {
    close_read();
    close_write();
  }
  void close_read() {
    if (read >= 0) ::close(read);
    read = -1;
  }
  void close_write() {
    if (write >= 0) ::close(write);
    write = -1;
  }
};

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;  // Pagefind stopped reading: it has died, and says why on stderr
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

/// One message as the service reads it.
std::string frame(int id, json payload) {
  // Replacing bytes that are no UTF-8 (a page is checked for that elsewhere) rather than throwing on this thread.
  return base64_encode(json{{"message_id", id}, {"payload", std::move(payload)}}.dump(-1, ' ', false,
                                                                                      json::error_handler_t::replace)) +
         ",";
}

/// The last lines of what Pagefind wrote on stderr, for an error message.
std::string tail_of(const std::string& log) {
  std::string t = log.size() > 600 ? "…" + log.substr(log.size() - 600) : log;
  while (!t.empty() && (t.back() == '\n' || t.back() == ' ')) t.pop_back();
  return t.empty() ? "" : ": " + t;
}

}  // namespace

std::optional<fs::path> find_pagefind(const fs::path& project) {
  if (const char* own = std::getenv("SPIEGEL_PAGEFIND"); own && *own) return find_program(own, nullptr);
  if (auto found = executable_in(project / kPlatformPackage)) return found;
  // A Spiegel built in its checkout uses the checkout's node_modules: build/spiegel, or one
  // folder deeper (build/release/spiegel, and CI's sanitizer builds in build/adres/).
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path dir = exe.parent_path();
    for (int up = 0; up < 3 && dir.has_relative_path(); ++up, dir = dir.parent_path())
      if (auto found = executable_in(dir / kPlatformPackage)) return found;
  }
  for (const char* name : {"pagefind_extended", "pagefind"})
    if (auto found = find_program(name, std::getenv("PATH"))) return found;
  return std::nullopt;
}

SiteFiles run_pagefind(const fs::path& program, const PagefindConfig& config, const std::vector<PagefindPage>& pages,
                       const std::vector<SearchRecord>& records) {
  // A write to a Pagefind that died must be an error Spiegel reports, not a signal that ends it.
  std::signal(SIGPIPE, SIG_IGN);
  Pipe in, out, err;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in.read, STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, out.write, STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err.write, STDERR_FILENO);
  std::string program_name = program.string();
  std::string service = "--service";
  char* argv[] = {program_name.data(), service.data(), nullptr};
  pid_t pid = 0;
  int spawned = posix_spawn(&pid, program_name.c_str(), &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) fail(fmt::format("zoekindex: Pagefind ({}) start niet: {}", program_name, std::strerror(spawned)));
  in.close_read();
  out.close_write();
  err.close_write();

  // Message 1 sets the index up; the first index of a new service is number 0,
  // so the pages (2…) and records follow at once; the last asks for the files.
  const int first_page = 2, first_record = first_page + static_cast<int>(pages.size());
  const int get_files = first_record + static_cast<int>(records.size());
  auto message = [&](int id) -> std::string {
    if (id == 1)
      return frame(
          id, {{"type", "NewIndex"},
               {"config", {{"force_language", config.language}, {"exclude_selectors", config.exclude_selectors}}}});
    if (id < first_record) {
      const PagefindPage& p = pages[static_cast<std::size_t>(id - first_page)];
      return frame(id, {{"type", "AddFile"}, {"index_id", 0}, {"url", p.url}, {"file_contents", p.html}});
    }
    if (id < get_files) {
      const SearchRecord& r = records[static_cast<std::size_t>(id - first_record)];
      return frame(id, {{"type", "AddRecord"},
                        {"index_id", 0},
                        {"url", r.url},
                        {"content", r.content},
                        {"language", config.language},
                        {"meta", r.meta},
                        {"filters", r.filters}});
    }
    return frame(id, {{"type", "GetFiles"}, {"index_id", 0}});
  };
  // What each message was about, to say which page Pagefind refused.
  auto subject = [&](int id) -> std::string {
    if (id == 1) return "de instellingen";
    if (id >= first_page && id < first_record) return pages[static_cast<std::size_t>(id - first_page)].url;
    if (id >= first_record && id < get_files) return records[static_cast<std::size_t>(id - first_record)].url;
    return "de index";
  };

  // Written on a thread of its own, one message at a time, while this one
  // reads, so that neither side waits for the other with a full pipe.
  std::thread writer([&] {
    for (int id = 1; id <= get_files; ++id)
      if (!write_all(in.write, message(id))) break;
  });

  std::string pending, log, problem;
  std::optional<SiteFiles> bundle;
  pollfd fds[2] = {{out.read, POLLIN, 0}, {err.read, POLLIN, 0}};
  char chunk[1 << 16];
  while (!bundle && problem.empty() && fds[0].fd >= 0) {
    int ready = poll(fds, 2, kSilenceLimitMs);
    if (ready < 0 && errno == EINTR) continue;
    if (ready <= 0) {
      problem = ready == 0 ? "Pagefind zegt al vijf minuten niets" : std::strerror(errno);
      break;
    }
    for (int k = 0; k < 2; ++k) {
      if (fds[k].fd < 0 || !(fds[k].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      ssize_t n = ::read(fds[k].fd, chunk, sizeof chunk);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        fds[k].fd = -1;  // closed: poll skips it
        continue;
      }
      (k == 0 ? pending : log).append(chunk, static_cast<std::size_t>(n));
      if (log.size() > 8192) log.erase(0, log.size() - 4096);  // only its end is shown
    }
    for (std::size_t comma; !bundle && problem.empty() && (comma = pending.find(',')) != std::string::npos;) {
      std::optional<std::string> text = base64_decode(std::string_view(pending).substr(0, comma));
      pending.erase(0, comma + 1);
      json answer = text ? json::parse(*text, nullptr, false) : json();
      if (!answer.is_object() || !answer["payload"].is_object()) {
        problem = "een antwoord dat Spiegel niet kan lezen";
        break;
      }
      const json& payload = answer["payload"];
      const int id = answer["message_id"].is_number_integer() ? answer["message_id"].get<int>() : 0;
      if (payload.value("type", "") == "Error") {
        problem = fmt::format("{} ({})", payload.value("message", "onbekende fout"), subject(id));
      } else if (id == get_files) {
        SiteFiles files;
        for (const json& f : payload.value("files", json::array())) {
          std::optional<std::string> bytes = base64_decode(f.value("content", ""));
          if (!bytes) {
            problem = "een bestand dat Spiegel niet kan lezen";
            break;
          }
          files[f.value("path", "")] = std::move(*bytes);
        }
        if (problem.empty()) bundle = std::move(files);
      }
    }
  }
  // Done or failed: closing its input ends the service; a Pagefind that hangs is ended.
  if (!bundle) kill(pid, SIGKILL);
  writer.join();
  in.close_write();
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (bundle) return std::move(*bundle);
  if (problem.empty())
    problem = WIFSIGNALED(status) && WTERMSIG(status) != SIGKILL
                  ? fmt::format("gestopt door signaal {}", WTERMSIG(status))
                  : "gestopt voordat de index klaar was";
  fail(fmt::format("zoekindex: Pagefind ({}) gaf een fout: {}{}", program_name, problem, tail_of(log)));
}

}  // namespace spiegel
