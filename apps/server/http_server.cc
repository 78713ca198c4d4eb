// The only file that includes Beast and Asio (they are heavy to compile).
#include "server/http_server.h"

#include <atomic>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace embargo::server {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
using Request = http::request<http::string_body>;
using Parser = http::request_parser<http::string_body>;

std::chrono::steady_clock::duration Seconds(double s) {
  return std::chrono::duration_cast<std::chrono::steady_clock::duration>(
      std::chrono::duration<double>(s));
}

// Answers for requests the parser refused; nullopt when the connection just ends.
std::optional<HttpResponse> ParseFailure(const beast::error_code& ec, const Limits& limits) {
  if (ec == http::error::body_limit)
    return ApiError(413, "body_too_large",
                    "request body exceeds " + std::to_string(limits.max_body_bytes) + " bytes");
  if (ec == http::error::header_limit)
    return ApiError(431, "header_too_large",
                    "request header exceeds " + std::to_string(limits.max_header_bytes) + " bytes");
  if (ec.category() == http::make_error_code(http::error::end_of_stream).category() &&
      ec != http::error::end_of_stream && ec != http::error::partial_message)
    return ApiError(400, "bad_request", "malformed HTTP request: " + ec.message());
  return std::nullopt;
}

void ConfigureParser(Parser& parser, const Limits& limits) {
  parser.body_limit(limits.max_body_bytes);
  parser.header_limit(static_cast<std::uint32_t>(limits.max_header_bytes));
}

std::string_view View(beast::string_view s) { return {s.data(), s.size()}; }

HttpResponse Dispatch(const Api& api, const Request& req) {
  HttpRequest request;
  request.method = View(req.method_string());
  request.target = View(req.target());
  if (auto it = req.find(http::field::authorization); it != req.end())
    request.authorization = View(it->value());
  request.body = req.body();
  return api.Handle(request);
}

http::response<http::string_body> ToBeast(HttpResponse response, bool keep_alive, bool head) {
  http::response<http::string_body> res;
  res.version(11);
  res.result(static_cast<unsigned>(response.status));
  res.set(http::field::server, "embargo");
  res.set(http::field::content_type, response.content_type);
  for (const auto& [name, value] : response.headers) res.set(name, value);
  res.keep_alive(keep_alive);
  if (head) {
    res.content_length(response.body.size());
  } else {
    res.body() = std::move(response.body);
    res.prepare_payload();
  }
  return res;
}

}  // namespace

struct HttpServer::Impl {
  Impl(const Api& api, Metrics& metrics, size_t threads)
      : api(api),
        metrics(metrics),
        limits(api.config().limits),
        ioc(static_cast<int>(threads)),
        acceptor(asio::make_strand(ioc)),
        thread_count(threads) {}

  class Session;
  void Accept();
  void Register(const std::shared_ptr<Session>& s);
  void Unregister(uint64_t id);

  const Api& api;
  Metrics& metrics;
  const Limits limits;
  // Declared before the io_context: sessions still queued in it at destruction unregister here.
  std::mutex sessions_mutex;
  std::map<uint64_t, std::weak_ptr<Session>> sessions;  // for shutdown: close the idle ones
  uint64_t next_id = 0;                                 // guarded by sessions_mutex
  asio::io_context ioc;
  tcp::acceptor acceptor;  // on its own strand
  // Reloads take seconds: they run here so that no server thread is held up.
  asio::thread_pool admin_pool{1};
  size_t thread_count;
  uint16_t port = 0;  // bound
  std::vector<std::thread> threads;
  std::atomic<bool> stopping{false};
  std::once_flag shutdown_once;
};

