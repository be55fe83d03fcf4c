#include "serve/site_server.h"

#include <httplib.h>

namespace spiegel {

namespace {

/// How often an idle event stream sends a comment: a closed tab is noticed
/// when that write fails, and its thread and place are freed. A second, so
/// that tabs that went away make room for new ones at once.
constexpr std::chrono::seconds kHeartbeat{1};
/// Threads for ordinary requests besides the event streams: a connection that
/// sends nothing holds one until the read timeout, and a page with many
/// images opens several at once.
constexpr int kRequestThreads = 64;

}  // namespace

SiteServer::SiteServer() : http_(std::make_unique<httplib::Server>()), site_(std::make_shared<ServedSite>()) {
  // Event streams hold a thread each; the default pool (8) would be full
  // with a few tabs open, or with a few connections that never send.
  http_->new_task_queue = [] { return new httplib::ThreadPool(kMaxStreams + kRequestThreads); };
  // httplib's default also sets SO_REUSEPORT, which lets a second `serve`
  // bind the same port and take half the requests. SO_REUSEADDR alone still
  // allows a quick restart on the same port.
  http_->set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, reinterpret_cast<const void*>(&yes), sizeof(yes));
  });
  http_->set_keep_alive_timeout(1);  // bounds how long stop() waits for idle connections
  http_->set_read_timeout(2);        // a browser sends its request at once; a silent connection is let go
  http_->set_write_timeout(5);
  http_->set_payload_max_length(64 * 1024);

  http_->Get(std::string(kReloadEventsPath), [this](const httplib::Request&, httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    if (streams_.fetch_add(1) >= kMaxStreams) {
      streams_.fetch_sub(1);
      res.status = 503;
      res.set_content("te veel open pagina's", "text/plain; charset=utf-8");
      return;
    }
    auto sent = std::make_shared<std::uint64_t>(0);
    res.set_chunked_content_provider(
        "text/event-stream",
        [this, sent](std::size_t, httplib::DataSink& sink) {
          if (*sent == 0) {
            *sent = hub_.generation();
            std::string first = "retry: 500\n" + reload_event(*sent);
            return sink.write(first.data(), first.size());
          }
          std::optional<std::uint64_t> now = hub_.wait_for_change(*sent, kHeartbeat);
          if (!now) {
            sink.done();
            return true;
          }
          std::string event = *now == *sent ? std::string(": wacht\n\n") : reload_event(*now);
          *sent = *now;
          return sink.write(event.data(), event.size());
        },
        [this](bool) { streams_.fetch_sub(1); });
  });

  http_->Get(".*", [this](const httplib::Request& req, httplib::Response& res) {
    std::shared_ptr<const SiteFiles> search;
    {
      std::lock_guard lock(mutex_);
      search = search_;
    }
    SiteReply reply = answer_request(*current(), req.target, search.get());
    res.status = reply.status;
    res.set_header("Cache-Control", "no-store");
    res.set_header("X-Content-Type-Options", "nosniff");
    if (!reply.location.empty()) res.set_header("Location", reply.location);
    res.set_content(std::move(reply.body), reply.content_type.c_str());
  });
}

SiteServer::~SiteServer() { stop(); }

std::optional<int> SiteServer::bind(const std::string& address, int port) {
  if (port == 0) {
    int bound = http_->bind_to_any_port(address);
    return bound > 0 ? std::optional<int>(bound) : std::nullopt;
  }
  return http_->bind_to_port(address, port) ? std::optional<int>(port) : std::nullopt;
}

void SiteServer::start() {
  thread_ = std::thread([this] { http_->listen_after_bind(); });
  // httplib's stop() does nothing before the listen loop runs; waiting for it
  // here means a stop() right after start() cannot leave the loop running.
  for (int i = 0; i < 2000 && !http_->is_running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

void SiteServer::stop() {
  hub_.shutdown();
  http_->stop();
  if (thread_.joinable()) thread_.join();
}

std::shared_ptr<const ServedSite> SiteServer::current() const {
  std::lock_guard lock(mutex_);
  return site_;
}

void SiteServer::publish(std::shared_ptr<ServedSite> next) {
  // Stored before announced: a page that reloads on the event gets the new site.
  std::uint64_t generation = next->generation;
  {
    std::lock_guard lock(mutex_);
    site_ = std::move(next);
  }
  hub_.publish(generation);
}

void SiteServer::publish_site(SiteFiles files, std::string base_path) {
  auto next = std::make_shared<ServedSite>();
  next->files = std::move(files);
  next->base_path = std::move(base_path);
  next->generation = current()->generation + 1;
  publish(std::move(next));
}

std::shared_ptr<const SiteFiles> SiteServer::site_files() const {
  std::shared_ptr<const ServedSite> site = current();
  return {site, &site->files};  // shares the site's ownership: the files live as long as anyone reads them
}

void SiteServer::publish_search(SiteFiles bundle) {
  auto next = std::make_shared<const SiteFiles>(std::move(bundle));
  std::lock_guard lock(mutex_);
  search_ = std::move(next);
}

void SiteServer::publish_error(std::string error_html) {
  auto next = std::make_shared<ServedSite>(*current());
  next->error_html = std::move(error_html);
  next->generation += 1;
  publish(std::move(next));
}

}  // namespace spiegel
