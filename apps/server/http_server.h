// The network side of `embargo serve`: an event-driven HTTP/1.1 server (Boost.Beast on Asio).
//
// One io_context runs on a pool of threads sized to the cores; connections are sockets with
// asynchronous reads and writes, so thousands of keep-alive connections cost no thread each.
// Requests are parsed with size limits and timeouts, then handed to Api::Handle on the same
// pool. Shutdown() stops accepting, closes idle connections, lets requests in flight finish
// (up to Limits::shutdown_seconds) and joins the threads.
// Thread-safety: Start/Shutdown/Wait from one controlling thread; the server's own threads do
// the rest. Beast and Asio stay inside http_server.cc.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "server/api.h"

namespace embargo::server {

class HttpServer {
 public:
  // Binds host:port (port 0: any free port) and starts serving on `threads` threads (0 = one
  // per core). REQUIRES: `api` and `metrics` outlive the server.
  static Result<std::unique_ptr<HttpServer>> Start(const Api& api, Metrics& metrics,
                                                   const std::string& host, uint16_t port,
                                                   size_t threads);
  ~HttpServer();  // Shutdown()
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  uint16_t port() const;  // the bound port
  size_t threads() const;

  // Graceful stop; idempotent. Returns when every thread has ended.
  void Shutdown();

  struct Impl;

 private:
  explicit HttpServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Parses raw request bytes with the server's parser and limits and answers them through
// `api`, exactly as a connection would: what the fuzz target drives.
HttpResponse HandleRawRequest(const Api& api, std::string_view bytes);

}  // namespace embargo::server
