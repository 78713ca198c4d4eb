// The HTTP API without sockets: one parsed request in, one response out.
//
// Api::Handle routes a request (routes.cc holds the whole route table), checks its key, runs
// the handler and records metrics. The network layer (http_server.cc) and the fuzz target call
// the same function, so everything a client can send is exercised without a socket.
// Thread-safe: Handle is const and may run on every server thread at once.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "server/list_state.h"
#include "server/metrics.h"
#include "server/server_config.h"

namespace embargo::server {

struct HttpRequest {
  std::string_view method;         // "GET", "POST", ...
  std::string_view target;         // origin form: "/match/default?limit=3"
  std::string_view authorization;  // the Authorization header, empty when absent
  std::string_view body;
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // beyond Content-Type and -Length
};

class Api {
 public:
  // REQUIRES: `state` and `metrics` outlive the Api. Fails when keys are required by the
  // config but none is configured.
  static Result<std::unique_ptr<Api>> Create(ServerConfig config, ListState& state,
                                             Metrics& metrics);

  HttpResponse Handle(const HttpRequest& request) const;

  const ServerConfig& config() const { return config_; }
  bool keys_required() const { return keys_required_; }

  // Handlers, one per route (routes.cc, yente_handlers.cc). Public for the route table only.
  struct Context;
  HttpResponse Match(const Context& ctx) const;
  HttpResponse Search(const Context& ctx) const;
  HttpResponse Entity(const Context& ctx) const;
  HttpResponse Catalog(const Context& ctx) const;
  HttpResponse Algorithms(const Context& ctx) const;
  HttpResponse Healthz(const Context& ctx) const;
  HttpResponse Readyz(const Context& ctx) const;
  HttpResponse MetricsText(const Context& ctx) const;
  HttpResponse OpenApi(const Context& ctx) const;
  HttpResponse Reload(const Context& ctx) const;
  HttpResponse TransactionCheck(const Context& ctx) const;

 private:
  Api(ServerConfig config, ListState& state, Metrics& metrics, bool keys_required);

  ServerConfig config_;
  ListState& state_;
  Metrics& metrics_;
  bool keys_required_;
  std::chrono::system_clock::time_point started_;
};

// Error bodies. yente's endpoints answer {"detail": message}; Embargo's own answer
// {"code": code, "message": message}. Both carry the code.
HttpResponse YenteError(int status, std::string_view code, std::string_view message);
HttpResponse ApiError(int status, std::string_view code, std::string_view message);

// The OpenAPI 3 document served at /openapi.json (apps/server/openapi.json, built in).
std::string_view OpenApiDocument();

}  // namespace embargo::server