// One connection. Every handler runs on the socket's strand, one operation at a time.
class HttpServer::Impl::Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, Impl& server) : stream_(std::move(socket)), server_(server) {}

  void Start(uint64_t id) {
    id_ = id;
    server_.metrics.ConnectionOpened();
    asio::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->ReadHeader(); });
  }
  ~Session() {
    server_.metrics.ConnectionClosed();
    server_.Unregister(id_);
  }

  // From Shutdown(): an idle connection is closed now; a busy one after its response.
  void Stop() {
    asio::post(stream_.get_executor(), [self = shared_from_this()] {
      if (self->reading_) self->stream_.socket().close();
    });
  }

 private:
  void ReadHeader() {
    if (server_.stopping) return Close();
    parser_.emplace();
    ConfigureParser(*parser_, server_.limits);
    reading_ = true;
    stream_.expires_after(Seconds(server_.limits.idle_seconds));
    http::async_read_header(
        stream_, buffer_, *parser_,
        [self = shared_from_this()](beast::error_code ec, size_t) { self->OnHeader(ec); });
  }

  void OnHeader(beast::error_code ec) {
    reading_ = false;
    if (ec) return Fail(ec);
    stream_.expires_after(Seconds(server_.limits.read_seconds));
    auto expect = parser_->get().find(http::field::expect);
    if (expect != parser_->get().end() && beast::iequals(expect->value(), "100-continue")) {
      static constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
      asio::async_write(stream_, asio::buffer(kContinue.data(), kContinue.size()),
                        [self = shared_from_this()](beast::error_code ec, size_t) {
                          if (ec) return self->Close();
                          self->ReadBody();
                        });
      return;
    }
    ReadBody();
  }

  void ReadBody() {
    http::async_read(
        stream_, buffer_, *parser_,
        [self = shared_from_this()](beast::error_code ec, size_t) { self->OnRequest(ec); });
  }

  void OnRequest(beast::error_code ec) {
    if (ec) return Fail(ec);
    const Request& req = parser_->get();
    bool keep_alive = req.keep_alive() && !server_.stopping;
    bool head = req.method() == http::verb::head;
    if (req.target().starts_with("/admin/")) {
      // The work guard keeps the server threads running until the answer is written.
      asio::post(server_.admin_pool, [self = shared_from_this(), keep_alive, head,
                                      work = asio::make_work_guard(server_.ioc)] {
        auto response =
            ToBeast(Dispatch(self->server_.api, self->parser_->get()), keep_alive, head);
        asio::post(self->stream_.get_executor(), [self, response = std::move(response)]() mutable {
          self->Write(std::move(response), false);
        });
      });
      return;
    }
    Write(ToBeast(Dispatch(server_.api, req), keep_alive, head), false);
  }

  void Fail(beast::error_code ec) {
    if (std::optional<HttpResponse> answer = ParseFailure(ec, server_.limits)) {
      server_.metrics.RecordRejected(answer->status);
      return Write(ToBeast(std::move(*answer), false, false), true);
    }
    if (ec == beast::error::timeout) server_.metrics.RecordRejected(408);
    Close();
  }

  void Write(http::response<http::string_body> response, bool drain) {
    response_ = std::move(response);
    stream_.expires_after(Seconds(server_.limits.write_seconds));
    http::async_write(stream_, response_,
                      [self = shared_from_this(), drain](beast::error_code ec, size_t) {
                        if (ec) return self->Close();
                        if (drain) return self->Drain();
                        if (!self->response_.keep_alive()) return self->Close();
                        self->ReadHeader();
                      });
  }

  // After refusing a request whose body is still arriving: stop sending and read what the
  // client is still writing, so closing does not reset the connection before it reads the
  // answer.
  void Drain() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream_.expires_after(std::chrono::seconds(2));
    drain_buffer_.resize(16 << 10);
    stream_.async_read_some(asio::buffer(drain_buffer_),
                            [self = shared_from_this()](beast::error_code ec, size_t) {
                              if (ec) return self->Close();
                              self->Drain();
                            });
  }

  void Close() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
    stream_.socket().close(ignored);
  }

  beast::tcp_stream stream_;
  Impl& server_;
  uint64_t id_ = 0;
  bool reading_ = false;  // waiting for a request header: safe to close at shutdown
  beast::flat_buffer buffer_;
  std::optional<Parser> parser_;
  http::response<http::string_body> response_;
  std::vector<char> drain_buffer_;
};

void HttpServer::Impl::Register(const std::shared_ptr<Session>& s) {
  uint64_t id;
  {
    std::lock_guard<std::mutex> lock(sessions_mutex);
    id = ++next_id;
    sessions.emplace(id, s);
  }
  s->Start(id);
}

void HttpServer::Impl::Unregister(uint64_t id) {
  std::lock_guard<std::mutex> lock(sessions_mutex);
  sessions.erase(id);
}

void HttpServer::Impl::Accept() {
  acceptor.async_accept(asio::make_strand(ioc), [this](beast::error_code ec, tcp::socket socket) {
    if (ec) {
      if (stopping || ec == asio::error::operation_aborted) return;
      // Out of descriptors and the like: keep accepting after a pause rather than stop.
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
      return Accept();
    }
    beast::error_code ignored;
    socket.set_option(tcp::no_delay(true), ignored);
    Register(std::make_shared<Session>(std::move(socket), *this));
    Accept();
  });
}

HttpServer::HttpServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

HttpServer::~HttpServer() { Shutdown(); }

Result<std::unique_ptr<HttpServer>> HttpServer::Start(const Api& api, Metrics& metrics,
                                                      const std::string& host, uint16_t port,
                                                      size_t threads) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  auto impl = std::make_unique<Impl>(api, metrics, threads);
  beast::error_code ec;
  std::string bind_host = host == "localhost" ? "127.0.0.1" : host;
  auto address = asio::ip::make_address(bind_host, ec);
  if (ec) return InvalidArgument("listen: '" + host + "' is not an IP address: " + ec.message());
  tcp::endpoint endpoint(address, port);
  auto& acceptor = impl->acceptor;
  acceptor.open(endpoint.protocol(), ec);
  if (!ec) acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) acceptor.bind(endpoint, ec);
  if (!ec) acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec)
    return IoError("listen: cannot listen on " + host + ":" + std::to_string(port) + ": " +
                   ec.message());
  impl->port = acceptor.local_endpoint(ec).port();
  impl->Accept();
  for (size_t i = 0; i < threads; ++i)
    impl->threads.emplace_back([ioc = &impl->ioc] { ioc->run(); });
  return std::unique_ptr<HttpServer>(new HttpServer(std::move(impl)));
}

uint16_t HttpServer::port() const { return impl_->port; }

size_t HttpServer::threads() const { return impl_->thread_count; }

void HttpServer::Shutdown() {
  std::call_once(impl_->shutdown_once, [this] {
    Impl& s = *impl_;
    s.stopping = true;
    asio::post(s.acceptor.get_executor(), [&s] {
      beast::error_code ignored;
      s.acceptor.close(ignored);
    });
    std::vector<std::shared_ptr<Impl::Session>> live;
    {
      std::lock_guard<std::mutex> lock(s.sessions_mutex);
      for (auto& [id, weak] : s.sessions)
        if (auto session = weak.lock()) live.push_back(std::move(session));
    }
    for (auto& session : live) session->Stop();
    live.clear();
    // Requests in flight finish and their connections close; io_context::run then returns
    // because no work is left. A connection that lingers past the grace period is cut.
    auto deadline = std::chrono::steady_clock::now() + Seconds(s.limits.shutdown_seconds);
    std::thread watchdog([&s, deadline] {
      while (std::chrono::steady_clock::now() < deadline && !s.ioc.stopped())
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
      s.ioc.stop();
    });
    for (std::thread& t : s.threads) t.join();
    s.ioc.stop();
    watchdog.join();
    s.admin_pool.join();
  });
}

HttpResponse HandleRawRequest(const Api& api, std::string_view bytes) {
  Parser parser;
  ConfigureParser(parser, api.config().limits);
  parser.eager(true);
  beast::error_code ec;
  asio::const_buffer buffer(bytes.data(), bytes.size());
  while (!ec && !parser.is_done() && buffer.size() > 0) {
    size_t used = parser.put(buffer, ec);
    if (ec == http::error::need_more) break;
    if (used == 0 && !ec) break;
    buffer += used;
  }
  if (ec == http::error::need_more) ec = {};
  if (!ec && !parser.is_done()) parser.put_eof(ec);
  if (ec) {
    if (std::optional<HttpResponse> answer = ParseFailure(ec, api.config().limits)) return *answer;
    return ApiError(400, "bad_request", "incomplete HTTP request: " + ec.message());
  }
  return Dispatch(api, parser.get());
}

}  // namespace embargo::server
